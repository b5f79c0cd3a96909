#pragma once

#include "common/job.h"
#include "servicecheckresult.h"

namespace Satchel {

class Accounts;

// Adds an account: verifies it by logging in to each service (unless told not to), puts the app
// password in the keychain, then saves the account in the profile. Nothing is saved when any
// step fails, and a password already written is taken back out.
class AddAccountJob : public Job
{
    Q_OBJECT

public:
    AddAccountJob(Accounts *accounts, const Account &account, const QString &password,
                  QObject *parent = nullptr);

    void setVerify(bool verify) { m_verify = verify; }
    // Stops the job: nothing is saved, and a password already written is taken back out. The
    // job finishes at once, or as soon as the keychain has answered a write in flight.
    void cancel();
    const Account &account() const { return m_account; }
    const QList<ServiceCheckResult> &checkResults() const { return m_results; }

protected:
    void doStart() override;

private:
    void storePassword();
    void saveAccount();
    Error cancelledError() const;

    Accounts *m_accounts;
    Account m_account;
    QString m_password;
    bool m_verify = true;
    bool m_cancelled = false;
    bool m_writingSecret = false;
    QList<ServiceCheckResult> m_results;
};

} // namespace Satchel
