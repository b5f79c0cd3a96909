#include "smtpreply.h"

#include <QCoreApplication>

#include <algorithm>

namespace Satchel {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArray enhancedStatus(const QByteArray &text)
{
    // class "." subject "." detail, e.g. 5.7.8 (RFC 3463)
    const qsizetype end = text.indexOf(' ') < 0 ? text.size() : text.indexOf(' ');
    QByteArray word = text.left(end);
    const QList<QByteArray> parts = word.split('.');
    if (parts.size() != 3 || parts[0].size() != 1 || !QByteArrayView("245").contains(parts[0][0]))
        return {};
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part.size() > 3 || !std::all_of(part.begin(), part.end(), isDigit))
            return {};
    }
    return word;
}

} // namespace

QString SmtpReply::text() const
{
    QStringList texts;
    for (const QByteArray &line : lines)
        texts << QString::fromUtf8(line);
    return texts.join(QLatin1Char(' '));
}

QString SmtpReply::describe() const
{
    QStringList texts;
    for (const QByteArray &line : lines) {
        QByteArrayView text = line;
        if (!enhancedCode.isEmpty() && text.startsWith(enhancedCode))
            text = text.sliced(enhancedCode.size()).trimmed();
        if (!text.isEmpty())
            texts << QString::fromUtf8(text);
    }
    QString head = QString::number(code);
    if (!enhancedCode.isEmpty())
        head += QLatin1Char(' ') + QString::fromLatin1(enhancedCode);
    return texts.isEmpty() ? head : head + QLatin1Char(' ') + texts.join(QLatin1Char(' '));
}

SmtpReplyParser::Status SmtpReplyParser::feedLine(const QByteArray &line)
{
    const bool wellFormed = line.size() >= 3 && isDigit(line[0]) && isDigit(line[1]) &&
                            isDigit(line[2]) && line[0] >= '2' && line[0] <= '5' &&
                            (line.size() == 3 || line[3] == ' ' || line[3] == '-');
    if (!wellFormed) {
        m_errorString = QCoreApplication::translate("Satchel::SmtpReplyParser",
                                                    "The server sent \"%1\", which is not an SMTP "
                                                    "reply.")
                            .arg(QString::fromUtf8(line.left(60)));
        m_reply = {};
        return Status::Error;
    }
    const int code = line.left(3).toInt();
    if (!m_reply.lines.isEmpty() && code != m_reply.code) {
        m_errorString = QCoreApplication::translate("Satchel::SmtpReplyParser",
                                                    "The server changed the reply code in the "
                                                    "middle of a multi-line reply.");
        m_reply = {};
        return Status::Error;
    }
    if (m_reply.lines.size() >= maxLines) {
        m_errorString = QCoreApplication::translate("Satchel::SmtpReplyParser",
                                                    "The server sent a reply of more than %1 "
                                                    "lines.")
                            .arg(maxLines);
        m_reply = {};
        return Status::Error;
    }
    m_reply.code = code;
    const QByteArray text = line.mid(4);
    if (m_reply.lines.isEmpty())
        m_reply.enhancedCode = enhancedStatus(text);
    m_reply.lines.append(text);
    const bool last = line.size() == 3 || line[3] == ' ';
    return last ? Status::Reply : Status::NeedMore;
}

SmtpReply SmtpReplyParser::takeReply()
{
    return std::exchange(m_reply, SmtpReply());
}

} // namespace Satchel
