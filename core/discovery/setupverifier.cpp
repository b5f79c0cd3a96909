#include "setupverifier.h"

#include "serviceverifyjob.h"

namespace Satchel {

SetupVerifier::SetupVerifier(QObject *parent)
    : QObject(parent)
{}

void SetupVerifier::start(const Request &request)
{
    m_request = request;
    m_report.setEmail(request.email);
    m_results.resize(request.services.size());
    if (request.services.isEmpty()) {
        emit done({}, m_report);
        return;
    }
    const auto incoming = std::find_if(request.services.cbegin(), request.services.cend(),
                                       [](const DiscoveredService &s) {
                                           return s.service.type == ProviderServiceType::Imap ||
                                                  s.service.type == ProviderServiceType::Pop3;
                                       });
    m_lead = incoming == request.services.cend() ? 0 : incoming - request.services.cbegin();
    run(m_lead, QString());
}

QStringList SetupVerifier::usernamesFor(const DiscoveredService &found,
                                        const QString &preferred) const
{
    QStringList usernames{preferred, found.service.username.isEmpty() ? m_request.email
                                                                      : found.service.username};
    usernames << found.service.usernameAlternatives;
    if (m_request.provider)
        usernames << m_request.provider->usernameAlternatives;
    return usernames;
}

void SetupVerifier::run(qsizetype index, const QString &preferredUsername)
{
    const DiscoveredService &found = m_request.services.at(index);
    auto *job = new ServiceVerifyJob(found, m_request.email, this);
    job->setPassword(m_request.password);
    job->setUsernames(usernamesFor(found, preferredUsername));
    job->setProvider(m_request.provider);
    job->setApprovedDomains(m_request.approvedDomains);
    job->setTlsPolicy(m_request.policy);
    job->setTimeouts(m_request.connectMs, m_request.readMs);
    connect(job, &Job::finished, this, [this, index, job] {
        if (index == m_lead)
            onLeadDone(job);
        onServiceDone(index, job);
    });
    job->start();
}

void SetupVerifier::onLeadDone(ServiceVerifyJob *job)
{
    const ServiceVerification &lead = job->result();
    const bool passwordRefused = lead.error.category() == Error::Category::Authentication;
    for (qsizetype i = 0; i < m_request.services.size(); ++i) {
        if (i == m_lead)
            continue;
        if (!passwordRefused) {
            run(i, lead.ok() ? lead.used.username : QString());
            continue;
        }
        ServiceVerification skipped;
        skipped.found = m_request.services.at(i);
        skipped.used = skipped.found.service.toServiceConfig().value_or(ServiceConfig());
        skipped.error = Error(Error::Category::Authentication,
                              tr("Not tried: %1 refused the password, and trying it on every "
                                 "server could lock the account.")
                                  .arg(lead.used.endpoint().hostAndPort()));
        m_results[i] = skipped;
        emit verified(skipped);
    }
}

void SetupVerifier::onServiceDone(qsizetype index, ServiceVerifyJob *job)
{
    m_results[index] = job->result();
    m_usernamesTried << job->usernamesTried();
    for (const ProbeRecord &record : job->records())
        m_report.add(record);
    emit verified(job->result());
    if (!std::all_of(m_results.cbegin(), m_results.cend(), [](const auto &r) { return bool(r); }))
        return;
    QList<ServiceVerification> results;
    for (const std::optional<ServiceVerification> &result : std::as_const(m_results))
        results << *result;
    m_report.addSummary(tr("Verification of %1:").arg(m_request.email));
    for (const ServiceVerification &result : std::as_const(results)) {
        m_report.addSummary(tr("  %1 %2 as %3: %4")
                                .arg(serviceTypeName(result.used.type),
                                     result.used.endpoint().hostAndPort(), result.used.username,
                                     result.ok() ? tr("ok") : result.error.message()));
        for (const QString &note : result.notes)
            m_report.addSummary(QStringLiteral("    ") + note);
    }
    for (const QString &username : std::as_const(m_usernamesTried))
        m_report.scrub(username, m_request.password);
    m_request.password.clear();
    emit done(results, m_report);
}

} // namespace Satchel
