#include "mxdiscovery.h"

#include "net/dnsquery.h"
#include "providerdatabase.h"

namespace Satchel {

MxDiscovery::MxDiscovery(const QString &email, QObject *parent)
    : DiscoveryMethod(tr("MX records"), email, parent)
{}

void MxDiscovery::run()
{
    lookup(QDnsLookup::MX, domain(), [this](DnsQuery *query) { onAnswer(query); });
}

void MxDiscovery::onAnswer(DnsQuery *query)
{
    if (query->error().isError()) {
        emit noted(tr("The mail servers (MX records) of %1 could not be looked up, so a provider "
                      "hosting the domain could not be recognised.")
                       .arg(domain()));
        conclude(DiscoveryStep::State::Failed, query->error().message());
        return;
    }
    const QList<QDnsMailExchangeRecord> records = query->mailExchangeRecords();
    if (records.isEmpty()) {
        conclude(DiscoveryStep::State::NothingFound, tr("%1 has no MX records.").arg(domain()));
        return;
    }
    QStringList hosts;
    for (const QDnsMailExchangeRecord &record : records) {
        hosts << record.exchange();
        const ProviderConfig *provider = ProviderDatabase::shipped().byMxHost(record.exchange());
        if (!provider)
            continue;
        QString error;
        const std::optional<ProviderConfig> expanded = provider->expandedFor(email(), &error);
        if (!expanded)
            continue;
        emit providerFound(*expanded, DiscoverySource::ProvidersMx);
        emit found(servicesOf(*expanded, DiscoverySource::ProvidersMx));
        conclude(DiscoveryStep::State::Found,
                 tr("%1 receives mail for %2 (MX %3).")
                     .arg(expanded->displayName, domain(), record.exchange()));
        return;
    }
    conclude(DiscoveryStep::State::NothingFound,
             tr("The mail servers %1 belong to no provider Satchel knows.")
                 .arg(hosts.join(QStringLiteral(", "))));
}

} // namespace Satchel
