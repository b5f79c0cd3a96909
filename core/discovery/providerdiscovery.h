#pragma once

#include "discoverymethod.h"

namespace Satchel {

// The shipped provider database, by the address's domain: instant, and needs no network.
class ProviderDiscovery : public DiscoveryMethod
{
    Q_OBJECT

public:
    explicit ProviderDiscovery(const QString &email, QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Satchel
