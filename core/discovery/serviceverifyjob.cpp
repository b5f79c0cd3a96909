#include "serviceverifyjob.h"

#include "discoverytrust.h"
#include "loginjobfactory.h"
#include "net/loginjob.h"
#include "net/transcript.h"
#include "serviceprobejob.h"

#include <memory>

namespace Satchel {

namespace {

const QList<quint16> commonlyOpenPorts = {443, 80, 21, 25};

QString sourceDescription(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::ProvidersMx:
        return QCoreApplication::translate("Satchel::ServiceVerifyJob",
                                           "the domain's MX records (plain DNS)");
    case DiscoverySource::Srv:
        return QCoreApplication::translate("Satchel::ServiceVerifyJob", "SRV records (plain DNS)");
    default:
        return QCoreApplication::translate("Satchel::ServiceVerifyJob", "guessing");
    }
}

} // namespace

ServiceVerifyJob::ServiceVerifyJob(const DiscoveredService &found, const QString &email,
                                   QObject *parent)
    : Job(parent)
    , m_email(email)
{
    m_result.found = found;
    m_result.used = found.service.toServiceConfig().value_or(ServiceConfig());
    QString localPart;
    QString error;
    ProviderTemplate::splitEmail(email, &localPart, &m_domain, &error);
    m_usernames << (found.service.username.isEmpty() ? email : found.service.username);
}

void ServiceVerifyJob::setUsernames(const QStringList &usernames)
{
    m_usernames.clear();
    for (const QString &username : usernames) {
        if (!username.isEmpty() && !m_usernames.contains(username))
            m_usernames << username;
    }
}

void ServiceVerifyJob::setTimeouts(int connectMs, int readMs)
{
    m_connectMs = connectMs;
    m_readMs = readMs;
}

bool ServiceVerifyJob::mayReceiveCredentials(const QString &host) const
{
    return !DiscoveryTrust::needsApproval(host, m_domain, m_result.found.source) ||
           DiscoveryTrust::isApproved(host, m_approved);
}

void ServiceVerifyJob::doStart()
{
    m_clock.start();
    if (!toServiceType(m_result.found.service.type) ||
        m_result.found.service.type == ProviderServiceType::Ldap) {
        m_result.notes << tr("Satchel cannot log in to %1 yet; it was not checked.")
                              .arg(providerServiceTypeName(m_result.found.service.type));
        succeed();
        return;
    }
    if (!mayReceiveCredentials(m_result.used.host)) {
        const QString domain = DiscoveryTrust::approvalDomainFor(m_result.used.host);
        Error error(Error::Category::Usage,
                    tr("%1 was found through %2, which can be forged, and is outside %3: Satchel "
                       "will not send your password there until you approve %4.")
                        .arg(m_result.used.host, sourceDescription(m_result.found.source), m_domain,
                             domain),
                    domain);
        error.setReason(Error::Reason::NeedsApproval);
        fail(error);
        return;
    }
    attempt();
}

ProviderService ServiceVerifyJob::serviceAt(const Endpoint &endpoint) const
{
    ProviderService service = m_result.found.service;
    service.host = endpoint.host;
    service.port = endpoint.port;
    service.security = endpoint.security;
    service.alternatives.clear();
    return service;
}

void ServiceVerifyJob::attempt()
{
    const QString username = m_usernames.at(m_nextUsername);
    m_result.used.username = username;
    if (!m_tried.contains(username))
        m_tried << username;
    LoginJob *login = createLoginJob(m_result.used, this);
    auto transcript = std::make_shared<Transcript>();
    login->setCredentials(username, m_password);
    login->setTlsPolicy(m_policy);
    login->setTimeouts(m_connectMs, m_readMs);
    login->setTranscript(transcript);
    auto record = std::make_shared<ProbeRecord>();
    record->method = tr("Verification");
    record->what =
        tr("%1, login as %2")
            .arg(ServiceProbeJob::describe(serviceAt(m_result.used.endpoint())), username);
    record->started = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(login, &Job::finished, this, [this, login, transcript, record, clock] {
        record->elapsedMs = clock->elapsed();
        record->ok = !login->error().isError();
        record->outcome = record->ok ? tr("Logged in.") : login->error().message();
        record->capabilities = login->capabilities();
        record->transcript = transcript->lines();
        m_records << *record;
        onLogin(login);
    });
    login->start();
}

void ServiceVerifyJob::onLogin(LoginJob *login)
{
    const Error &error = login->error();
    if (!login->acceptedCertificate().isEmpty())
        m_result.acceptedCertificate = login->acceptedCertificate();
    if (!error.isError()) {
        succeed();
    } else if (error.category() == Error::Category::Authentication) {
        if (m_nextUsername + 1 < m_usernames.size() && m_tried.size() < maxAttempts) {
            ++m_nextUsername;
            attempt();
        } else {
            fail(wrongPasswordError(error));
        }
    } else if (error.category() == Error::Category::Network && !m_onFallback &&
               (error.reason() == Error::Reason::Refused ||
                error.reason() == Error::Reason::TimedOut)) {
        m_result.error = error;
        tryFallbacks();
    } else {
        fail(error);
    }
}

