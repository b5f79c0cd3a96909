#pragma once

#include "accounts/account.h"
#include "accounts/accountstore.h"
#include "common/error.h"
#include "common/profile.h"
#include "net/tlspolicy.h"
#include "servicecheckresult.h"

#include <QObject>
#include <QSet>

#include <map>
#include <memory>

namespace Satchel {

class AccountWorker;
class AddAccountJob;
class CheckJob;
class FolderListJob;
class FoldersJob;
class MailChangeJob;
class MessageListJob;
class ReadMessageJob;
class SyncJob;
class RemoveAccountJob;
class SendJob;
class WatchJob;
class WorkerThread;

// The API the GUI and the CLI share: the accounts of a profile, and asynchronous jobs that run
// each account's network work on that account's own worker thread. Lives on the caller's
// thread; nothing it hands out holds a socket or a database handle.
class Accounts : public QObject
{
    Q_OBJECT

public:
    explicit Accounts(const Profile &profile, QObject *parent = nullptr);
    ~Accounts() override;

    // Reads the profile (accounts and certificate pins). Call once before anything else.
    Error load();

    const Profile &profile() const { return m_profile; }
    QList<Account> list() const { return m_store.accounts(); }
    std::optional<Account> find(const QString &idOrEmail) const;

    // Extra CA certificates (--ca-file) and fingerprints accepted for this run.
    TlsPolicy &tlsPolicy() { return m_policy; }
    // The user's answer to a certificate that failed verification: trust it for this run only,
    // or remember it for its host and port (a pin, saved in the profile at once).
    Error trustCertificate(const CertificateDetails &certificate, bool remember);

    // Jobs are created not started: connect to finished, then call start().
    CheckJob *check(const Account &account, std::optional<QString> password = std::nullopt);
    FoldersJob *folders(const Account &account, std::optional<QString> password = std::nullopt);
    SyncJob *sync(const Account &account, std::optional<QString> password = std::nullopt);
    MessageListJob *messages(const Account &account);
    FolderListJob *cachedFolders(const Account &account);
    // Watching the INBOX (IDLE): new mail is synced into the cache as it comes, and
    // backgroundSynced tells when.
    WatchJob *setWatching(const Account &account, bool watch,
                          std::optional<QString> password = std::nullopt);
    ReadMessageJob *read(const Account &account, std::optional<QString> password = std::nullopt);
    MailChangeJob *change(const Account &account, std::optional<QString> password = std::nullopt);
    // Queues mail in the account's outbox and sends it (see SendJob).
    SendJob *send(const Account &account, std::optional<QString> password = std::nullopt);
    AddAccountJob *add(const Account &account, const QString &password);
    RemoveAccountJob *remove(const QString &accountId);

    // Used by the jobs above.
    Error store(const Account &account);
    Error forget(const QString &accountId);
    // Remembers (pins) the certificates the user accepted by fingerprint for services that
    // then logged in.
    void pinAcceptedCertificates(const QList<ServiceCheckResult> &results);

signals:
    void accountsChanged();
    // A sync nobody asked for (the INBOX watcher's) finished; error says why it failed.
    void backgroundSynced(const QString &accountId, const Satchel::Error &error);
    // Previews of some of the folder's messages are in the cache now (made after a sync).
    void previewsMade(const QString &accountId, const QString &folder);

private:
    AccountWorker *workerFor(const QString &accountId);

    Profile m_profile;
    AccountStore m_store;
    TlsPolicy m_policy;
    QSet<QByteArray> m_trustedForThisRun; // accepted once: never pinned by a later check
    std::map<QString, std::unique_ptr<WorkerThread>> m_workers;
};

} // namespace Satchel
