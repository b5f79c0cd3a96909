#include "mimeaddressspec.h"

#include <QUrl>

namespace Satchel::MimeAddressSpec {

namespace {

constexpr qsizetype maxAddressOctets = 254; // RFC 5321 4.5.3.1.3 less the angle brackets
constexpr qsizetype maxLabelOctets = 63;

bool isAtext(QChar c)
{
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    if (c.unicode() >= 0x80) // RFC 6532: any non-ASCII character but controls and spaces
        return c.category() != QChar::Other_Control && !c.isSpace() &&
               c.category() != QChar::Other_NotAssigned;
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || specials.contains(c);
}

bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.')) ||
        text.contains(QLatin1String("..")))
        return false;
    for (const QChar c : text) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return false;
    }
    return true;
}

// '"' (printable ASCII, space, non-ASCII text, or a backslash before one of them)* '"'.
bool isQuotedString(QStringView text)
{
    if (text.size() < 2 || !text.startsWith(QLatin1Char('"')) || !text.endsWith(QLatin1Char('"')))
        return false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        QChar c = text[i];
        if (c == QLatin1Char('"'))
            return false;
        if (c == QLatin1Char('\\')) {
            if (++i + 1 >= text.size())
                return false;
            c = text[i];
        }
        const bool ok = c.unicode() >= 0x80 ? isAtext(c) || c == QChar(0x20)
                                            : c.unicode() >= 0x20 && c.unicode() < 0x7f;
        if (!ok)
            return false;
    }
    return true;
}

bool isAddressLiteral(QStringView text)
{
    if (text.size() < 3 || !text.startsWith(QLatin1Char('[')) || !text.endsWith(QLatin1Char(']')))
        return false;
    for (const QChar c : text.sliced(1, text.size() - 2)) {
        if (c.unicode() < 33 || c.unicode() > 126 || c == QLatin1Char('[') ||
            c == QLatin1Char(']') || c == QLatin1Char('\\'))
            return false;
    }
    return true;
}

bool isHostLabel(QByteArrayView label)
{
    if (label.isEmpty() || label.size() > maxLabelOctets || label.startsWith('-') ||
        label.endsWith('-'))
        return false;
    for (const char c : label) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

// The domain in ASCII: an address literal as it is, a host name in lower-case A-labels.
QByteArray asciiDomain(QStringView domain)
{
    if (isAddressLiteral(domain))
        return domain.toLatin1();
    if (!isDotAtom(domain))
        return {};
    QByteArray ace = QUrl::toAce(domain.toString()).toLower();
    for (const QByteArray &label : ace.split('.')) {
        if (!isHostLabel(label))
            return {};
    }
    return ace;
}

} // namespace

std::optional<AddressSpec> normalize(const QString &address)
{
    const QStringView text = QStringView(address).trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || text.size() > maxAddressOctets || !text.isValidUtf16())
        return std::nullopt;
    const QStringView local = text.first(at);
    if (!isDotAtom(local) && !isQuotedString(local))
        return std::nullopt;
    AddressSpec spec;
    spec.domain = asciiDomain(text.sliced(at + 1));
    if (spec.domain.isEmpty())
        return std::nullopt;
    const QByteArray localBytes = local.toUtf8();
    spec.utf8LocalPart = localBytes.size() != local.size();
    spec.address = localBytes + '@' + spec.domain;
    if (spec.address.size() > maxAddressOctets)
        return std::nullopt;
    return spec;
}

} // namespace Satchel::MimeAddressSpec
