#pragma once

#include "accountjob.h"
#include "servicecheckresult.h"

namespace Satchel {

// Logs in to each IMAP, POP3 and SMTP service of an account on the account's worker thread.
// The job itself fails only when it could not run (no password in the keychain); how each
// service fared is in results().
class CheckJob : public AccountJob
{
    Q_OBJECT

public:
    using AccountJob::AccountJob;

    const QList<ServiceCheckResult> &results() const { return m_results; }
    // The first failed service's error, or none.
    Error firstServiceError() const;

protected:
    void run(const QString &password) override;

private:
    QList<ServiceCheckResult> m_results;
};

} // namespace Satchel
