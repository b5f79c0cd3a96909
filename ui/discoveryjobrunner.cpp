#include "discoveryjobrunner.h"

namespace Satchel {

DiscoveryJobRunner::DiscoveryJobRunner(const TlsPolicy &policy, QObject *parent)
    : DiscoveryRunner(parent)
    , m_policy(policy)
{}

DiscoveryJobRunner::~DiscoveryJobRunner()
{
    cancel();
}

void DiscoveryJobRunner::start(const QString &email)
{
    if (m_job || m_finished)
        return;
    m_job = new DiscoveryJob(this);
    // Kept after it finished: its result, steps and report are read from it.
    m_job->setAutoDelete(false);
    m_job->setEmail(email);
    m_job->setTlsPolicy(m_policy);
    connect(m_job, &DiscoveryJob::stepChanged, this, &DiscoveryRunner::stepChanged);
    connect(m_job, &DiscoveryJob::serviceFound, this, &DiscoveryRunner::serviceFound);
    connect(m_job, &DiscoveryJob::serviceChanged, this, &DiscoveryRunner::serviceChanged);
    connect(m_job, &Job::finished, this, [this] {
        m_finished = true;
        emit finished();
    });
    m_job->start();
}

void DiscoveryJobRunner::cancel()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

DiscoveryResult DiscoveryJobRunner::result() const
{
    return m_job ? m_job->result() : DiscoveryResult{};
}

QList<DiscoveryStep> DiscoveryJobRunner::steps() const
{
    return m_job ? m_job->steps() : QList<DiscoveryStep>{};
}

SetupReport DiscoveryJobRunner::report() const
{
    return m_job ? m_job->report() : SetupReport{};
}

} // namespace Satchel
