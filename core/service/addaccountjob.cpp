#include "addaccountjob.h"

#include "accounts.h"
#include "accounts/accountstore.h"
#include "accounts/secretjob.h"
#include "checkjob.h"

#include <QCoreApplication>

namespace Satchel {

AddAccountJob::AddAccountJob(Accounts *accounts, const Account &account, const QString &password,
                             QObject *parent)
    : Job(parent)
    , m_accounts(accounts)
    , m_account(account)
    , m_password(password)
{}

void AddAccountJob::doStart()
{
    if (m_account.name.isEmpty())
        m_account.name = m_account.email.section(QLatin1Char('@'), 0, 0);
    const QString invalid = m_account.validate();
    if (!invalid.isEmpty()) {
        finish(Error(Error::Category::Usage, invalid));
        return;
    }
    if (m_accounts->find(m_account.email)) {
        finish(AccountStore::alreadyExists(m_account.email));
        return;
    }
    do {
        m_account.id = AccountStore::newId();
    } while (m_accounts->find(m_account.id));

    if (!m_verify) {
        storePassword();
        return;
    }
    CheckJob *check = m_accounts->check(m_account, m_password);
    connect(check, &Job::finished, this, [this, check] {
        if (isFinished())
            return; // cancelled
        m_results = check->results();
        const Error error = check->error().isError() ? check->error() : check->firstServiceError();
        if (error.isError())
            finish(error);
        else
            storePassword();
    });
    check->start();
}

void AddAccountJob::cancel()
{
    m_cancelled = true;
    if (!m_writingSecret)
        finish(cancelledError());
}

Error AddAccountJob::cancelledError() const
{
    return Error(Error::Category::Usage,
                 tr("Adding %1 was cancelled; nothing was saved.").arg(m_account.email));
}

void AddAccountJob::storePassword()
{
    if (m_password.isEmpty()) {
        saveAccount();
        return;
    }
    m_writingSecret = true;
    SecretJob *secret = SecretJob::write(m_account.id, m_password, this);
    connect(secret, &Job::finished, this, [this, secret] {
        m_writingSecret = false;
        if (secret->error().isError()) {
            finish(secret->error());
        } else if (m_cancelled) {
            SecretJob *undo = SecretJob::remove(m_account.id, this);
            connect(undo, &Job::finished, this, [this] { finish(cancelledError()); });
            undo->start();
        } else {
            saveAccount();
        }
    });
    secret->start();
}

void AddAccountJob::saveAccount()
{
    const Error error = m_accounts->store(m_account);
    if (!error.isError()) {
        finish();
        return;
    }
    SecretJob *undo = SecretJob::remove(m_account.id, this);
    connect(undo, &Job::finished, this, [this, error] { finish(error); });
    undo->start();
}

} // namespace Satchel
