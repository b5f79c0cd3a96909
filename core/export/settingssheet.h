#pragma once

#include "accounts/account.h"
#include "discovery/providerconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

// A printable page with an account's settings, laid out like a provider's "Server names and
// ports" help page: one table per service (server, port, encryption, username, password), the
// provider's extras (folder separator, other ports, firewall proxies, username forms) where the
// shipped database knows them. Never the password. The same content as plain text (the CLI)
// and as HTML (the GUI prints or saves it).
class SettingsSheet
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::SettingsSheet)

public:
    struct Row
    {
        QString label;
        QString value;
    };

    struct Section
    {
        QString title;
        QList<Row> rows;
        QStringList notes;
    };

    SettingsSheet(const Account &account, const std::optional<ProviderConfig> &provider);

    QString title() const { return m_title; }
    const QStringList &introduction() const { return m_introduction; }
    const QList<Section> &sections() const { return m_sections; }

    QString toText() const;
    QString toHtml() const;

private:
    void addService(const ServiceConfig &service);
    void addProviderExtras(const ServiceConfig &service, Section *section) const;
    void addFirewallSection();
    void addUsernameSection();
    const ProviderService *providerService(const ServiceConfig &service) const;

    Account m_account;
    std::optional<ProviderConfig> m_provider;
    QString m_title;
    QStringList m_introduction;
    QList<Section> m_sections;
};

} // namespace Satchel
