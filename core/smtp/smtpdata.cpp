#include "smtpdata.h"

#include <algorithm>

namespace Satchel::SmtpData {

namespace {

// Appends message with CR LF line endings (the output ends with one), and with a dot prepended
// to each line that starts with one when stuffing.
void appendLines(QByteArray *out, QByteArrayView message, bool stuff)
{
    const qsizetype size = message.size();
    qsizetype i = 0;
    while (i < size) {
        if (stuff && message[i] == '.')
            out->append('.');
        qsizetype end = i;
        while (end < size && message[end] != '\r' && message[end] != '\n')
            ++end;
        out->append(message.sliced(i, end - i));
        out->append("\r\n", 2);
        if (end == size)
            return;
        const bool crlf = message[end] == '\r' && end + 1 < size && message[end + 1] == '\n';
        i = end + (crlf ? 2 : 1);
    }
}

} // namespace

QByteArray normalizeLineEndings(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 50 + 2);
    appendLines(&out, message, false);
    return out;
}

QByteArray encode(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 50 + 5);
    appendLines(&out, message, true);
    out.append(".\r\n", 3);
    return out;
}

QByteArray decode(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size());
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf("\r\n", pos);
        end = end < 0 ? data.size() : end + 2;
        QByteArrayView line = data.sliced(pos, end - pos);
        pos = end;
        if (line == ".\r\n")
            break;
        if (line.startsWith('.'))
            line = line.sliced(1);
        out.append(line);
    }
    return out;
}

bool needsEightBit(QByteArrayView message)
{
    return std::any_of(message.begin(), message.end(),
                       [](char c) { return static_cast<unsigned char>(c) > 127; });
}

} // namespace Satchel::SmtpData
