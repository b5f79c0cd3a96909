#pragma once

#include "discoverymethod.h"

class QNetworkAccessManager;

namespace Satchel {

class AutoconfigFetchJob;

// The domain's own autoconfig file (Thunderbird's format), from
// https://autoconfig.<domain>/mail/config-v1.1.xml and
// https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml, both at once; the first address
// wins when both answer. Verified HTTPS from the domain: a protected source.
class AutoconfigDiscovery : public DiscoveryMethod
{
    Q_OBJECT

public:
    explicit AutoconfigDiscovery(const QString &email, QObject *parent = nullptr);

    static QList<QUrl> urlsFor(const QString &email, const QString &domain);

protected:
    void run() override;

private:
    void onFetched();

    QNetworkAccessManager *m_network;
    QList<AutoconfigFetchJob *> m_fetches;
};

} // namespace Satchel
