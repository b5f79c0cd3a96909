#include "mimeaddress.h"

#include "mimecharset.h"
#include "mimeencodedwords.h"

#include <optional>

namespace Satchel {

namespace {

struct Token
{
    enum class Type
    {
        Atom,
        Quoted,
        Comment,
        DomainLiteral,
        Special,
        Space
    };
    Type type = Type::Atom;
    QByteArray text; // quoted strings and comments without their delimiters, unescaped
};

using Type = Token::Type;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 5322 specials less '.', which stays inside atoms: "John Q. Public" and "a.b@c" read as
// words either way, and obsolete "a . b" comes out joined.
bool isSpecial(char c)
{
    return c == '<' || c == '>' || c == '@' || c == ',' || c == ';' || c == ':' || c == '\\' ||
           c == ']';
}

// At an opening '"': the content, unescaped; pos ends after the closing quote (or at the end).
QByteArray readQuoted(QByteArrayView raw, qsizetype *pos)
{
    QByteArray text;
    for (++*pos; *pos < raw.size(); ++*pos) {
        char c = raw[*pos];
        if (c == '"') {
            ++*pos;
            return text;
        }
        if (c == '\\' && *pos + 1 < raw.size())
            c = raw[++*pos];
        if (c != '\r' && c != '\n')
            text.append(c);
    }
    return text;
}

// At an opening '(': the content, nested comments included, unescaped.
QByteArray readComment(QByteArrayView raw, qsizetype *pos)
{
    QByteArray text;
    int depth = 0;
    for (; *pos < raw.size(); ++*pos) {
        const char c = raw[*pos];
        if (c == '\\' && *pos + 1 < raw.size()) {
            text.append(raw[++*pos]);
            continue;
        }
        if (c == '(' && depth++ == 0)
            continue;
        if (c == ')' && --depth == 0) {
            ++*pos;
            return text;
        }
        text.append(c);
    }
    return text;
}

qsizetype atomEnd(QByteArrayView raw, qsizetype pos)
{
    // An encoded word is one atom even when a sloppy writer left specials in it.
    const qsizetype word = MimeEncodedWords::wordLength(raw, pos);
    if (word > 0)
        return pos + word;
    while (pos < raw.size() && !isSpace(raw[pos]) && !isSpecial(raw[pos]) && raw[pos] != '"' &&
           raw[pos] != '(' && raw[pos] != '[')
        ++pos;
    return pos;
}

QList<Token> tokenize(QByteArrayView raw)
{
    QList<Token> tokens;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const char c = raw[pos];
        const qsizetype start = pos;
        if (isSpace(c)) {
            while (pos < raw.size() && isSpace(raw[pos]))
                ++pos;
            tokens.append({Type::Space, QByteArray(" ")});
        } else if (c == '"') {
            tokens.append({Type::Quoted, readQuoted(raw, &pos)});
        } else if (c == '(') {
            tokens.append({Type::Comment, readComment(raw, &pos)});
        } else if (c == '[') {
            const qsizetype end = raw.indexOf(']', pos);
            pos = end < 0 ? raw.size() : end + 1;
            tokens.append({Type::DomainLiteral, raw.sliced(start, pos - start).toByteArray()});
        } else if (isSpecial(c)) {
            tokens.append({Type::Special, QByteArray(1, c)});
            ++pos;
        } else {
            pos = atomEnd(raw, pos);
            tokens.append({Type::Atom, raw.sliced(start, pos - start).toByteArray()});
        }
    }
    return tokens;
}

bool isSpecialToken(const Token &token, char c)
{
    return token.type == Type::Special && token.text.front() == c;
}

// A local part needs quotes when it holds anything but atom characters and dots.
QByteArray quotedLocalPart(const QByteArray &text)
{
    static constexpr QByteArrayView needsQuotes = "()<>@,:;\\\"[] \t";
    bool quote = text.isEmpty();
    for (const char c : text)
        quote = quote || needsQuotes.contains(c);
    if (!quote)
        return text;
    QByteArray escaped = text;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

class AddressParser
{
public:
    AddressParser(QByteArrayView raw, QList<MimeWarning> *warnings)
        : m_tokens(tokenize(raw))
        , m_warnings(warnings)
    {}

    QList<MimeAddress> parse();

private:
    // The first token in [from, to) that is one of the given specials; to when there is none.
    qsizetype find(QByteArrayView specials, qsizetype from, qsizetype to = -1) const;
    std::optional<MimeMailbox> mailbox();
    MimeAddress group(qsizetype colon);
    QString phrase(qsizetype from, qsizetype to) const;
    QString addrSpec(qsizetype from, qsizetype to) const;
    QString firstComment(qsizetype from, qsizetype to) const;
    void skipSeparator();

    QList<Token> m_tokens;
    QList<MimeWarning> *m_warnings;
    qsizetype m_pos = 0;
};

qsizetype AddressParser::find(QByteArrayView specials, qsizetype from, qsizetype to) const
{
    if (to < 0)
        to = m_tokens.size();
    for (qsizetype i = from; i < to; ++i) {
        if (m_tokens[i].type == Type::Special && specials.contains(m_tokens[i].text.front()))
            return i;
    }
    return to;
}

QList<MimeAddress> AddressParser::parse()
{
    QList<MimeAddress> addresses;
    while (m_pos < m_tokens.size()) {
        const qsizetype stop = find("<:,;", m_pos);
        if (stop < m_tokens.size() && isSpecialToken(m_tokens[stop], ':')) {
            addresses.append(group(stop));
            continue;
        }
        if (const std::optional<MimeMailbox> box = mailbox()) {
            MimeAddress address;
            address.mailbox = *box;
            addresses.append(address);
        }
        skipSeparator();
    }
    return addresses;
}

MimeAddress AddressParser::group(qsizetype colon)
{
    MimeAddress address;
    address.isGroup = true;
    address.groupName = phrase(m_pos, colon);
    m_pos = colon + 1;
    while (m_pos < m_tokens.size() && !isSpecialToken(m_tokens[m_pos], ';')) {
        if (const std::optional<MimeMailbox> box = mailbox())
            address.members.append(*box);
        if (m_pos < m_tokens.size() && isSpecialToken(m_tokens[m_pos], ','))
            ++m_pos;
    }
    skipSeparator(); // the ';'
    return address;
}

void AddressParser::skipSeparator()
{
    if (m_pos < m_tokens.size())
        ++m_pos;
}

// Reads one mailbox from m_pos and leaves m_pos at the ',' or ';' after it (or the end).
std::optional<MimeMailbox> AddressParser::mailbox()
{
    const qsizetype start = m_pos;
    const qsizetype stop = find("<,;", start);
    MimeMailbox box;
    if (stop < m_tokens.size() && isSpecialToken(m_tokens[stop], '<')) {
        box.name = phrase(start, stop);
        const qsizetype close = find(">", stop);
        if (close == m_tokens.size())
            MimeWarning::add(m_warnings, MimeWarning::Kind::InvalidAddress, box.name);
        // Obsolete source route "<@a,@b:user@host>": only what follows the last ':' counts.
        qsizetype specStart = stop + 1;
        for (qsizetype i = specStart; i < close; ++i) {
            if (isSpecialToken(m_tokens[i], ':'))
                specStart = i + 1;
        }
        box.address = addrSpec(specStart, close);
        m_pos = find(",;", qMin(close + 1, m_tokens.size()));
    } else {
        const bool hasAt = find("@", start, stop) < stop;
        const QString words = phrase(start, stop);
        m_pos = stop;
        if (hasAt || !words.contains(QLatin1Char(' '))) {
            box.address = addrSpec(start, stop);
            if (box.address.isEmpty())
                return std::nullopt;              // only comments, as after a group's ';'
            box.name = firstComment(start, stop); // "user@host (Real Name)"
        } else {
            box.name = words;
            MimeWarning::add(m_warnings, MimeWarning::Kind::InvalidAddress, words);
        }
    }
    if (box.name.isEmpty() && box.address.isEmpty())
        return std::nullopt;
    return box;
}

QString AddressParser::phrase(qsizetype from, qsizetype to) const
{
    QByteArray bytes;
    bool space = false;
    for (qsizetype i = from; i < to; ++i) {
        const Token &token = m_tokens[i];
        if (token.type == Type::Space) {
            space = !bytes.isEmpty();
        } else if (token.type != Type::Comment) {
            if (space)
                bytes.append(' ');
            bytes.append(token.text);
            space = false;
        }
    }
    // Quoted strings go through the decoder too: encoded words in them are not standard, but
    // common, and no one means them literally.
    return MimeEncodedWords::decode(bytes, m_warnings).trimmed();
}

QString AddressParser::addrSpec(qsizetype from, qsizetype to) const
{
    QByteArray spec;
    for (qsizetype i = from; i < to; ++i) {
        const Token &token = m_tokens[i];
        if (token.type == Type::Atom || token.type == Type::DomainLiteral ||
            isSpecialToken(token, '@'))
            spec.append(token.text);
        else if (token.type == Type::Quoted)
            spec.append(quotedLocalPart(token.text));
    }
    return MimeCharset::decodeUndeclared(spec);
}

QString AddressParser::firstComment(qsizetype from, qsizetype to) const
{
    for (qsizetype i = from; i < to; ++i) {
        if (m_tokens[i].type == Type::Comment)
            return MimeEncodedWords::decode(m_tokens[i].text, m_warnings).trimmed();
    }
    return {};
}

} // namespace

QString MimeMailbox::quotedName(const QString &name)
{
    static const QString specials = QStringLiteral("()<>@,:;.\\\"[]");
    for (const QChar c : name) {
        if (specials.contains(c)) {
            QString escaped = name;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('"'), QLatin1String("\\\""));
            return QLatin1Char('"') + escaped + QLatin1Char('"');
        }
    }
    return name;
}

