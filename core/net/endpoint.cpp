#include "endpoint.h"

namespace Satchel {

QString securityName(Security security)
{
    switch (security) {
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Plain:
        return QStringLiteral("none");
    }
    return {};
}

bool parseSecurity(const QString &name, Security *security)
{
    for (Security candidate : {Security::Tls, Security::StartTls, Security::Plain}) {
        if (securityName(candidate) == name) {
            *security = candidate;
            return true;
        }
    }
    return false;
}

QString Endpoint::hostAndPort() const
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace Satchel
