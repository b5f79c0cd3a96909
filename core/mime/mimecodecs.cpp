#include "mimecodecs.h"

namespace Satchel::MimeCodecs {

namespace {

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

void put(char *out, qsizetype *size, unsigned value)
{
    if (out)
        out[*size] = char(value & 0xff);
    ++*size;
}

// Writes the bytes that the first quantumLength characters of a quantum hold.
void flushQuantum(char *out, qsizetype *size, unsigned bits, int quantumLength)
{
    if (quantumLength == 4) {
        put(out, size, bits >> 16);
        put(out, size, bits >> 8);
        put(out, size, bits);
    } else if (quantumLength == 3) {
        put(out, size, bits >> 10);
        put(out, size, bits >> 2);
    } else if (quantumLength == 2) {
        put(out, size, bits >> 4);
    }
}

void setInvalid(bool *invalid)
{
    if (invalid)
        *invalid = true;
}

// "=" then optional spaces then a line break (or the end): a soft line break. Returns its length,
// or 0 when there is none at pos.
qsizetype softBreakLength(QByteArrayView in, qsizetype pos)
{
    qsizetype i = pos + 1;
    while (i < in.size() && (in[i] == ' ' || in[i] == '\t'))
        ++i;
    if (i == in.size())
        return i - pos;
    if (in[i] == '\n')
        return i + 1 - pos;
    if (in[i] == '\r' && i + 1 < in.size() && in[i + 1] == '\n')
        return i + 2 - pos;
    return 0;
}

// The end of the run of spaces and tabs at pos; *atLineEnd tells whether a line break or the end
// of the input follows it.
qsizetype spaceRunEnd(QByteArrayView in, qsizetype pos, bool *atLineEnd)
{
    qsizetype i = pos;
    while (i < in.size() && (in[i] == ' ' || in[i] == '\t'))
        ++i;
    *atLineEnd = i == in.size() || in[i] == '\n' ||
                 (in[i] == '\r' && i + 1 < in.size() && in[i + 1] == '\n');
    return i;
}

// Decodes escape followed by two hex digits; everything else is copied, and "_" gives "_" or a
// space. Used by decodeQ and decodePercent.
QByteArray decodeEscapes(QByteArrayView in, char escape, bool underscoreIsSpace, bool *invalid)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == escape) {
            const int high = i + 2 < in.size() ? hexValue(in[i + 1]) : -1;
            const int low = high >= 0 ? hexValue(in[i + 2]) : -1;
            if (low >= 0) {
                out.append(char(high * 16 + low));
                i += 2;
                continue;
            }
            setInvalid(invalid);
        }
        out.append(c == '_' && underscoreIsSpace ? ' ' : c);
    }
    return out;
}

constexpr char hexDigits[] = "0123456789ABCDEF";

void appendEscaped(QByteArray *out, char escape, unsigned char c)
{
    out->append(escape);
    out->append(hexDigits[c >> 4]);
    out->append(hexDigits[c & 0xf]);
}

bool isQSafe(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' ||
           c == '*' || c == '+' || c == '-' || c == '/' || c == ' ';
}

// RFC 2231 attribute-char: printable ASCII but space, '*', '\'', '%' and the tspecials.
bool isAttributeChar(char c)
{
    static constexpr QByteArrayView excluded = "*'%()<>@,;:\\\"/[]?=";
    return c > ' ' && c < 127 && !excluded.contains(c);
}

// Quoted-printable of one line without its line break.
class QuotedPrintableLine
{
public:
    explicit QuotedPrintableLine(QByteArray *out)
        : m_out(out)
    {}

    void encode(QByteArrayView line)
    {
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (!put(line, i, false)) {
                m_out->append("=\r\n"); // a soft break, then the same byte on the next line
                m_column = 0;
                put(line, i, true);
            }
        }
    }

private:
    // Writes line[i] unless it would make the line longer than 75 octets (76 with the soft
    // break's "="); force writes it anyway, at the start of a line.
    bool put(QByteArrayView line, qsizetype i, bool force)
    {
        const auto c = static_cast<unsigned char>(line[i]);
        const bool lastOfLine = i + 1 == line.size();
        const bool fromLine = m_column == 0 && c == 'F' && line.sliced(i).startsWith("From ");
        const bool literal =
            ((c > ' ' && c < 127 && c != '=') || ((c == ' ' || c == '\t') && !lastOfLine)) &&
            !fromLine;
        const int width = literal ? 1 : 3;
        // The last byte of a line may take the column the soft break would need.
        if (!force && m_column + width > (lastOfLine ? 76 : 75))
            return false;
        if (literal)
            m_out->append(char(c));
        else
            appendEscaped(m_out, '=', c);
        m_column += width;
        return true;
    }

    QByteArray *m_out;
    int m_column = 0;
};

} // namespace

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

