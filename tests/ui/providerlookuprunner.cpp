#include "providerlookuprunner.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Satchel {

ProviderLookupRunner::ProviderLookupRunner(const ProviderDatabase &database, QObject *parent)
    : DiscoveryRunner(parent)
    , m_database(database)
{
    m_step.method = tr("Provider database");
}

void ProviderLookupRunner::start(const QString &email)
{
    if (m_started)
        return;
    m_started = true;
    m_result.email = email;
    emit stepChanged(m_step);
    QTimer::singleShot(0, this, &ProviderLookupRunner::lookUp);
}

void ProviderLookupRunner::lookUp()
{
    if (m_finished)
        return;
    QElapsedTimer clock;
    clock.start();
    QString error;
    m_result.provider = m_database.settingsFor(m_result.email, &error);
    if (m_result.provider) {
        for (const ProviderService &service : std::as_const(m_result.provider->services)) {
            if (!toServiceType(service.type))
                continue; // WebDAV, FTP: nothing an account holds
            DiscoveredService found;
            found.service = service;
            found.source = DiscoverySource::Providers;
            m_result.services << found;
            emit serviceFound(found);
        }
        m_step.state = DiscoveryStep::State::Found;
        m_step.detail = m_result.provider->displayName;
    } else {
        m_step.state = DiscoveryStep::State::NothingFound;
        m_step.detail =
            tr("%1 is not in the database.").arg(m_result.email.section(QLatin1Char('@'), 1));
    }
    m_step.elapsedMs = clock.elapsed();
    m_report.setEmail(m_result.email);
    m_report.addSummary(
        tr("%1: %2 (%3 ms)").arg(m_step.method, m_step.detail).arg(m_step.elapsedMs));
    emit stepChanged(m_step);
    finish();
}

void ProviderLookupRunner::cancel()
{
    if (m_finished || !m_started)
        return;
    m_step.state = DiscoveryStep::State::Skipped;
    emit stepChanged(m_step);
    finish();
}

void ProviderLookupRunner::finish()
{
    m_finished = true;
    emit finished();
}

} // namespace Satchel
