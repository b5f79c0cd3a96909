#include "serviceprobejob.h"

#include "loginjobfactory.h"
#include "net/loginjob.h"
#include "net/transcript.h"

namespace Satchel {

ServiceProbeJob::ServiceProbeJob(const ProviderService &service, QObject *parent)
    : Job(parent)
    , m_service(service)
{
    m_record.what = describe(service);
}

void ServiceProbeJob::setTimeouts(int connectMs, int readMs)
{
    m_connectMs = connectMs;
    m_readMs = readMs;
}

bool ServiceProbeJob::canProbe(ProviderServiceType type)
{
    switch (type) {
    case ProviderServiceType::Imap:
    case ProviderServiceType::Pop3:
    case ProviderServiceType::Smtp:
    case ProviderServiceType::CalDav:
    case ProviderServiceType::CardDav:
        return true;
    case ProviderServiceType::Ldap:
    case ProviderServiceType::WebDav:
    case ProviderServiceType::Ftp:
        break;
    }
    return false;
}

QString ServiceProbeJob::describe(const ProviderService &service)
{
    const QString type = providerServiceTypeName(service.type).toUpper();
    if (!service.url.isEmpty())
        return QStringLiteral("%1 %2").arg(type, service.url);
    const Endpoint endpoint{service.host, service.port, service.security, false};
    return QStringLiteral("%1 %2 (%3)")
        .arg(type, endpoint.hostAndPort(), securityName(service.security));
}

QString ServiceProbeJob::key(const ProviderService &service)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(providerServiceTypeName(service.type), service.host.toLower())
        .arg(service.port)
        .arg(securityName(service.security), service.url);
}

void ServiceProbeJob::doStart()
{
    m_record.started = QDateTime::currentDateTimeUtc();
    m_clock.start();
    const std::optional<ServiceConfig> config = m_service.toServiceConfig();
    LoginJob *login = config ? createLoginJob(*config, this) : nullptr;
    if (!login) {
        m_record.outcome = tr("Satchel cannot check this kind of service yet.");
        finish(Error(Error::Category::Internal, m_record.outcome));
        return;
    }
    auto transcript = std::make_shared<Transcript>();
    login->setProbeOnly(true);
    login->setTlsPolicy(m_policy);
    login->setTimeouts(m_connectMs, m_readMs);
    login->setTranscript(transcript);
    connect(login, &Job::finished, this, [this, login, transcript] {
        m_record.elapsedMs = m_clock.elapsed();
        m_record.ok = !login->error().isError();
        m_record.capabilities = login->capabilities();
        m_record.transcript = transcript->lines();
        m_record.outcome = m_record.ok ? tr("The server answered; no credential was sent.")
                                       : login->error().message();
        finish(login->error());
    });
    login->start();
}

} // namespace Satchel
