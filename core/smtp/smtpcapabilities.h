#pragma once

#include <QByteArray>
#include <QList>

namespace Satchel {

// What a server announced in its EHLO reply (RFC 5321 4.1.1.1): the extensions a submission
// client uses. Pure: the lines after the greeting line in, typed values out.
struct SmtpCapabilities
{
    bool startTls = false;
    bool pipelining = false;          // RFC 2920
    bool eightBitMime = false;        // RFC 6152
    bool smtpUtf8 = false;            // RFC 6531
    bool dsn = false;                 // RFC 3461
    bool enhancedStatusCodes = false; // RFC 2034
    bool size = false;                // RFC 1870
    qint64 sizeLimit = 0;             // 0: SIZE without a limit, or no SIZE at all
    QList<QByteArray> authMechanisms; // upper case

    bool offersAuth(QByteArrayView mechanism) const;

    // The EHLO reply's lines without the first one (the server's name).
    static SmtpCapabilities parse(const QList<QByteArray> &lines);
};

} // namespace Satchel
