#include "mutf7.h"

namespace Satchel {

namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

bool isPrintableAscii(char16_t unit)
{
    return unit >= 0x20 && unit <= 0x7e;
}

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

// Base64 of the UTF-16BE form of units, without padding.
void appendShifted(QByteArray *out, QStringView units)
{
    quint32 bits = 0;
    int bitCount = 0;
    for (QChar unit : units) {
        bits = (bits << 16) | unit.unicode();
        bitCount += 16;
        while (bitCount >= 6) {
            bitCount -= 6;
            out->append(alphabet[(bits >> bitCount) & 0x3f]);
        }
    }
    if (bitCount > 0)
        out->append(alphabet[(bits << (6 - bitCount)) & 0x3f]);
}

// Decodes the base64 between "&" and "-"; nullopt unless it is whole UTF-16 units with valid
// surrogate pairs and zero padding bits.
std::optional<QString> decodeShifted(QByteArrayView base64)
{
    QString units;
    quint32 bits = 0;
    int bitCount = 0;
    for (char c : base64) {
        const int value = sextet(c);
        if (value < 0)
            return std::nullopt;
        bits = ((bits << 6) | quint32(value)) & 0x3fffff; // at most 16 + 6 bits matter
        bitCount += 6;
        if (bitCount >= 16) {
            bitCount -= 16;
            units.append(QChar(char16_t((bits >> bitCount) & 0xffff)));
        }
    }
    if (units.isEmpty() || bitCount >= 6 || (bits & ((1u << bitCount) - 1)) != 0)
        return std::nullopt;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (units.at(i).isHighSurrogate() && i + 1 < units.size() &&
            units.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (units.at(i).isSurrogate()) {
            return std::nullopt;
        }
    }
    return units;
}

} // namespace

QByteArray Mutf7::encode(const QString &name)
{
    QByteArray out;
    out.reserve(name.size());
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t unit = name.at(i).unicode();
        if (isPrintableAscii(unit)) {
            out.append(char(unit));
            if (unit == '&')
                out.append('-');
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < name.size() && !isPrintableAscii(name.at(end).unicode()))
            ++end;
        out.append('&');
        appendShifted(&out, QStringView(name).sliced(i, end - i));
        out.append('-');
        i = end;
    }
    return out;
}

std::optional<QString> Mutf7::decode(QByteArrayView encoded)
{
    QString name;
    name.reserve(encoded.size());
    qsizetype i = 0;
    while (i < encoded.size()) {
        const char c = encoded.at(i);
        if (!isPrintableAscii(char16_t(static_cast<unsigned char>(c))))
            return std::nullopt;
        if (c != '&') {
            name.append(QLatin1Char(c));
            ++i;
            continue;
        }
        const qsizetype dash = encoded.indexOf('-', i + 1);
        if (dash < 0)
            return std::nullopt;
        if (dash == i + 1) {
            name.append(QLatin1Char('&'));
        } else {
            const std::optional<QString> shifted =
                decodeShifted(encoded.sliced(i + 1, dash - i - 1));
            if (!shifted)
                return std::nullopt;
            name.append(*shifted);
        }
        i = dash + 1;
    }
    return name;
}

} // namespace Satchel