QString MimeMailbox::toString() const
{
    if (name.isEmpty())
        return address;
    if (address.isEmpty())
        return quotedName(name);
    return quotedName(name) + QLatin1String(" <") + address + QLatin1Char('>');
}

QString MimeAddress::toString() const
{
    if (!isGroup)
        return mailbox.toString();
    QStringList list;
    for (const MimeMailbox &member : members)
        list.append(member.toString());
    const QString joined = list.join(QLatin1String(", "));
    return MimeMailbox::quotedName(groupName) + QLatin1Char(':') +
           (joined.isEmpty() ? QString() : QLatin1Char(' ') + joined) + QLatin1Char(';');
}

QList<MimeAddress> MimeAddress::parseList(QByteArrayView raw, QList<MimeWarning> *warnings)
{
    return AddressParser(raw, warnings).parse();
}

QList<MimeMailbox> MimeAddress::mailboxes(const QList<MimeAddress> &addresses)
{
    QList<MimeMailbox> result;
    for (const MimeAddress &address : addresses) {
        if (address.isGroup)
            result += address.members;
        else
            result.append(address.mailbox);
    }
    return result;
}

QString MimeAddress::formatList(const QList<MimeAddress> &addresses)
{
    QStringList list;
    for (const MimeAddress &address : addresses)
        list.append(address.toString());
    return list.join(QLatin1String(", "));
}

} // namespace Satchel
