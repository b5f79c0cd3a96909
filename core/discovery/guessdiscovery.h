#pragma once

#include "discoverymethod.h"

namespace Satchel {

class ServiceProbeJob;

// The last resort: probe the usual host names (imap., mail., pop., pop3., smtp. and the bare
// domain) on the usual ports, all at once, without credentials, and keep per service what
// answered the protocol under verified TLS. Implicit TLS wins over STARTTLS (RFC 8314); the other
// one, when it answered too, becomes an alternative.
class GuessDiscovery : public DiscoveryMethod
{
    Q_OBJECT

public:
    explicit GuessDiscovery(const QString &email, QObject *parent = nullptr);

    void setTimeouts(int connectMs, int readMs);
    // The candidates, in order of preference within each service and security.
    static QList<ProviderService> candidates(const QString &domain);

protected:
    void run() override;

private:
    void onProbed();
    std::optional<DiscoveredService> best(ProviderServiceType type) const;

    QList<ServiceProbeJob *> m_probes;
    int m_connectMs = 5000;
    int m_readMs = 5000;
};

} // namespace Satchel
