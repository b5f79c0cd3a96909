#pragma once

#include "common/job.h"
#include "net/tlspolicy.h"
#include "servicecheckresult.h"

#include <QPointer>

namespace Satchel {

class AccountWorker;

// Logs in to each IMAP, POP3 and SMTP service of an account on the account's worker thread.
// The job itself fails only when it could not run (no password in the keychain); how each
// service fared is in results().
class CheckJob : public Job
{
    Q_OBJECT

public:
    CheckJob(const Account &account, AccountWorker *worker, const TlsPolicy &policy,
             QObject *parent = nullptr);

    // Use this password instead of reading the keychain.
    void setPassword(const QString &password);

    const Account &account() const { return m_account; }
    const QList<ServiceCheckResult> &results() const { return m_results; }
    // The first failed service's error, or none.
    Error firstServiceError() const;

protected:
    void doStart() override;

private:
    void runChecks(const QString &password);

    Account m_account;
    QPointer<AccountWorker> m_worker;
    TlsPolicy m_policy;
    std::optional<QString> m_password;
    QList<ServiceCheckResult> m_results;
    quint64 m_requestId = 0;
};

} // namespace Satchel
