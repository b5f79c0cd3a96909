#include "smtpcapabilities.h"

namespace Satchel {

bool SmtpCapabilities::offersAuth(QByteArrayView mechanism) const
{
    for (const QByteArray &offered : authMechanisms) {
        if (offered.compare(mechanism, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SmtpCapabilities SmtpCapabilities::parse(const QList<QByteArray> &lines)
{
    SmtpCapabilities caps;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.simplified().toUpper().split(' ');
        const QByteArray &keyword = words.first();
        if (keyword == "STARTTLS") {
            caps.startTls = true;
        } else if (keyword == "PIPELINING") {
            caps.pipelining = true;
        } else if (keyword == "8BITMIME") {
            caps.eightBitMime = true;
        } else if (keyword == "SMTPUTF8") {
            caps.smtpUtf8 = true;
        } else if (keyword == "DSN") {
            caps.dsn = true;
        } else if (keyword == "ENHANCEDSTATUSCODES") {
            caps.enhancedStatusCodes = true;
        } else if (keyword == "SIZE") {
            caps.size = true;
            bool ok = false;
            const qint64 limit = words.value(1).toLongLong(&ok);
            caps.sizeLimit = ok && limit > 0 ? limit : 0;
        } else if (keyword == "AUTH" || keyword.startsWith("AUTH=")) {
            // "AUTH=PLAIN LOGIN" is the pre-standard form some old servers still send.
            QList<QByteArray> mechanisms = words.mid(1);
            if (keyword.startsWith("AUTH="))
                mechanisms.prepend(keyword.mid(5));
            for (const QByteArray &mechanism : std::as_const(mechanisms)) {
                if (!mechanism.isEmpty() && !caps.authMechanisms.contains(mechanism))
                    caps.authMechanisms.append(mechanism);
            }
        }
    }
    return caps;
}

} // namespace Satchel
