#pragma once

#include "discovery/providerdatabase.h"
#include "discoveryrunner.h"

namespace Satchel {

// Discovery from a provider database alone, for the wizard's tests: a database of the test's own
// names the test bed's servers, which no real discovery would find on their loopback ports. It
// asks no network, so it answers within one turn of the event loop.
class ProviderLookupRunner : public DiscoveryRunner
{
    Q_OBJECT

public:
    explicit ProviderLookupRunner(const ProviderDatabase &database, QObject *parent = nullptr);

    void start(const QString &email) override;
    void cancel() override;
    bool isFinished() const override { return m_finished; }
    DiscoveryResult result() const override { return m_result; }
    QList<DiscoveryStep> steps() const override { return {m_step}; }
    SetupReport report() const override { return m_report; }

private:
    void lookUp();
    void finish();

    const ProviderDatabase &m_database;
    DiscoveryResult m_result;
    DiscoveryStep m_step;
    SetupReport m_report;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Satchel
