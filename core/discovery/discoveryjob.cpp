#include "discoveryjob.h"

#include "common/jobthread.h"
#include "discoveryengine.h"

#include <QTimer>

namespace Satchel {

DiscoveryJob::DiscoveryJob(QObject *parent)
    : Job(parent)
{
    qRegisterMetaType<Satchel::DiscoveryStep>();
    qRegisterMetaType<Satchel::DiscoveredService>();
    qRegisterMetaType<Satchel::DiscoveryResult>();
    qRegisterMetaType<Satchel::ProbeRecord>();
}

DiscoveryJob::~DiscoveryJob() = default;

void DiscoveryJob::doStart()
{
    QString localPart;
    QString domain;
    QString message;
    if (!ProviderTemplate::splitEmail(m_email, &localPart, &domain, &message)) {
        finish(Error(Error::Category::Usage, message));
        return;
    }
    m_result.email = m_email;
    m_report.setEmail(m_email);
    m_engine = new DiscoveryEngine;
    connect(m_engine, &DiscoveryEngine::stepChanged, this, &DiscoveryJob::onStep);
    connect(m_engine, &DiscoveryEngine::serviceChanged, this, &DiscoveryJob::onService);
    connect(m_engine, &DiscoveryEngine::resultChanged, this, [this](const DiscoveryResult &r) {
        if (!isFinished())
            m_result = r;
    });
    connect(m_engine, &DiscoveryEngine::recorded, this, [this](const ProbeRecord &record) {
        if (!isFinished())
            m_report.add(record);
    });
    connect(m_engine, &DiscoveryEngine::done, this, &DiscoveryJob::onEngineDone);
    m_thread = std::make_unique<JobThread>(m_engine, QStringLiteral("Discovery"));

    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        end(DiscoveryStep::State::Failed,
            tr("Not finished within %1 seconds").arg(m_deadlineMs / 1000.0));
    });
    m_deadline->start(m_deadlineMs);

    DiscoveryEngine *engine = m_engine;
    const QString email = m_email;
    const TlsPolicy policy = m_policy;
    QMetaObject::invokeMethod(engine, [engine, email, policy] { engine->start(email, policy); });
}

void DiscoveryJob::cancel()
{
    end(DiscoveryStep::State::Skipped, tr("Stopped"));
}

void DiscoveryJob::onStep(const DiscoveryStep &step)
{
    if (isFinished())
        return;
    const auto it = std::find_if(m_steps.begin(), m_steps.end(),
                                 [&](const DiscoveryStep &s) { return s.method == step.method; });
    if (it == m_steps.end())
        m_steps << step;
    else
        *it = step;
    emit stepChanged(step);
}

void DiscoveryJob::onService(const DiscoveredService &service, bool isNew)
{
    if (isFinished())
        return;
    if (isNew)
        emit serviceFound(service);
    else
        emit serviceChanged(service);
}

void DiscoveryJob::onEngineDone()
{
    if (!isFinished())
        end(DiscoveryStep::State::Failed, QString());
}

void DiscoveryJob::end(DiscoveryStep::State unfinished, const QString &why)
{
    if (isFinished() || !m_engine)
        return;
    m_deadline->stop();
    QStringList stopped;
    for (DiscoveryStep &step : m_steps) {
        if (step.state != DiscoveryStep::State::Running)
            continue;
        step.state = unfinished;
        step.detail = why;
        stopped << step.method;
        emit stepChanged(step);
    }
    if (!stopped.isEmpty())
        m_result.notes << tr("Discovery stopped before these checks had finished: %1.")
                              .arg(stopped.join(QStringLiteral(", ")));
    m_result.sortServices();
    m_report.addSummary(tr("Discovery of %1:").arg(m_email));
    for (const DiscoveryStep &step : std::as_const(m_steps))
        m_report.addSummary(
            tr("  %1: %2 (%3 ms)").arg(step.method, step.detail).arg(step.elapsedMs));
    for (const DiscoveredService &service : std::as_const(m_result.services))
        m_report.addSummary(
            tr("  found %1 %2:%3 (%4) from %5, %6")
                .arg(providerServiceTypeName(service.service.type), service.service.host)
                .arg(service.service.port)
                .arg(securityName(service.service.security), discoverySourceName(service.source),
                     service.verified ? tr("answered") : tr("not verified")));
    for (const QString &note : std::as_const(m_result.notes))
        m_report.addSummary(tr("  note: %1").arg(note));
    stopEngine();
    finish();
}

void DiscoveryJob::stopEngine()
{
    // Deleting the engine on its thread aborts its sockets and lookups.
    DiscoveryEngine *engine = m_engine;
    m_engine = nullptr;
    disconnect(engine, nullptr, this, nullptr);
    QMetaObject::invokeMethod(engine, [engine] { delete engine; });
}

} // namespace Satchel