QList<Endpoint> ServiceVerifyJob::fallbacks() const
{
    QList<Endpoint> endpoints;
    for (const ProviderAlternative &alternative : m_result.found.service.alternatives) {
        if (!alternative.url.isEmpty())
            continue;
        const QString host = alternative.host.isEmpty() ? m_result.used.host : alternative.host;
        QList<quint16> ports{alternative.port};
        if (alternative.kind == ProviderAlternative::Kind::Proxy && alternative.anyPort())
            ports = alternative.suggestedPorts.isEmpty() ? commonlyOpenPorts
                                                         : alternative.suggestedPorts;
        for (quint16 port : std::as_const(ports)) {
            const Endpoint endpoint{host, port, alternative.security, false};
            const bool known =
                std::any_of(endpoints.cbegin(), endpoints.cend(), [&](const Endpoint &e) {
                    return e.hostAndPort() == endpoint.hostAndPort();
                });
            if (port != 0 && !known && mayReceiveCredentials(host))
                endpoints << endpoint;
        }
    }
    return endpoints;
}

void ServiceVerifyJob::tryFallbacks()
{
    const QList<Endpoint> candidates = fallbacks();
    if (candidates.isEmpty()) {
        fail(m_result.error);
        return;
    }
    for (const Endpoint &endpoint : candidates) {
        auto *probe = new ServiceProbeJob(serviceAt(endpoint), this);
        probe->setAutoDelete(false);
        probe->setTlsPolicy(m_policy);
        probe->setTimeouts(m_connectMs, m_connectMs);
        probe->setMethod(tr("Firewall check"));
        connect(probe, &Job::finished, this, &ServiceVerifyJob::onFallbackProbed);
        m_fallbackProbes << probe;
    }
    for (ServiceProbeJob *probe : std::as_const(m_fallbackProbes))
        probe->start();
}

void ServiceVerifyJob::onFallbackProbed()
{
    // The first in the provider's order wins: wait for every candidate before it.
    const ServiceProbeJob *winner = nullptr;
    for (const ServiceProbeJob *probe : std::as_const(m_fallbackProbes)) {
        if (!probe->isFinished())
            return;
        if (!probe->error().isError()) {
            winner = probe;
            break;
        }
    }
    QStringList tried;
    for (ServiceProbeJob *probe : std::as_const(m_fallbackProbes)) {
        if (probe->isFinished())
            m_records << probe->record();
        tried << ServiceProbeJob::describe(probe->service());
    }
    const QString blocked = m_result.used.endpoint().hostAndPort();
    if (!winner) {
        m_result.notes << tr("%1 did not answer, nor did the other addresses tried: %2.")
                              .arg(blocked, tried.join(QStringLiteral(", ")));
        fail(m_result.error);
    } else {
        m_onFallback = true;
        m_result.used.host = winner->service().host;
        m_result.used.port = winner->service().port;
        m_result.used.security = winner->service().security;
        m_result.notes << tr("%1 did not answer (a firewall may block that port), so Satchel "
                             "uses %2 instead.")
                              .arg(blocked, m_result.used.endpoint().hostAndPort());
        m_result.error = {};
        attempt();
    }
    for (ServiceProbeJob *probe : std::exchange(m_fallbackProbes, {}))
        probe->deleteLater(); // unfinished ones are aborted with their connections
}

Error ServiceVerifyJob::wrongPasswordError(const Error &serverError) const
{
    const QString who = m_provider ? m_provider->displayName : m_domain;
    QString sentence = tr("%1 refused the password for %2 (tried as %3). ")
                           .arg(m_result.used.endpoint().hostAndPort(), m_email,
                                m_tried.join(QStringLiteral(", ")));
    const ProviderConfig::AppPassword appPassword =
        m_provider ? m_provider->appPassword : ProviderConfig::AppPassword::Unknown;
    if (appPassword == ProviderConfig::AppPassword::Always)
        sentence += tr("%1 needs an app password here: your normal password or a two-step "
                       "verification code will not work.")
                        .arg(who);
    else if (appPassword == ProviderConfig::AppPassword::WithTwoFactor)
        sentence += tr("Once two-step verification is on, %1 needs an app password here: your "
                       "normal password or a two-step verification code will not work.")
                        .arg(who);
    else
        sentence += tr("Most providers need an app password here: your normal password or a "
                       "two-step verification code will not work.");
    const QString link = m_provider ? m_provider->appPasswordLink.url : QString();
    sentence += QLatin1Char(' ') +
                (link.isEmpty() ? tr("Create one in your provider's settings, then try again.")
                                : tr("Make one at %1, then try again.").arg(link));
    if (!serverError.detail().isEmpty())
        sentence += QLatin1Char(' ') + tr("The server said: \"%1\"").arg(serverError.detail());
    return Error(Error::Category::Authentication, sentence, serverError.detail());
}

void ServiceVerifyJob::succeed()
{
    if (m_tried.size() > 1)
        m_result.notes << tr("Logged in as %1: the server did not take %2 as the username.")
                              .arg(m_result.used.username, m_tried.constFirst());
    m_result.error = {};
    m_result.elapsedMs = m_clock.elapsed();
    finish();
}

void ServiceVerifyJob::fail(const Error &error)
{
    m_result.error = error;
    m_result.elapsedMs = m_clock.elapsed();
    finish(error);
}

} // namespace Satchel
