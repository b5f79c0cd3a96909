#pragma once

#include "common/job.h"

namespace QKeychain {
class Job;
}

namespace Satchel {

// Reads, writes or deletes an account's app password in the OS keychain (QtKeychain: Secret
// Service, macOS Keychain, Windows Credential Manager). There is no file fallback: without a
// keychain the job fails with a sentence saying so.
class SecretJob : public Job
{
    Q_OBJECT

public:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };

    static SecretJob *read(const QString &accountId, QObject *parent = nullptr);
    static SecretJob *write(const QString &accountId, const QString &password,
                            QObject *parent = nullptr);
    static SecretJob *remove(const QString &accountId, QObject *parent = nullptr);

    QString password() const { return m_password; }
    static QString serviceName();

protected:
    void doStart() override;

private:
    SecretJob(Operation operation, QString accountId, QString password, QObject *parent);
    void onKeychainFinished(QKeychain::Job *job);

    Operation m_operation;
    QString m_accountId;
    QString m_password;
};

} // namespace Satchel
