#include "mimecodecs.h"

#include <array>
#include <cstring>

namespace Satchel::MimeCodecs {

namespace {

// What a byte is to the base64 decoder: its value (0-63), or one of these.
enum : unsigned char
{
    Base64Pad = 64,
    Base64Space = 65,
    Base64Other = 66
};

constexpr auto base64Table = [] {
    std::array<unsigned char, 256> table{};
    table.fill(Base64Other);
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (unsigned char value = 0; value < 64; ++value)
        table[static_cast<unsigned char>(alphabet[value])] = value;
    for (const char c : {' ', '\t', '\r', '\n', '\f', '\v'})
        table[static_cast<unsigned char>(c)] = Base64Space;
    table['='] = Base64Pad;
    return table;
}();

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

// hexValue() as a table, for the decoders' inner loops.
constexpr auto hexTable = [] {
    std::array<signed char, 256> table{};
    table.fill(-1);
    for (int digit = 0; digit < 10; ++digit)
        table['0' + digit] = static_cast<signed char>(digit);
    for (int digit = 0; digit < 6; ++digit) {
        table['A' + digit] = static_cast<signed char>(10 + digit);
        table['a' + digit] = static_cast<signed char>(10 + digit);
    }
    return table;
}();

int hexDigit(char c)
{
    return hexTable[static_cast<unsigned char>(c)];
}

// Classes of bytes for the quoted-printable decoder, as bits.
enum : unsigned char
{
    QpEquals = 1,
    QpBlank = 2,
    QpLineSpace = 4
};

constexpr auto qpTable = [] {
    std::array<unsigned char, 256> table{};
    table['='] = QpEquals;
    table[' '] = QpBlank | QpLineSpace;
    table['\t'] = QpBlank | QpLineSpace;
    table['\r'] = QpLineSpace;
    table['\n'] = QpLineSpace;
    return table;
}();

// The end of the bytes from pos that quoted-printable keeps as they are: up to an "=", or a space
// or tab that may end a line (a single one between words is kept). Tested without a branch per
// space: they are too frequent and irregular for the branch predictor.
qsizetype literalRunEnd(QByteArrayView in, qsizetype pos)
{
    const auto *data = reinterpret_cast<const unsigned char *>(in.data());
    const qsizetype last = in.size() - 1;
    qsizetype i = pos;
    for (; i < last; ++i) {
        const unsigned current = qpTable[data[i]];
        const unsigned next = qpTable[data[i + 1]];
        if ((current & QpEquals) | ((current >> 1) & (next >> 2)))
            return i;
    }
    return i == last && (qpTable[data[i]] & (QpEquals | QpBlank)) == 0 ? i + 1 : i;
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
            const int high = i + 2 < in.size() ? hexDigit(in[i + 1]) : -1;
            const int low = high >= 0 ? hexDigit(in[i + 2]) : -1;
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
    return hexDigit(c);
}

qsizetype decodeBase64(QByteArrayView in, char *out, bool *invalid)
{
    qsizetype size = 0;
    unsigned bits = 0;
    int quantumLength = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(in.data());
    const qsizetype length = in.size();
    qsizetype i = 0;
    while (i < length) {
        // Whole quanta between line breaks are nearly all of an attachment: take them four at a
        // time.
        if (quantumLength == 0 && length - i >= 4) {
            const unsigned a = base64Table[data[i]], b = base64Table[data[i + 1]],
                           c = base64Table[data[i + 2]], d = base64Table[data[i + 3]];
            if ((a | b | c | d) < 64) {
                if (out) {
                    const unsigned quantum = (a << 18) | (b << 12) | (c << 6) | d;
                    out[size] = char(quantum >> 16);
                    out[size + 1] = char((quantum >> 8) & 0xff);
                    out[size + 2] = char(quantum & 0xff);
                }
                size += 3;
                i += 4;
                continue;
            }
        }
        const unsigned value = base64Table[data[i++]];
        if (value < 64) {
            bits = (bits << 6) | value;
            if (++quantumLength == 4) {
                flushQuantum(out, &size, bits, 4);
                bits = 0;
                quantumLength = 0;
            }
        } else if (value == Base64Pad) {
            if (quantumLength == 1)
                setInvalid(invalid);
            flushQuantum(out, &size, bits, quantumLength);
            bits = 0;
            quantumLength = 0;
        } else if (value == Base64Other) {
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
        const qsizetype literalEnd = literalRunEnd(in, i);
        if (literalEnd > i) {
            if (out)
                memcpy(out + size, in.data() + i, size_t(literalEnd - i));
            size += literalEnd - i;
            i = literalEnd;
            continue;
        }
        const char c = in[i];
        if (c == '=') {
            const int high = i + 2 < in.size() ? hexDigit(in[i + 1]) : -1;
            const int low = high >= 0 ? hexDigit(in[i + 2]) : -1;
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
