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

} // namespace Satchel::MimeCodecs
