#include "discoveryjob.h"
#include "discoverytrust.h"

#include <algorithm>

namespace Satchel {

namespace {

int securityRank(Security security)
{
    switch (security) {
    case Security::Tls:
        return 0;
    case Security::StartTls:
        return 1;
    case Security::Plain:
        return 2;
    }
    return 2;
}

} // namespace

QString discoverySourceName(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Providers:
        return QStringLiteral("providers");
    case DiscoverySource::ProvidersMx:
        return QStringLiteral("mx");
    case DiscoverySource::Autoconfig:
        return QStringLiteral("autoconfig");
    case DiscoverySource::Srv:
        return QStringLiteral("srv");
    case DiscoverySource::Guess:
        return QStringLiteral("guess");
    }
    return {};
}

QString serviceProblemName(const Error &error)
{
    switch (error.category()) {
    case Error::Category::None:
        return {};
    case Error::Category::Network:
        return QStringLiteral("network");
    case Error::Category::Authentication:
        return QStringLiteral("authentication");
    case Error::Category::Tls:
        return error.reason() == Error::Reason::MissingCapability ? QStringLiteral("capability")
                                                                  : QStringLiteral("certificate");
    default:
        return error.reason() == Error::Reason::MissingCapability ? QStringLiteral("capability")
                                                                  : QStringLiteral("server");
    }
}

int DiscoveryResult::sourceRank(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Providers:
        return 0;
    case DiscoverySource::Autoconfig:
        return 1;
    case DiscoverySource::ProvidersMx:
        return 2;
    case DiscoverySource::Srv:
        return 3;
    case DiscoverySource::Guess:
        return 4;
    }
    return 5;
}

QList<DiscoveredService> DiscoveryResult::servicesOf(ProviderServiceType type) const
{
    QList<DiscoveredService> found;
    for (const DiscoveredService &service : services) {
        if (service.service.type == type)
            found << service;
    }
    return found;
}

void DiscoveryResult::sortServices()
{
    const auto rank = [](const DiscoveredService &s) {
        const bool failed = !s.verified && s.error.isError();
        return std::make_tuple(int(s.service.type), failed ? 1 : 0,
                               securityRank(s.service.security),
                               DiscoveryTrust::isProtected(s.source) ? 0 : 1, sourceRank(s.source));
    };
    std::stable_sort(
        services.begin(), services.end(),
        [&](const DiscoveredService &a, const DiscoveredService &b) { return rank(a) < rank(b); });
}

} // namespace Satchel
