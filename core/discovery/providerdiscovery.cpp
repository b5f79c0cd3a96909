#include "providerdiscovery.h"

#include "providerdatabase.h"

namespace Satchel {

ProviderDiscovery::ProviderDiscovery(const QString &email, QObject *parent)
    : DiscoveryMethod(tr("Provider database"), email, parent)
{}

void ProviderDiscovery::run()
{
    QString error;
    const std::optional<ProviderConfig> provider =
        ProviderDatabase::shipped().settingsFor(email(), &error);
    if (!provider) {
        conclude(DiscoveryStep::State::NothingFound,
                 tr("Satchel does not know %1 as a provider's domain.").arg(domain()));
        return;
    }
    emit providerFound(*provider, DiscoverySource::Providers);
    emit found(servicesOf(*provider, DiscoverySource::Providers));
    conclude(DiscoveryStep::State::Found,
             tr("%1 is %2's domain.").arg(domain(), provider->displayName));
}

} // namespace Satchel
