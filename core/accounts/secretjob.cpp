#include "secretjob.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace Satchel {

SecretJob::SecretJob(Operation operation, QString accountId, QString password, QObject *parent)
    : Job(parent)
    , m_operation(operation)
    , m_accountId(std::move(accountId))
    , m_password(std::move(password))
{}

SecretJob *SecretJob::read(const QString &accountId, QObject *parent)
{
    return new SecretJob(Operation::Read, accountId, {}, parent);
}

SecretJob *SecretJob::write(const QString &accountId, const QString &password, QObject *parent)
{
    return new SecretJob(Operation::Write, accountId, password, parent);
}

SecretJob *SecretJob::remove(const QString &accountId, QObject *parent)
{
    return new SecretJob(Operation::Delete, accountId, {}, parent);
}

QString SecretJob::serviceName()
{
    return QStringLiteral("Satchel");
}

void SecretJob::doStart()
{
    // The keychain jobs have no parent: deleting one while the keychain has not answered leaves
    // libsecret calling back into freed memory. They delete themselves once answered; the
    // connection to this job ends with it.
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setTextData(m_password);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_accountId);
    connect(job, &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);
    qCDebug(lcKeychain) << "keychain" << int(m_operation) << "for account" << m_accountId;
    job->start();
}

void SecretJob::onKeychainFinished(QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError) {
        if (m_operation == Operation::Read)
            m_password = qobject_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        finish();
        return;
    }
    qCDebug(lcKeychain) << "keychain error" << job->error() << job->errorString();
    if (job->error() == QKeychain::EntryNotFound) {
        if (m_operation == Operation::Delete) {
            finish(); // nothing to delete is what was wanted
            return;
        }
        finish(Error(Error::Category::Keychain,
                     tr("The keychain holds no password for this account. Give it again with "
                        "--password-stdin, or set the account up anew.")));
        return;
    }
    finish(Error(Error::Category::Keychain,
                 tr("The system keychain cannot be used (%1). Satchel keeps passwords only in "
                    "the keychain, never in a file: start your desktop's keyring (GNOME Keyring, "
                    "KWallet, or the Secret Service of your choice) and unlock it, then try "
                    "again.")
                     .arg(job->errorString())));
}

} // namespace Satchel
