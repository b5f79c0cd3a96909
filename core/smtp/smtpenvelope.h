#pragma once

#include "smtpcapabilities.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Satchel {

// Delivery status notifications (RFC 3461), asked for per message.
struct SmtpDsn
{
    enum class Return
    {
        Default,
        Full,
        Headers
    };
    enum Notify
    {
        Success = 1,
        Failure = 2,
        Delay = 4,
        Never = 8
    };

    Return ret = Return::Default;
    QString envelopeId; // ENVID, printable ASCII
    int notify = 0;     // Notify flags; 0: the server's default

    bool isRequested() const { return ret != Return::Default || !envelopeId.isEmpty() || notify; }
};

// Who a message goes from and to, as SMTP sees it (not the headers), with the MAIL and RCPT
// commands built for what the server offers. Pure.
struct SmtpEnvelope
{
    QString from;
    QStringList recipients;
    SmtpDsn dsn;

    // A sentence when an address cannot be sent (empty, no '@', control characters, brackets);
    // empty when all is well.
    QString validate() const;
    // Whether an address has non-ASCII characters, which needs SMTPUTF8 (RFC 6531).
    bool needsSmtpUtf8() const;

    // MAIL FROM with SIZE, BODY=8BITMIME, SMTPUTF8, RET and ENVID where the server offers them
    // and the message or the caller needs them.
    QByteArray mailCommand(const SmtpCapabilities &caps, qint64 size, bool eightBit) const;
    // RCPT TO with NOTIFY and ORCPT when DSN was asked for and is offered.
    QByteArray rcptCommand(const QString &recipient, const SmtpCapabilities &caps) const;

    QJsonObject toJson() const;
    static SmtpEnvelope fromJson(const QJsonObject &object);

    // RFC 3461 4: '+', '=' and bytes outside 33..126 as "+XX".
    static QByteArray xtext(QByteArrayView value);
};

} // namespace Satchel
