#pragma once

#include <QString>

namespace Satchel {

enum class Security
{
    Tls,      // implicit TLS from the first byte (RFC 8314)
    StartTls, // plaintext greeting, then STARTTLS/STLS is required before anything else
    Plain     // no encryption: refused unless the account explicitly allows it
};

QString securityName(Security security);
bool parseSecurity(const QString &name, Security *security);

struct Endpoint
{
    QString host;
    quint16 port = 0;
    Security security = Security::Tls;
    bool allowPlaintext = false;

    QString hostAndPort() const;
};

} // namespace Satchel
