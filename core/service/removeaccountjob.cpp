#include "removeaccountjob.h"

#include "accounts.h"
#include "accounts/secretjob.h"

namespace Satchel {

RemoveAccountJob::RemoveAccountJob(Accounts *accounts, const QString &accountId, QObject *parent)
    : Job(parent)
    , m_accounts(accounts)
    , m_accountId(accountId)
{}

void RemoveAccountJob::doStart()
{
    // The profile entry goes first: an account without its password can be set up again, a
    // password left behind in the keychain would be an orphaned secret.
    const Error error = m_accounts->forget(m_accountId);
    if (error.isError()) {
        finish(error);
        return;
    }
    SecretJob *secret = SecretJob::remove(m_accountId, this);
    connect(secret, &Job::finished, this, [this, secret] { finish(secret->error()); });
    secret->start();
}

} // namespace Satchel
