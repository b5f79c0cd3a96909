#pragma once

#include "accounts/account.h"
#include "discovery/discoveryjob.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

// The words the setup pages show for services, security and where a finding came from, in the
// user's language.
class ServiceText
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::ServiceText)

public:
    static QString typeName(ProviderServiceType type);
    static QString typeName(ServiceType type);
    static QString security(Security security);
    // host:port, or the URL of an HTTP service.
    static QString server(const ProviderService &service);
    static QString server(const ServiceConfig &service);
    static QString source(DiscoverySource source);
    // How the probe of a finding went: answered, failed (and why, in a word) or not checked.
    static QString checkState(const DiscoveredService &found);
    // A link to the provider's page for making an app password, as HTML; empty when unknown.
    static QString appPasswordLink(const std::optional<ProviderConfig> &provider);
};

} // namespace Satchel
