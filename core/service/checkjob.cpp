#include "checkjob.h"

#include "accounts/secretjob.h"
#include "accountworker.h"

#include <QCoreApplication>

#include <atomic>

namespace Satchel {

namespace {

std::atomic<quint64> nextRequestId{1};

} // namespace

CheckJob::CheckJob(const Account &account, AccountWorker *worker, const TlsPolicy &policy,
                   QObject *parent)
    : Job(parent)
    , m_account(account)
    , m_worker(worker)
    , m_policy(policy)
{}

void CheckJob::setPassword(const QString &password)
{
    m_password = password;
}

Error CheckJob::firstServiceError() const
{
    for (const ServiceCheckResult &result : m_results) {
        if (!result.ok())
            return result.error;
    }
    return {};
}

void CheckJob::doStart()
{
    if (m_password) {
        runChecks(*m_password);
        return;
    }
    SecretJob *secret = SecretJob::read(m_account.id, this);
    connect(secret, &Job::finished, this, [this, secret] {
        if (secret->error().isError())
            finish(secret->error());
        else
            runChecks(secret->password());
    });
    secret->start();
}

void CheckJob::runChecks(const QString &password)
{
    if (!m_worker) {
        finish(Error(Error::Category::Internal,
                     QCoreApplication::translate("Satchel::CheckJob",
                                                 "The account was removed during the check.")));
        return;
    }
    m_requestId = nextRequestId++;
    connect(m_worker, &AccountWorker::servicesChecked, this,
            [this](quint64 requestId, const QList<ServiceCheckResult> &results) {
                if (requestId != m_requestId)
                    return;
                m_results = results;
                finish();
            });
    QList<ServiceConfig> services = m_account.services;
    for (ServiceConfig &service : services) {
        if (service.username.isEmpty())
            service.username = m_account.email;
    }
    AccountWorker *worker = m_worker;
    const quint64 requestId = m_requestId;
    const TlsPolicy policy = m_policy;
    QMetaObject::invokeMethod(worker, [worker, requestId, services, password, policy] {
        worker->checkServices(requestId, services, password, policy);
    });
}

} // namespace Satchel
