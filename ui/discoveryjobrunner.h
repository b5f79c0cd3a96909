#pragma once

#include "discoveryrunner.h"

#include <QPointer>

namespace Satchel {

// The real discovery (DiscoveryJob: provider database, MX, autoconfig, SRV, guessing) behind
// the wizard's seam.
class DiscoveryJobRunner : public DiscoveryRunner
{
    Q_OBJECT

public:
    explicit DiscoveryJobRunner(const TlsPolicy &policy, QObject *parent = nullptr);
    ~DiscoveryJobRunner() override;

    void start(const QString &email) override;
    void cancel() override;
    bool isFinished() const override { return m_finished; }
    DiscoveryResult result() const override;
    QList<DiscoveryStep> steps() const override;
    SetupReport report() const override;

private:
    TlsPolicy m_policy;
    QPointer<DiscoveryJob> m_job;
    bool m_finished = false;
};

} // namespace Satchel
