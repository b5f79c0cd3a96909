#pragma once

#include "common/job.h"
#include "discoveryjob.h"
#include "net/tlspolicy.h"
#include "setupreport.h"

#include <QDnsLookup>
#include <QElapsedTimer>

#include <functional>

namespace Satchel {

class DnsQuery;

// One way of finding an address's settings (provider database, MX, autoconfig, SRV, guessing),
// run by DiscoveryEngine beside the others. It reports its step, what it found and what it
// tried; it finishes when it has nothing more to say, and its error is never set: a method that
// fails says so in its step.
class DiscoveryMethod : public Job
{
    Q_OBJECT

public:
    DiscoveryMethod(const QString &name, const QString &email, QObject *parent = nullptr);

    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    const DiscoveryStep &step() const { return m_step; }
    // DNS answers that tell something (records, or "no such name") and those that do not.
    int conclusiveDnsAnswers() const { return m_dnsConclusive; }
    int inconclusiveDnsAnswers() const { return m_dnsInconclusive; }
    // Marks the step failed after the fact: DNS turned out not to answer at all.
    void markDnsUnusable();

signals:
    void stepChanged(const Satchel::DiscoveryStep &step);
    void found(const QList<Satchel::DiscoveredService> &services);
    void providerFound(const Satchel::ProviderConfig &provider, Satchel::DiscoverySource source);
    void recorded(const Satchel::ProbeRecord &record);
    void noted(const QString &note);

protected:
    void doStart() override;
    virtual void run() = 0;

    // Ends the method with its step's outcome.
    void conclude(DiscoveryStep::State state, const QString &detail);
    void progress(const QString &detail);
    const QString &email() const { return m_email; }
    const QString &domain() const { return m_domain; }
    const TlsPolicy &tlsPolicy() const { return m_policy; }
    // Services of a provider configuration, expanded for the address, marked with their source.
    QList<DiscoveredService> servicesOf(const ProviderConfig &expanded,
                                        DiscoverySource source) const;
    // Asks DNS and records the question and its answer for the setup report.
    void lookup(QDnsLookup::Type type, const QString &name,
                const std::function<void(DnsQuery *)> &then);

private:
    QString m_email;
    QString m_domain;
    TlsPolicy m_policy;
    DiscoveryStep m_step;
    QElapsedTimer m_clock;
    int m_dnsConclusive = 0;
    int m_dnsInconclusive = 0;
};

} // namespace Satchel
