#include "mimeparams.h"

#include "mimecharset.h"
#include "mimecodecs.h"
#include "mimeencodedwords.h"

namespace Satchel {

namespace {

constexpr int maxSection = 999; // RFC 2231 continuations beyond this are ignored

struct RawParameter
{
    QByteArray name; // lower case, as written ("filename*0*")
    QByteArray value;
};

// One RFC 2231 section: filename*1*=… is index 1, encoded.
struct Section
{
    QByteArray value;
    bool encoded = false;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Skips whitespace and (nested) comments.
void skipCfws(QByteArrayView raw, qsizetype *pos)
{
    int depth = 0;
    for (; *pos < raw.size(); ++*pos) {
        const char c = raw[*pos];
        if (c == '\\' && depth > 0)
            ++*pos;
        else if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0 && !isSpace(c))
            return;
    }
}

// Reads up to the next stop character outside comments, leaving out whitespace and comments.
QByteArray readToken(QByteArrayView raw, qsizetype *pos, QByteArrayView stops)
{
    QByteArray token;
    while (*pos < raw.size()) {
        skipCfws(raw, pos);
        if (*pos >= raw.size() || stops.contains(raw[*pos]))
            break;
        token.append(raw[(*pos)++]);
    }
    return token;
}

QByteArray readQuoted(QByteArrayView raw, qsizetype *pos, QList<MimeWarning> *warnings,
                      const QByteArray &name)
{
    QByteArray value;
    for (++*pos; *pos < raw.size(); ++*pos) {
        const char c = raw[*pos];
        if (c == '"') {
            ++*pos;
            return value;
        }
        if (c == '\\' && *pos + 1 < raw.size())
            ++*pos;
        if (c != '\r' && c != '\n')
            value.append(raw[*pos]);
    }
    MimeWarning::add(warnings, MimeWarning::Kind::InvalidParameter, QString::fromLatin1(name));
    return value;
}

// An unquoted value runs to the next ";" (lenient: spaces are kept, for "name=my file.pdf"),
// less a trailing comment as in RFC 2045's own "charset=us-ascii (Plain text)".
QByteArray readUnquoted(QByteArrayView raw, qsizetype *pos)
{
    const qsizetype start = *pos;
    qsizetype end = raw.indexOf(';', start);
    if (end < 0)
        end = raw.size();
    *pos = end;
    QByteArrayView value = raw.sliced(start, end - start).trimmed();
    if (value.endsWith(')')) {
        const qsizetype comment = value.indexOf(" (");
        if (comment >= 0)
            value = value.first(comment).trimmed();
    }
    return value.toByteArray();
}

// The value before the parameters: "text/plain", also written "text / plain" (obsolete syntax).
// It ends at whitespace too, so "text/plain charset=x" without a ';' still has a charset.
QByteArray readMainValue(QByteArrayView raw, qsizetype *pos)
{
    QByteArray value;
    skipCfws(raw, pos);
    while (*pos < raw.size()) {
        const char c = raw[*pos];
        if (c == ';' || c == '(' || isSpace(c)) {
            skipCfws(raw, pos);
            if (*pos < raw.size() && raw[*pos] == '/' && !value.contains('/')) {
                value.append('/');
                ++*pos;
                skipCfws(raw, pos);
                continue;
            }
            if (value.endsWith('/') && *pos < raw.size() && raw[*pos] != ';')
                continue;
            break;
        }
        value.append(c);
        ++*pos;
    }
    return value;
}

QList<RawParameter> readParameters(QByteArrayView raw, qsizetype pos, QList<MimeWarning> *warnings)
{
    QList<RawParameter> parameters;
    while (pos < raw.size()) {
        if (raw[pos] == ';')
            ++pos;
        const QByteArray name = readToken(raw, &pos, ";=").toLower();
        if (pos >= raw.size() || raw[pos] == ';') {
            if (!name.isEmpty())
                MimeWarning::add(warnings, MimeWarning::Kind::InvalidParameter,
                                 QString::fromLatin1(name));
            continue;
        }
        ++pos; // the '='
        skipCfws(raw, &pos);
        QByteArray value;
        if (pos < raw.size() && raw[pos] == '"') {
            value = readQuoted(raw, &pos, warnings, name);
            readToken(raw, &pos, ";"); // anything after the closing quote is junk
        } else {
            value = readUnquoted(raw, &pos);
        }
        if (!name.isEmpty())
            parameters.append({name, value});
    }
    return parameters;
}

// Splits "filename*1*" into "filename", 1 and encoded; a name without a star gives index -1.
bool splitExtended(const QByteArray &name, QByteArray *base, int *index, bool *encoded)
{
    const qsizetype star = name.indexOf('*');
    if (star <= 0)
        return false;
    *base = name.first(star);
    QByteArrayView rest = QByteArrayView(name).sliced(star + 1);
    *encoded = rest.endsWith('*') || rest.isEmpty();
    if (rest.endsWith('*'))
        rest.chop(1);
    if (rest.isEmpty()) {
        *index = -1;
        return true;
    }
    bool ok = false;
    *index = rest.size() <= 4 ? rest.toInt(&ok) : -1;
    return ok && *index >= 0 && *index <= maxSection && (rest == "0" || !rest.startsWith('0'));
}

// Joins the sections of one RFC 2231 parameter and decodes them in the charset the first names.
QString joinSections(const QMap<int, Section> &sections, const QByteArray &name,
                     QList<MimeWarning> *warnings)
{
    QByteArray charset;
    QByteArray bytes;
    int expected = sections.firstKey() < 0 ? -1 : 0;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (it.key() != expected)
            MimeWarning::add(warnings, MimeWarning::Kind::InvalidParameter,
                             QString::fromLatin1(name));
        expected = it.key() + 1;
        QByteArrayView value = it->value;
        if (it == sections.cbegin() && it->encoded) {
            const qsizetype firstQuote = value.indexOf('\'');
            const qsizetype secondQuote = firstQuote < 0 ? -1 : value.indexOf('\'', firstQuote + 1);
            if (secondQuote >= 0) {
                charset = value.first(firstQuote).toByteArray();
                value = value.sliced(secondQuote + 1);
            }
        }
        bytes += it->encoded ? MimeCodecs::decodePercent(value) : value.toByteArray();
    }
    return charset.isEmpty() ? MimeCharset::decodeUndeclared(bytes)
                             : MimeCharset::decode(bytes, charset, warnings);
}

QString decodePlain(const QByteArray &name, const QByteArray &value, QList<MimeWarning> *warnings)
{
    // A boundary is matched byte for byte, so it must come back exactly (toLatin1() does that).
    if (name == "boundary")
        return QString::fromLatin1(value);
    if (value.contains("=?"))
        return MimeEncodedWords::decode(value, warnings);
    return MimeCharset::decodeUndeclared(value);
}

} // namespace

