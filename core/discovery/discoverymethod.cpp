#include "discoverymethod.h"

#include "discoverytrust.h"
#include "net/dnsquery.h"

namespace Satchel {

DiscoveryMethod::DiscoveryMethod(const QString &name, const QString &email, QObject *parent)
    : Job(parent)
    , m_email(email)
{
    QString localPart;
    QString error;
    ProviderTemplate::splitEmail(email, &localPart, &m_domain, &error);
    m_step.method = name;
}

void DiscoveryMethod::doStart()
{
    m_clock.start();
    m_step.state = DiscoveryStep::State::Running;
    emit stepChanged(m_step);
    run();
}

void DiscoveryMethod::progress(const QString &detail)
{
    m_step.detail = detail;
    m_step.elapsedMs = m_clock.elapsed();
    emit stepChanged(m_step);
}

void DiscoveryMethod::conclude(DiscoveryStep::State state, const QString &detail)
{
    if (isFinished())
        return;
    m_step.state = state;
    m_step.detail = detail;
    m_step.elapsedMs = m_clock.elapsed();
    emit stepChanged(m_step);
    finish();
}

void DiscoveryMethod::markDnsUnusable()
{
    if (m_step.state == DiscoveryStep::State::Found || m_dnsInconclusive == 0)
        return;
    m_step.state = DiscoveryStep::State::Failed;
    m_step.detail = tr("The DNS server gave no usable answer.");
    emit stepChanged(m_step);
}

QList<DiscoveredService> DiscoveryMethod::servicesOf(const ProviderConfig &expanded,
                                                     DiscoverySource source) const
{
    QList<DiscoveredService> services;
    for (const ProviderService &service : expanded.services) {
        DiscoveredService found;
        found.service = service;
        found.source = source;
        DiscoveryTrust::apply(&found, m_domain);
        services << found;
    }
    return services;
}

void DiscoveryMethod::lookup(QDnsLookup::Type type, const QString &name,
                             const std::function<void(DnsQuery *)> &then)
{
    auto *query = new DnsQuery(type, name, this);
    auto record = std::make_shared<ProbeRecord>();
    record->method = m_step.method;
    record->what = QStringLiteral("DNS %1 %2").arg(DnsQuery::typeName(type), name);
    record->started = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(query, &Job::finished, this, [this, query, record, clock, then] {
        record->elapsedMs = clock->elapsed();
        record->ok = !query->error().isError();
        if (query->error().isError() || query->inconclusive())
            ++m_dnsInconclusive;
        else
            ++m_dnsConclusive;
        record->outcome = record->ok ? QString() : query->error().message();
        if (record->ok)
            record->transcript = query->describe();
        emit recorded(*record);
        then(query);
    });
    query->start();
}

} // namespace Satchel
