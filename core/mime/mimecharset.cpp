#include "mimecharset.h"

#include <QStringDecoder>

namespace Satchel::MimeCharset {

namespace {

// Labels seen in mail that the platform's converters do not know by that name.
struct Alias
{
    const char *label;
    const char *name;
};
constexpr Alias aliases[] = {
    {"utf8mb4", "UTF-8"},
    {"utf-8mb4", "UTF-8"},
    {"win-1252", "windows-1252"},
    {"x-user-defined", "windows-1252"},
    {"unknown-8bit", ""},
    {"x-unknown", ""},
    {"iso-8859-8-e", "ISO-8859-8"},
    {"ks_c_5601", "windows-949"},
    {"x-mac-cyrillic", "x-mac-cyrillic"},
};

// MIME charset names are short tokens; anything else is not worth handing to the converters.
bool plausibleName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 60)
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':' ||
                        c == '+' || c == '(' || c == ')';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray normalized(QByteArrayView charset)
{
    QByteArray name = charset.trimmed().toByteArray().toLower();
    if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
        name = name.mid(1, name.size() - 2).trimmed();
    for (const Alias &alias : aliases) {
        if (name == alias.label)
            return QByteArray(alias.name);
    }
    return name;
}

// Each text is decoded in one call: a sequence cut off at the end is an error, not a wait for
// more input.
constexpr QStringDecoder::Flags stateless = QStringDecoder::Flag::Stateless;

bool isUsAscii(const QStringDecoder &decoder)
{
    return qstrcmp(decoder.name(), "US-ASCII") == 0;
}

bool isLatin1(const QStringDecoder &decoder)
{
    return qstrcmp(decoder.name(), "ISO-8859-1") == 0;
}

QString decodeWith(const char *name, QByteArrayView bytes, bool *error)
{
    QStringDecoder decoder(name, stateless);
    QString text = decoder.decode(bytes);
    *error = decoder.hasError();
    return text;
}

} // namespace

QString decodeUndeclared(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    bool error = false;
    return decodeWith("windows-1252", bytes, &error);
}

QString decode(QByteArrayView bytes, QByteArrayView charset, QList<MimeWarning> *warnings)
{
    const QByteArray name = normalized(charset);
    QStringDecoder decoder(plausibleName(name) ? name.constData() : "", stateless);
    if (!decoder.isValid()) {
        MimeWarning::add(warnings, MimeWarning::Kind::UnknownCharset,
                         QString::fromLatin1(charset.first(qMin<qsizetype>(charset.size(), 60))));
        return decodeUndeclared(bytes);
    }
    if (isUsAscii(decoder))
        return decodeUndeclared(bytes);
    bool error = false;
    QString text;
    if (isLatin1(decoder)) {
        text = decodeWith("windows-1252", bytes, &error);
    } else {
        text = decoder.decode(bytes);
        error = decoder.hasError();
    }
    if (error)
        MimeWarning::add(warnings, MimeWarning::Kind::InvalidCharacters, QString::fromLatin1(name));
    return text;
}

} // namespace Satchel::MimeCharset
