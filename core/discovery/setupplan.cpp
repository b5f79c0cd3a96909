#include "setupplan.h"

namespace Satchel::SetupPlan {

QList<DiscoveredService> choose(const DiscoveryResult &result,
                                std::optional<ProviderServiceType> incoming)
{
    const auto has = [&](ProviderServiceType type) { return !result.servicesOf(type).isEmpty(); };
    if (!incoming && result.provider && result.provider->recommendedIncoming &&
        has(*result.provider->recommendedIncoming))
        incoming = result.provider->recommendedIncoming;
    if (!incoming)
        incoming =
            has(ProviderServiceType::Imap) ? ProviderServiceType::Imap : ProviderServiceType::Pop3;
    QList<DiscoveredService> chosen;
    for (const ProviderServiceType type :
         {*incoming, ProviderServiceType::Smtp, ProviderServiceType::CalDav,
          ProviderServiceType::CardDav}) {
        const QList<DiscoveredService> candidates = result.servicesOf(type);
        if (!candidates.isEmpty())
            chosen << candidates.constFirst();
    }
    return chosen;
}

Account account(const QString &email, const QString &name,
                const QList<ServiceVerification> &verified)
{
    Account account;
    account.email = email;
    account.name = name;
    for (const ServiceVerification &result : verified) {
        if (toServiceType(result.found.service.type))
            account.services << result.used;
    }
    return account;
}

} // namespace Satchel::SetupPlan
