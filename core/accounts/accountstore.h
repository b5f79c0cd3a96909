#pragma once

#include "account.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QList>

namespace Satchel {

// The accounts of one profile, in accounts.json. Holds no secret: passwords live in the OS
// keychain only (SecretJob).
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::AccountStore)

public:
    explicit AccountStore(QString path);

    Error load();
    Error save() const;

    const QList<Account> &accounts() const { return m_accounts; }
    // By short id or by email address (case-insensitive).
    std::optional<Account> find(const QString &idOrEmail) const;
    // Gives the account a fresh id when it has none; refuses a second account for one address.
    Error add(Account *account);
    bool remove(const QString &id);

    static QString newId();
    // The sentence for a second account with an address that has one already.
    static Error alreadyExists(const QString &email);

private:
    QString m_path;
    QList<Account> m_accounts;
};

} // namespace Satchel
