#include "discoveryengine.h"

#include "autoconfigdiscovery.h"
#include "common/logging.h"
#include "discoverytrust.h"
#include "guessdiscovery.h"
#include "mxdiscovery.h"
#include "providerdiscovery.h"
#include "serviceprobejob.h"
#include "srvdiscovery.h"

#include <QSet>

namespace Satchel {

DiscoveryEngine::DiscoveryEngine(QObject *parent)
    : QObject(parent)
{}

void DiscoveryEngine::start(const QString &email, const TlsPolicy &policy)
{
    m_email = email;
    m_policy = policy;
    m_result.email = email;
    m_clock.start();
    m_probeStep.method = tr("Checking servers");
    m_probeStep.detail = tr("Waiting for findings");
    emit stepChanged(m_probeStep);
    addMethod(new ProviderDiscovery(email, this));
    addMethod(new MxDiscovery(email, this));
    addMethod(new AutoconfigDiscovery(email, this));
    addMethod(new SrvDiscovery(email, this));
    addMethod(new GuessDiscovery(email, this));
    for (DiscoveryMethod *method : std::as_const(m_methods))
        method->start();
}

void DiscoveryEngine::addMethod(DiscoveryMethod *method)
{
    method->setAutoDelete(false);
    method->setTlsPolicy(m_policy);
    connect(method, &DiscoveryMethod::stepChanged, this, &DiscoveryEngine::stepChanged);
    connect(method, &DiscoveryMethod::recorded, this, &DiscoveryEngine::recorded);
    connect(method, &DiscoveryMethod::providerFound, this, &DiscoveryEngine::onProvider);
    connect(method, &DiscoveryMethod::found, this,
            [this](const QList<DiscoveredService> &services) {
                for (const DiscoveredService &service : services)
                    addService(service);
                publish();
            });
    connect(method, &DiscoveryMethod::noted, this, [this](const QString &note) {
        if (!m_result.notes.contains(note))
            m_result.notes << note;
        publish();
    });
    connect(method, &Job::finished, this, &DiscoveryEngine::checkDone);
    m_methods << method;
}

void DiscoveryEngine::onProvider(const ProviderConfig &provider, DiscoverySource source)
{
    // The domain's own word beats an inference from its MX records.
    static const QList<DiscoverySource> precedence = {
        DiscoverySource::Providers, DiscoverySource::Autoconfig, DiscoverySource::ProvidersMx};
    if (m_providerSource && precedence.indexOf(*m_providerSource) <= precedence.indexOf(source))
        return;
    m_providerSource = source;
    m_result.provider = provider;
    publish();
}

void DiscoveryEngine::addService(const DiscoveredService &found)
{
    const QString key = ServiceProbeJob::key(found.service);
    const auto it = m_indexByKey.constFind(key);
    if (it == m_indexByKey.constEnd()) {
        m_indexByKey.insert(key, m_result.services.size());
        m_result.services << found;
        emit serviceChanged(found, true);
        if (!found.verified && !found.error.isError() &&
            ServiceProbeJob::canProbe(found.service.type))
            probe(key);
        return;
    }
    DiscoveredService &existing = m_result.services[*it];
    if (DiscoveryResult::sourceRank(found.source) < DiscoveryResult::sourceRank(existing.source)) {
        existing.service = found.service;
        existing.source = found.source;
        existing.needsApproval = found.needsApproval;
        existing.approvalDomain = found.approvalDomain;
    }
    if (found.verified && !existing.verified) {
        existing.verified = true;
        existing.capabilities = found.capabilities;
        existing.error = {};
    }
    emit serviceChanged(existing, false);
}

void DiscoveryEngine::probe(const QString &key)
{
    auto *job = new ServiceProbeJob(m_result.services.at(m_indexByKey.value(key)).service, this);
    job->setTlsPolicy(m_policy);
    job->setMethod(m_probeStep.method);
    ++m_probesRunning;
    updateProbeStep();
    connect(job, &Job::finished, this, [this, job, key] {
        --m_probesRunning;
        ++m_probesDone;
        emit recorded(job->record());
        DiscoveredService &service = m_result.services[m_indexByKey.value(key)];
        if (!service.verified) {
            service.verified = !job->error().isError();
            service.capabilities = job->capabilities();
            service.error = job->error();
            m_probesVerified += service.verified ? 1 : 0;
        }
        emit serviceChanged(service, false);
        updateProbeStep();
        publish();
        checkDone();
    });
    job->start();
}

void DiscoveryEngine::updateProbeStep()
{
    m_probeStep.state = DiscoveryStep::State::Running;
    m_probeStep.detail = tr("%1 of %2 checked, %3 answered")
                             .arg(m_probesDone)
                             .arg(m_probesDone + m_probesRunning)
                             .arg(m_probesVerified);
    m_probeStep.elapsedMs = m_clock.elapsed();
    emit stepChanged(m_probeStep);
}

void DiscoveryEngine::checkDone()
{
    const bool methodsDone = std::all_of(m_methods.cbegin(), m_methods.cend(),
                                         [](const DiscoveryMethod *m) { return m->isFinished(); });
    if (m_done || !methodsDone || m_probesRunning > 0)
        return;
    m_done = true;
    const auto count = [this](const auto &predicate) {
        return int(std::count_if(m_result.services.cbegin(), m_result.services.cend(), predicate));
    };
    const int verified = count([](const DiscoveredService &s) { return s.verified; });
    const int checked =
        count([](const DiscoveredService &s) { return s.verified || s.error.isError(); });
    m_probeStep.elapsedMs = m_clock.elapsed();
    if (checked == 0) {
        m_probeStep.state = DiscoveryStep::State::Skipped;
        m_probeStep.detail = tr("Nothing to check");
    } else {
        m_probeStep.state =
            verified > 0 ? DiscoveryStep::State::Found : DiscoveryStep::State::Failed;
        m_probeStep.detail = tr("%1 of %2 servers answered").arg(verified).arg(checked);
    }
    emit stepChanged(m_probeStep);
    const bool dnsAnswered = std::any_of(m_methods.cbegin(), m_methods.cend(),
                                         [](auto *m) { return m->conclusiveDnsAnswers() > 0; });
    if (!dnsAnswered) {
        for (DiscoveryMethod *method : std::as_const(m_methods))
            method->markDnsUnusable();
        m_result.notes << tr("The DNS server gave no usable answer, so the domain's MX and SRV "
                             "records could not be checked.");
    }
    for (const QString &note : closingNotes()) {
        if (!m_result.notes.contains(note))
            m_result.notes << note;
    }
    publish();
    qCDebug(lcDiscovery) << "discovery of" << m_email << "done in" << m_clock.elapsed() << "ms";
    emit done();
}

QStringList DiscoveryEngine::closingNotes() const
{
    QStringList notes;
    const QString domain = m_email.section(QLatin1Char('@'), -1).toLower();
    if (m_result.services.isEmpty()) {
        notes << tr("Satchel found no settings for %1. Enter the servers by hand; your "
                    "provider's help pages name them.")
                     .arg(m_email);
        return notes;
    }
    const bool anyVerified = std::any_of(m_result.services.cbegin(), m_result.services.cend(),
                                         [](const DiscoveredService &s) { return s.verified; });
    const bool unreachable = std::any_of(
        m_result.services.cbegin(), m_result.services.cend(),
        [](const DiscoveredService &s) { return s.error.category() == Error::Category::Network; });
    if (!anyVerified && unreachable)
        notes << tr("None of the servers could be reached to check them, so these settings are "
                    "not verified. Check your internet connection, or go on: they are checked "
                    "again when you log in.");
    QSet<QString> domains;
    for (const DiscoveredService &service : m_result.services) {
        if (!service.needsApproval || domains.contains(service.approvalDomain))
            continue;
        domains.insert(service.approvalDomain);
        notes << tr("Servers at %1 were found through DNS, which can be forged, and are outside "
                    "%2. Satchel sends your password there only after you approve %1.")
                     .arg(service.approvalDomain, domain);
    }
    return notes;
}

void DiscoveryEngine::publish()
{
    DiscoveryResult snapshot = m_result;
    snapshot.sortServices();
    emit resultChanged(snapshot);
}

} // namespace Satchel
