#include "mimemessageids.h"

#include "mimecharset.h"

namespace Satchel::MimeMessageIds {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The value with comments replaced by spaces; a '(' inside <…> is part of the identifier.
QByteArray withoutComments(QByteArrayView raw)
{
    QByteArray text;
    int depth = 0;
    bool angle = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && depth > 0) {
            ++i;
        } else if (c == '(' && !angle) {
            ++depth;
        } else if (c == ')' && depth > 0) {
            --depth;
            text.append(' ');
        } else if (depth == 0) {
            angle = c == '<' ? true : (c == '>' ? false : angle);
            text.append(c);
        }
    }
    return text;
}

QString identifier(QByteArrayView bytes)
{
    QByteArray id;
    for (const char c : bytes) {
        if (!isSpace(c)) // folding whitespace inside a long identifier
            id.append(c);
    }
    return MimeCharset::decodeUndeclared(id);
}

} // namespace

QStringList parse(QByteArrayView raw)
{
    const QByteArray text = withoutComments(raw);
    QStringList ids;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype open = text.indexOf('<', pos);
        if (open < 0)
            break;
        qsizetype close = text.indexOf('>', open + 1);
        if (close < 0)
            close = text.size();
        const QString id = identifier(QByteArrayView(text).sliced(open + 1, close - open - 1));
        if (!id.isEmpty())
            ids.append(id);
        pos = close;
    }
    if (!ids.isEmpty() || text.contains('<'))
        return ids;
    const QList<QByteArray> words = text.simplified().split(' ');
    for (const QByteArray &word : words) {
        if (!word.isEmpty() && (words.size() == 1 || word.contains('@')))
            ids.append(MimeCharset::decodeUndeclared(word));
    }
    return ids;
}

QString parseOne(QByteArrayView raw)
{
    return parse(raw).value(0);
}

bool isWritable(QStringView id)
{
    if (id.isEmpty() || id.size() > 250)
        return false;
    for (const QChar c : id) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || c == QLatin1Char('<') ||
            c == QLatin1Char('>'))
            return false;
    }
    return true;
}

} // namespace Satchel::MimeMessageIds
