#include "srvdiscovery.h"

#include "davcontextpath.h"
#include "discoverytrust.h"
#include "net/dnsquery.h"

#include <QUrl>

namespace Satchel {

namespace {

struct SrvName
{
    const char *label;
    ProviderServiceType type;
    Security security;
    const char *wellKnown; // DAV only
};

constexpr SrvName srvNames[] = {
    {"_imaps._tcp.", ProviderServiceType::Imap, Security::Tls, nullptr},
    {"_imap._tcp.", ProviderServiceType::Imap, Security::StartTls, nullptr},
    {"_pop3s._tcp.", ProviderServiceType::Pop3, Security::Tls, nullptr},
    {"_pop3._tcp.", ProviderServiceType::Pop3, Security::StartTls, nullptr},
    {"_submissions._tcp.", ProviderServiceType::Smtp, Security::Tls, nullptr},
    {"_submission._tcp.", ProviderServiceType::Smtp, Security::StartTls, nullptr},
    {"_caldavs._tcp.", ProviderServiceType::CalDav, Security::Tls, "/.well-known/caldav"},
    {"_carddavs._tcp.", ProviderServiceType::CardDav, Security::Tls, "/.well-known/carddav"},
};

QString targetHost(const QDnsServiceRecord &record)
{
    QString host = record.target().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

} // namespace

SrvDiscovery::SrvDiscovery(const QString &email, QObject *parent)
    : DiscoveryMethod(tr("SRV records"), email, parent)
{}

void SrvDiscovery::run()
{
    m_answers.resize(std::size(srvNames));
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        const QString name = QString::fromLatin1(srvNames[i].label) + domain();
        ++m_pending;
        lookup(QDnsLookup::SRV, name, [this, i](DnsQuery *query) {
            m_answers[i].records = query->serviceRecords();
            m_answers[i].error = query->error();
            if (--m_pending == 0)
                onAnswers();
        });
        if (!srvNames[i].wellKnown)
            continue;
        ++m_pending;
        lookup(QDnsLookup::TXT, name, [this, i](DnsQuery *query) {
            for (const QDnsTextRecord &record : query->textRecords())
                m_answers[i].txt << record.values();
            if (--m_pending == 0)
                onAnswers();
        });
    }
}

std::optional<DiscoveredService> SrvDiscovery::serviceFor(qsizetype index, const Answer &answer,
                                                          QStringList *notOffered) const
{
    const SrvName &name = srvNames[index];
    QList<QDnsServiceRecord> usable;
    for (const QDnsServiceRecord &record : answer.records) {
        if (!targetHost(record).isEmpty() && record.port() != 0)
            usable << record;
    }
    if (usable.isEmpty()) {
        if (!answer.records.isEmpty()) // RFC 2782: "." alone means "decidedly not available"
            *notOffered << QString::fromLatin1(name.label).section(QLatin1Char('.'), 0, 0);
        return std::nullopt;
    }
    DiscoveredService found;
    found.source = DiscoverySource::Srv;
    ProviderService &service = found.service;
    service.type = name.type;
    service.host = targetHost(usable.first());
    service.port = usable.first().port();
    service.security = name.security;
    service.username = email();
    if (name.wellKnown) {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(service.host);
        if (service.port != 443)
            url.setPort(service.port);
        const QString path = davContextPath(answer.txt);
        url.setPath(path.isEmpty() ? QString::fromLatin1(name.wellKnown) : path);
        service.url = url.toString();
    }
    for (const QDnsServiceRecord &other : usable.mid(1)) {
        ProviderAlternative alternative;
        alternative.kind = ProviderAlternative::Kind::OtherHost;
        alternative.host = targetHost(other);
        alternative.port = other.port();
        alternative.security = name.security;
        service.alternatives << alternative;
    }
    DiscoveryTrust::apply(&found, domain());
    return found;
}

void SrvDiscovery::onAnswers()
{
    QList<DiscoveredService> services;
    QStringList offered;
    QStringList notOffered;
    int failures = 0;
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        if (m_answers.at(i).error.isError())
            ++failures;
        if (const std::optional<DiscoveredService> found =
                serviceFor(i, m_answers.at(i), &notOffered)) {
            services << *found;
            offered << QString::fromLatin1(srvNames[i].label).section(QLatin1Char('.'), 0, 0) +
                           QLatin1Char(' ') + found->service.host;
        }
    }
    QString detail = offered.join(QStringLiteral(", "));
    if (!notOffered.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) +
                  tr("not offered: %1").arg(notOffered.join(QStringLiteral(", ")));
    if (!services.isEmpty()) {
        emit found(services);
        conclude(DiscoveryStep::State::Found, detail);
    } else if (failures == m_answers.size()) {
        emit noted(tr("The SRV records of %1 could not be looked up.").arg(domain()));
        conclude(DiscoveryStep::State::Failed, m_answers.first().error.message());
    } else {
        conclude(DiscoveryStep::State::NothingFound,
                 detail.isEmpty() ? tr("%1 publishes no SRV records for mail, calendars or "
                                       "contacts.")
                                        .arg(domain())
                                  : detail);
    }
}

} // namespace Satchel