qsizetype decodeBase64(QByteArrayView in, char *out, bool *invalid)
{
    qsizetype size = 0;
    unsigned bits = 0;
    int quantumLength = 0;
    for (const char c : in) {
        const int value = base64Value(c);
        if (value >= 0) {
            bits = (bits << 6) | unsigned(value);
            if (++quantumLength == 4) {
                flushQuantum(out, &size, bits, 4);
                bits = 0;
                quantumLength = 0;
            }
        } else if (c == '=') {
            if (quantumLength == 1)
                setInvalid(invalid);
            flushQuantum(out, &size, bits, quantumLength);
            bits = 0;
            quantumLength = 0;
        } else if (!isSpace(c)) {
            setInvalid(invalid);
        }
    }
    // Missing padding is common and harmless; a lone sixth of a byte is not.
    if (quantumLength == 1)
        setInvalid(invalid);
    flushQuantum(out, &size, bits, quantumLength);
    return size;
}

QByteArray decodeBase64(QByteArrayView in, bool *invalid)
{
    QByteArray out(in.size() / 4 * 3 + 3, Qt::Uninitialized);
    out.truncate(decodeBase64(in, out.data(), invalid));
    return out;
}

qsizetype decodeQuotedPrintable(QByteArrayView in, char *out, bool *invalid)
{
    qsizetype size = 0;
    qsizetype i = 0;
    while (i < in.size()) {
        const char c = in[i];
        if (c == '=') {
            const int high = i + 2 < in.size() ? hexValue(in[i + 1]) : -1;
            const int low = high >= 0 ? hexValue(in[i + 2]) : -1;
            if (low >= 0) {
                put(out, &size, unsigned(high * 16 + low));
                i += 3;
                continue;
            }
            const qsizetype soft = softBreakLength(in, i);
            if (soft > 0) {
                i += soft;
                continue;
            }
            setInvalid(invalid);
        } else if (c == ' ' || c == '\t') {
            // Whitespace at the end of a line was added in transit (RFC 2045 6.7 rule 3).
            bool atLineEnd = false;
            const qsizetype end = spaceRunEnd(in, i, &atLineEnd);
            for (; !atLineEnd && i < end; ++i)
                put(out, &size, static_cast<unsigned char>(in[i]));
            i = end;
            continue;
        }
        put(out, &size, static_cast<unsigned char>(c));
        ++i;
    }
    return size;
}

QByteArray decodeQuotedPrintable(QByteArrayView in, bool *invalid)
{
    QByteArray out(in.size(), Qt::Uninitialized);
    out.truncate(decodeQuotedPrintable(in, out.data(), invalid));
    return out;
}

QByteArray decodeQ(QByteArrayView in, bool *invalid)
{
    return decodeEscapes(in, '=', true, invalid);
}

QByteArray decodePercent(QByteArrayView in, bool *invalid)
{
    return decodeEscapes(in, '%', false, invalid);
}

QByteArray encodeBase64Lines(QByteArrayView in)
{
    const QByteArray encoded = QByteArray::fromRawData(in.data(), in.size()).toBase64();
    constexpr qsizetype width = 76;
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / width * 2 + 2);
    for (qsizetype pos = 0; pos < encoded.size(); pos += width) {
        if (pos > 0)
            out.append("\r\n");
        out.append(QByteArrayView(encoded).sliced(pos, qMin(width, encoded.size() - pos)));
    }
    return out;
}

QByteArray encodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 8);
    qsizetype pos = 0;
    while (pos <= in.size()) {
        qsizetype end = in.indexOf('\n', pos);
        const bool last = end < 0;
        if (last)
            end = in.size();
        qsizetype contentEnd = end;
        if (!last && contentEnd > pos && in[contentEnd - 1] == '\r')
            --contentEnd;
        QuotedPrintableLine(&out).encode(in.sliced(pos, contentEnd - pos));
        if (last)
            break;
        out.append("\r\n");
        pos = end + 1;
    }
    return out;
}

QByteArray encodeQ(QByteArrayView in)
{
    QByteArray out;
    out.reserve(encodedQLength(in));
    for (const char c : in) {
        if (c == ' ')
            out.append('_');
        else if (isQSafe(c))
            out.append(c);
        else
            appendEscaped(&out, '=', static_cast<unsigned char>(c));
    }
    return out;
}

qsizetype encodedQLength(QByteArrayView in)
{
    qsizetype length = 0;
    for (const char c : in)
        length += isQSafe(c) ? 1 : 3;
    return length;
}

QByteArray encodePercent(QByteArrayView in)
{
    QByteArray out;
    for (const char c : in) {
        if (isAttributeChar(c))
            out.append(c);
        else
            appendEscaped(&out, '%', static_cast<unsigned char>(c));
    }
    return out;
}

} // namespace Satchel::MimeCodecs
