#include "accountstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Satchel {

AccountStore::AccountStore(QString path)
    : m_path(std::move(path))
{}

Error AccountStore::load()
{
    m_accounts.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Category::Input,
                     tr("Cannot read %1: %2.").arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error(Error::Category::Input,
                     tr("The account file %1 is damaged (%2). Restore it from a backup or move "
                        "it away to start afresh.")
                         .arg(m_path, parseError.errorString()));
    for (const QJsonValue value : document.object().value(QLatin1String("accounts")).toArray()) {
        QString error;
        std::optional<Account> account = Account::fromJson(value.toObject(), &error);
        if (!account)
            return Error(Error::Category::Input,
                         tr("The account file %1 is damaged: %2.").arg(m_path, error));
        m_accounts.append(*account);
    }
    return {};
}

Error AccountStore::save() const
{
    QJsonArray accounts;
    for (const Account &account : m_accounts)
        accounts.append(account.toJson());
    const QJsonObject root{{QLatin1String("version"), 1}, {QLatin1String("accounts"), accounts}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 ||
        !file.commit())
        return Error(Error::Category::Input,
                     tr("Cannot save the accounts to %1: %2.").arg(m_path, file.errorString()));
    return {};
}

std::optional<Account> AccountStore::find(const QString &idOrEmail) const
{
    for (const Account &account : m_accounts) {
        if (account.id == idOrEmail || account.email.compare(idOrEmail, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

Error AccountStore::add(Account *account)
{
    if (find(account->email))
        return alreadyExists(account->email);
    if (account->id.isEmpty()) {
        do {
            account->id = newId();
        } while (find(account->id));
    }
    m_accounts.append(*account);
    return {};
}

bool AccountStore::remove(const QString &id)
{
    return m_accounts.removeIf([&id](const Account &account) { return account.id == id; }) > 0;
}

Error AccountStore::alreadyExists(const QString &email)
{
    return Error(
        Error::Category::Usage,
        tr("An account for %1 exists already; remove it first to set it up anew.").arg(email));
}

QString AccountStore::newId()
{
    return QString::number(QRandomGenerator::system()->generate() & 0xffffffu, 16)
        .rightJustified(6, QLatin1Char('0'));
}

} // namespace Satchel
