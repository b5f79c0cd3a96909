#pragma once

#include "accounts/account.h"
#include "common/job.h"
#include "net/tlspolicy.h"

#include <QPointer>

namespace Satchel {

class AccountWorker;

// Work for one account on its worker thread: gets the app password (given, or from the keychain),
// then run()s. Subclasses send the request to the worker and finish on its answer.
class AccountJob : public Job
{
    Q_OBJECT

public:
    AccountJob(const Account &account, AccountWorker *worker, const TlsPolicy &policy,
               QObject *parent = nullptr);

    // Use this password instead of reading the keychain.
    void setPassword(const QString &password) { m_password = password; }
    const Account &account() const { return m_account; }

protected:
    void doStart() override;
    virtual void run(const QString &password) = 0;

    AccountWorker *worker() const;
    const TlsPolicy &tlsPolicy() const { return m_policy; }
    // The account's service with the email address as username where none is set.
    ServiceConfig withUsername(ServiceConfig service) const;
    quint64 newRequestId();
    bool workerGone();

private:
    Account m_account;
    QPointer<AccountWorker> m_worker;
    TlsPolicy m_policy;
    std::optional<QString> m_password;
};

} // namespace Satchel
