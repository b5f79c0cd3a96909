#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Satchel {

// A complete SMTP reply (RFC 5321 4.2): a three-digit code shared by all its lines, the text of
// each line, and the enhanced status code (RFC 3463) when the server sends one.
struct SmtpReply
{
    int code = 0;
    QByteArray enhancedCode; // "5.7.8"
    QList<QByteArray> lines;

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTemporary() const { return code >= 400 && code < 500; }
    QString text() const;
    // The code and the text for a person to read: "550 5.1.1 User unknown", the enhanced code
    // shown once rather than at the start of every line.
    QString describe() const;
};

// Collects reply lines until the last one ("250 ok" after "250-…" lines). Pure.
class SmtpReplyParser
{
public:
    enum class Status
    {
        NeedMore,
        Reply,
        Error
    };

    Status feedLine(const QByteArray &line);
    SmtpReply takeReply();
    QString errorString() const { return m_errorString; }

private:
    static constexpr int maxLines = 1000;

    SmtpReply m_reply;
    QString m_errorString;
};

} // namespace Satchel
