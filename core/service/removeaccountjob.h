#pragma once

#include "common/job.h"

namespace Satchel {

class Accounts;

// Removes an account from the profile and its password from the keychain.
class RemoveAccountJob : public Job
{
    Q_OBJECT

public:
    RemoveAccountJob(Accounts *accounts, const QString &accountId, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    Accounts *m_accounts;
    QString m_accountId;
};

} // namespace Satchel
