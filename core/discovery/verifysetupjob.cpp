#include "verifysetupjob.h"

#include "common/jobthread.h"
#include "setupverifier.h"

namespace Satchel {

VerifySetupJob::VerifySetupJob(QObject *parent)
    : Job(parent)
{
    qRegisterMetaType<Satchel::ServiceVerification>();
    qRegisterMetaType<QList<Satchel::ServiceVerification>>();
    qRegisterMetaType<Satchel::SetupReport>();
}

VerifySetupJob::~VerifySetupJob() = default;

Error VerifySetupJob::firstServiceError() const
{
    for (const ServiceVerification &result : m_results) {
        if (!result.ok())
            return result.error;
    }
    return {};
}

void VerifySetupJob::doStart()
{
    auto *verifier = new SetupVerifier;
    connect(verifier, &SetupVerifier::verified, this, &VerifySetupJob::serviceVerified);
    connect(verifier, &SetupVerifier::done, this,
            [this](const QList<ServiceVerification> &results, const SetupReport &report) {
                m_results = results;
                m_report = report;
                finish();
            });
    m_thread = std::make_unique<JobThread>(verifier, QStringLiteral("Verification"));
    SetupVerifier::Request request;
    request.email = m_email;
    request.password = std::exchange(m_password, {});
    request.provider = m_provider;
    request.services = m_services;
    request.approvedDomains = m_approved;
    request.policy = m_policy;
    request.connectMs = m_connectMs;
    QMetaObject::invokeMethod(verifier, [verifier, request] { verifier->start(request); });
}

} // namespace Satchel
