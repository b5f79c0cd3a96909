#include "discoveryrun.h"

#include "dnsbed.h"
#include "jobrun.h"
#include "testbed.h"

#include <QElapsedTimer>
#include <QTest>

namespace Satchel::Test {

const DiscoveredService *DiscoveryOutcome::service(ProviderServiceType type) const
{
    for (const DiscoveredService &candidate : result.services) {
        if (candidate.service.type == type)
            return &candidate;
    }
    return nullptr;
}

const DiscoveryStep *DiscoveryOutcome::step(const QString &method) const
{
    for (const DiscoveryStep &candidate : steps) {
        if (candidate.method == method)
            return &candidate;
    }
    return nullptr;
}

bool runDiscovery(const QString &email, const QStringList &rules, DiscoveryOutcome *outcome,
                  int deadlineMs, const std::function<void(DiscoveryJob *)> &whileRunning)
{
    DnsBed::instance().apply(rules);
    auto *job = new DiscoveryJob;
    job->setEmail(email);
    job->setTlsPolicy(TestBed::instance().tlsPolicy());
    job->setDeadline(deadlineMs);
    QObject::connect(job, &DiscoveryJob::serviceFound, job, [outcome] { ++outcome->found; });
    QObject::connect(job, &DiscoveryJob::serviceChanged, job, [outcome] { ++outcome->changed; });
    QElapsedTimer clock;
    clock.start();
    JobRun<DiscoveryJob> run(job);
    if (whileRunning)
        whileRunning(job);
    const bool done = QTest::qWaitFor([&] { return run.done; }, deadlineMs + 10000);
    outcome->elapsedMs = clock.elapsed();
    if (!done)
        return false;
    outcome->result = job->result();
    outcome->steps = job->steps();
    outcome->report = job->report();
    return !job->error().isError();
}

} // namespace Satchel::Test
