#include "imapreader.h"

#include <limits>

namespace Satchel {

namespace {

bool isAtomChar(char c)
{
    // ATOM-CHAR: any 7-bit CHAR except atom-specials: ( ) { SP CTL % * " \ ].
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return !QByteArrayView("(){%*\"\\]").contains(c);
}

bool isAstringChar(char c)
{
    return isAtomChar(c) || c == ']';
}

// What may appear in a bare token of extension data: anything but the list and string syntax,
// spaces and controls. Lenient on purpose: this is only for data nobody interprets.
bool isBareTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f)
        return false;
    return c != ' ' && c != '(' && c != ')' && c != '"';
}

bool isSequenceSetChar(char c)
{
    return (c >= '0' && c <= '9') || c == ':' || c == ',' || c == '*';
}

} // namespace

ImapReader::ImapReader(const QByteArray &unit)
    : m_unit(unit)
{}

char ImapReader::peek(qsizetype ahead) const
{
    const qsizetype at = m_pos + ahead;
    return m_failure == Failure::None && at < m_unit.size() ? m_unit.at(at) : '\0';
}

bool ImapReader::lookingAt(QByteArrayView word) const
{
    if (m_failure != Failure::None || m_unit.size() - m_pos < word.size())
        return false;
    return QByteArrayView(m_unit).sliced(m_pos, word.size()).compare(word, Qt::CaseInsensitive) ==
           0;
}

bool ImapReader::fail(Failure failure)
{
    if (m_failure == Failure::None) {
        m_failure = failure;
        m_failurePosition = m_pos;
    }
    return false;
}

bool ImapReader::countElement()
{
    if (++m_elements > maxElements)
        return fail(Failure::TooManyElements);
    return m_failure == Failure::None;
}

bool ImapReader::skip(char c)
{
    if (m_failure != Failure::None || atEnd() || peek() != c)
        return false;
    ++m_pos;
    return true;
}

bool ImapReader::expect(char c)
{
    return skip(c) || fail();
}

bool ImapReader::skipWord(QByteArrayView word)
{
    if (!lookingAt(word))
        return false;
    const qsizetype end = m_pos + word.size();
    if (end < m_unit.size() && isAtomChar(m_unit.at(end)))
        return false;
    m_pos = end;
    return true;
}

bool ImapReader::readAtom(QByteArray *atom, QByteArrayView alsoStopAt)
{
    const qsizetype start = m_pos;
    while (isAtomChar(peek()) && !alsoStopAt.contains(peek()))
        ++m_pos;
    if (m_pos == start)
        return fail();
    *atom = m_unit.mid(start, m_pos - start);
    return countElement();
}

bool ImapReader::readDigits(quint64 max, quint64 *number)
{
    const qsizetype start = m_pos;
    quint64 value = 0;
    while (peek() >= '0' && peek() <= '9') {
        const auto digit = quint64(peek() - '0');
        if (value > (max - digit) / 10)
            return fail(Failure::NumberTooLarge);
        value = value * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start)
        return fail();
    *number = value;
    return countElement();
}

bool ImapReader::readNumber(quint32 *number)
{
    quint64 value = 0;
    if (!readDigits(std::numeric_limits<quint32>::max(), &value))
        return false;
    *number = quint32(value);
    return true;
}

bool ImapReader::readNzNumber(quint32 *number)
{
    const qsizetype start = m_pos;
    if (!readNumber(number))
        return false;
    if (*number == 0) {
        m_pos = start;
        return fail();
    }
    return true;
}

bool ImapReader::readNumber64(quint64 *number)
{
    return readDigits(quint64(std::numeric_limits<qint64>::max()), number);
}

bool ImapReader::atNil() const
{
    if (!lookingAt("NIL"))
        return false;
    const qsizetype end = m_pos + 3;
    return end == m_unit.size() || !isAstringChar(m_unit.at(end));
}

namespace {

QByteArray unescaped(const QByteArray &quoted)
{
    QByteArray plain;
    plain.reserve(quoted.size());
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        if (quoted[i] == '\\')
            ++i;
        plain.append(quoted[i]);
    }
    return plain;
}

} // namespace

bool ImapReader::readQuoted(QByteArray *string)
{
    // quoted = DQUOTE *QUOTED-CHAR DQUOTE; only " and \ may be escaped. 8-bit bytes are accepted
    // (RFC 9051 allows UTF-8, and many RFC 3501 servers send it anyway); CR, LF and NUL are not.
    const qsizetype start = ++m_pos;
    bool escaped = false;
    for (;;) {
        const char c = peek();
        if (c == '"')
            break;
        if (c == '\0' || c == '\r' || c == '\n')
            return fail();
        if (c == '\\') {
            escaped = true;
            ++m_pos;
            if (peek() != '"' && peek() != '\\')
                return fail();
        }
        ++m_pos;
    }
    // Empty, yet not null: "" is not NIL.
    QByteArray value(m_unit.constData() + start, m_pos - start);
    if (escaped)
        value = unescaped(value);
    ++m_pos;
    *string = value;
    return countElement();
}

