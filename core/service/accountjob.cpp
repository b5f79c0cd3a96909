#include "accountjob.h"

#include "accounts/secretjob.h"
#include "accountworker.h"

#include <atomic>

namespace Satchel {

namespace {

std::atomic<quint64> nextRequestId{1};

} // namespace

AccountJob::AccountJob(const Account &account, AccountWorker *worker, const TlsPolicy &policy,
                       QObject *parent)
    : Job(parent)
    , m_account(account)
    , m_worker(worker)
    , m_policy(policy)
{}

void AccountJob::doStart()
{
    if (m_password) {
        run(*m_password);
        return;
    }
    SecretJob *secret = SecretJob::read(m_account.id, this);
    connect(secret, &Job::finished, this, [this, secret] {
        if (secret->error().isError())
            finish(secret->error());
        else
            run(secret->password());
    });
    secret->start();
}

AccountWorker *AccountJob::worker() const
{
    return m_worker;
}

ServiceConfig AccountJob::withUsername(ServiceConfig service) const
{
    if (service.username.isEmpty())
        service.username = m_account.email;
    return service;
}

quint64 AccountJob::newRequestId()
{
    return nextRequestId++;
}

bool AccountJob::workerGone()
{
    if (m_worker)
        return false;
    finish(Error(Error::Category::Internal, tr("The account was removed while it was busy.")));
    return true;
}

} // namespace Satchel