MimeParameterizedValue MimeParameterizedValue::parse(QByteArrayView raw,
                                                     QList<MimeWarning> *warnings)
{
    MimeParameterizedValue result;
    qsizetype pos = 0;
    result.value = QString::fromLatin1(readMainValue(raw, &pos).toLower());
    QMap<QByteArray, QMap<int, Section>> extended;
    for (const RawParameter &parameter : readParameters(raw, pos, warnings)) {
        QByteArray base;
        int index = -1;
        bool encoded = false;
        if (splitExtended(parameter.name, &base, &index, &encoded)) {
            QMap<int, Section> &sections = extended[base];
            if (!sections.contains(index))
                sections.insert(index, {parameter.value, encoded});
            continue;
        }
        const QString name = QString::fromLatin1(parameter.name);
        if (!result.parameters.contains(name))
            result.parameters.insert(name, decodePlain(parameter.name, parameter.value, warnings));
    }
    // An RFC 2231 value wins over a plain one of the same name: writers add the plain one for
    // readers that do not know RFC 2231.
    for (auto it = extended.cbegin(); it != extended.cend(); ++it)
        result.parameters.insert(QString::fromLatin1(it.key()),
                                 joinSections(it.value(), it.key(), warnings));
    return result;
}

bool MimeParameterizedValue::isToken(QStringView text)
{
    static const QString tspecials = QStringLiteral("()<>@,;:\\\"/[]?=");
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || tspecials.contains(c))
            return false;
    }
    return true;
}

bool MimeParameterizedValue::isMimeType(QStringView type)
{
    const qsizetype slash = type.indexOf(QLatin1Char('/'));
    return slash > 0 && isToken(type.first(slash)) && isToken(type.sliced(slash + 1));
}

} // namespace Satchel
