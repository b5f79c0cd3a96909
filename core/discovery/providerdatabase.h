#pragma once

#include "providerconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

// The providers Satchel knows without asking the network: the autoconfig files under
// resources/providers, built into the program as the resource folder :/providers. Small (a few
// dozen files), so it is read whole, once, on first use, and then only read from any thread.
class ProviderDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::ProviderDatabase)

public:
    static constexpr const char *resourceFolder = ":/providers";

    // The shipped database, loaded on first use.
    static const ProviderDatabase &shipped();
    // Every *.xml file in a folder, each parsed strictly. A file that does not parse is left out
    // and named in errors().
    static ProviderDatabase load(const QString &folder);

    const QList<ProviderConfig> &providers() const { return m_providers; }
    // "file.xml: what is wrong", one per file that did not parse.
    const QStringList &errors() const { return m_errors; }

    const ProviderConfig *byId(const QString &id) const;
    // The provider whose <domain> list holds the domain, in any case.
    const ProviderConfig *byDomain(const QString &domain) const;
    const ProviderConfig *byEmail(const QString &email) const;
    // The provider one of whose MX patterns matches the host, in any case; when several do, the
    // most specific pattern wins (*.olc.protection.outlook.com before *.protection.outlook.com).
    const ProviderConfig *byMxHost(const QString &host) const;

    // The known provider of the address's domain with every template filled in for it.
    std::optional<ProviderConfig> settingsFor(const QString &email, QString *error) const;

private:
    void add(const ProviderConfig &config);

    QList<ProviderConfig> m_providers;
    QStringList m_errors;
    QHash<QString, qsizetype> m_byDomain;
};

} // namespace Satchel