bool ImapReader::readLiteral(QByteArray *string)
{
    // literal = "{" number64 "}" CRLF *CHAR8 (LineFramer keeps a bare LF from sloppy servers).
    skip('~');
    if (!expect('{'))
        return false;
    quint64 size = 0;
    if (!readNumber64(&size) || !expect('}'))
        return false;
    skip('\r');
    if (!expect('\n'))
        return false;
    if (size > quint64(m_unit.size() - m_pos))
        return fail();
    *string = m_unit.mid(m_pos, qsizetype(size));
    if (string->isNull())
        *string = QByteArray("");
    m_pos += qsizetype(size);
    return countElement();
}

bool ImapReader::readString(QByteArray *string)
{
    if (peek() == '"')
        return readQuoted(string);
    if (peek() == '{')
        return readLiteral(string);
    return fail();
}

bool ImapReader::readAstring(QByteArray *string)
{
    if (peek() == '"' || peek() == '{')
        return readString(string);
    const qsizetype start = m_pos;
    while (isAstringChar(peek()))
        ++m_pos;
    if (m_pos == start)
        return fail();
    *string = m_unit.mid(start, m_pos - start);
    return countElement();
}

bool ImapReader::readNstring(QByteArray *string)
{
    if (skipNil()) {
        *string = QByteArray();
        return true;
    }
    return readString(string);
}

bool ImapReader::readNstringOrLiteral8(QByteArray *string)
{
    if (peek() == '~')
        return readLiteral(string);
    return readNstring(string);
}

bool ImapReader::readFlag(QByteArray *flag)
{
    const qsizetype start = m_pos;
    if (skip('\\') && skip('*')) {
        *flag = m_unit.mid(start, 2);
        return countElement();
    }
    while (isAtomChar(peek()))
        ++m_pos;
    if (m_pos == start || m_unit.at(m_pos - 1) == '\\')
        return fail();
    *flag = m_unit.mid(start, m_pos - start);
    return countElement();
}

bool ImapReader::readFlagList(QList<QByteArray> *flags)
{
    if (!openList())
        return false;
    while (!skipListEnd()) {
        QByteArray flag;
        if ((!flags->isEmpty() && !expectSpace()) || !readFlag(&flag))
            return false;
        flags->append(flag);
    }
    return m_failure == Failure::None;
}

bool ImapReader::readSequenceSet(ImapSequenceSet *set, bool allowStar)
{
    const qsizetype start = m_pos;
    while (isSequenceSetChar(peek()))
        ++m_pos;
    std::optional<ImapSequenceSet> parsed =
        ImapSequenceSet::parse(QByteArrayView(m_unit).sliced(start, m_pos - start), allowStar);
    if (!parsed) {
        m_pos = start;
        return fail();
    }
    *set = std::move(*parsed);
    // A range costs at least two bytes, so counting them keeps the limit meaningful.
    m_elements += set->ranges().size() - 1;
    return countElement();
}

bool ImapReader::openList()
{
    if (!expect('('))
        return false;
    if (++m_depth > maxDepth) {
        --m_pos;
        return fail(Failure::TooDeep);
    }
    return countElement();
}

bool ImapReader::closeList()
{
    if (!expect(')'))
        return false;
    --m_depth;
    return true;
}

bool ImapReader::skipListEnd()
{
    return peek() == ')' && closeList();
}

bool ImapReader::skipNil()
{
    if (!atNil())
        return false;
    m_pos += 3;
    return countElement();
}

bool ImapReader::readBareToken()
{
    const qsizetype start = m_pos;
    while (isBareTokenChar(peek()))
        ++m_pos;
    return m_pos > start ? countElement() : fail();
}

bool ImapReader::readListValue()
{
    if (!openList())
        return false;
    for (bool first = true; !skipListEnd(); first = false) {
        if ((!first && !expectSpace()) || !readValue(nullptr))
            return false;
    }
    return true;
}

bool ImapReader::readValue(QByteArray *raw)
{
    const qsizetype start = m_pos;
    QByteArray ignored;
    bool ok = false;
    if (peek() == '(')
        ok = readListValue();
    else if (peek() == '"')
        ok = readQuoted(&ignored);
    else if (peek() == '{' || lookingAt("~{"))
        ok = readLiteral(&ignored);
    else
        ok = readBareToken();
    if (ok && raw)
        *raw = m_unit.mid(start, m_pos - start);
    return ok;
}

QByteArray ImapReader::readUntil(char stop)
{
    if (m_failure != Failure::None)
        return {};
    qsizetype end = m_unit.indexOf(stop, m_pos);
    if (end < 0)
        end = m_unit.size();
    QByteArray bytes = m_unit.mid(m_pos, end - m_pos);
    m_pos = end;
    return bytes;
}

QByteArray ImapReader::readRest()
{
    if (m_failure != Failure::None)
        return {};
    QByteArray bytes = m_unit.mid(m_pos);
    m_pos = m_unit.size();
    return bytes;
}

} // namespace Satchel
