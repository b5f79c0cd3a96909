#pragma once

#include "accounts/account.h"
#include "imap/imapaccountsync.h"
#include "imap/imapchangereplay.h"
#include "net/tlspolicy.h"
#include "store/cachetypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Satchel {

class ImapInboxWatcher;
class ImapSession;
class MailCache;

// What a sync did, for the GUI and the CLI.
struct SyncReport
{
    QList<ImapAccountSync::FolderResult> folders;
    int replayed = 0;
    QList<ImapChangeReplay::Refusal> refused;
    Error error;
};

// A change the user asked for, before it is queued.
struct MailChangeRequest
{
    PendingChange::Kind kind = PendingChange::Kind::Flag;
    QString folder; // name or role as the cache knows it; for CreateFolder the new folder's name
    quint32 uid = 0;
    QString argument; // "+\Seen" …, or the destination folder of a move
};

struct ChangeReport
{
    qint64 changeId = 0; // the change asked for, as queued
    bool queued = false; // the server could not be reached: kept, made on the next connection
    int replayed = 0;
    QList<ImapChangeReplay::Refusal> refused;
    Error error;
};

// An IMAP account's mail on its worker thread: the offline cache, one persistent connection for
// the selected folder (reopened when it drops), a few more while a sync has several folders to
// bring up to date (ImapParallelSync), and a queue that runs the requests one at a time
// on it, so that one request's SELECT never lands between another's commands. Other threads
// reach it only through QMetaObject::invokeMethod; answers come back through the callbacks given,
// on this thread (the service jobs post them home).
class MailEngine : public QObject
{
    Q_OBJECT

public:
    explicit MailEngine(const QString &cachePath, QObject *parent = nullptr);
    ~MailEngine() override;

    // The server to use for requests that need one; a changed password or policy reconnects.
    void setServer(const ServiceConfig &imap, const QString &password, const TlsPolicy &policy);

    // Each request answers with its signal, carrying the requestId it was given. With previews,
    // once the sync has answered, the previews of the synced folders' newest messages are made in
    // batches behind the requests waiting by then (previewsMade tells of each batch, previewsDone
    // when the sync's last batch is made).
    void sync(quint64 requestId, const QString &folder, bool bodies, bool previews = true);
    void listMessages(quint64 requestId, const QString &folder, const MessageQuery &query);
    // The folders as the cache knows them, with its counts: works offline.
    void listFolders(quint64 requestId);
    // The message's exact bytes: from the cache, else fetched (BODY.PEEK, so it stays unread) and
    // kept for offline reading.
    void readMessage(quint64 requestId, const QString &folder, quint32 uid);
    // Queues the change durably, shows it in the cache at once, then makes every queued change
    // on the server if it can be reached.
    void change(quint64 requestId, const MailChangeRequest &request);
    // Watches the INBOX on a second connection (IDLE, or NOOP polling) and syncs it whenever
    // the server has news: new mail shows within a second. Those syncs answer with requestId 0.
    void setWatching(bool watch);
    // Logs out of the connection, if one is open.
    void close();

signals:
    void syncProgress(quint64 requestId, const QString &folder, quint32 done, quint32 total);
    void synced(quint64 requestId, const Satchel::SyncReport &report);
    void messagesListed(quint64 requestId, const QList<Satchel::CachedMessage> &messages,
                        const Satchel::Error &error);
    void foldersListed(quint64 requestId, const QList<Satchel::CachedFolder> &folders,
                       const Satchel::Error &error);
    void messageRead(quint64 requestId, const QByteArray &bytes, const Satchel::Error &error);
    void changed(quint64 requestId, const Satchel::ChangeReport &report);
    void previewsMade(const QString &folder);
    void previewsDone(quint64 requestId);

private:
    using Step = std::function<void(const std::function<void()> &next)>;
    using SessionReady = std::function<void(ImapSession *, const Error &)>;

    Error openCache();
    void syncWatched();
    void enqueue(const Step &step);
    void runNext();
    void withSession(const SessionReady &ready);
    // Set up for the account's server, not opened yet.
    ImapSession *newSession();
    void onSessionClosed(const Error &error);
    QByteArray newFolderName(const QString &name) const;
    Error queueChange(const MailChangeRequest &request, qint64 *changeId);
    void replay(ImapSession *session,
                const std::function<void(int, const QList<ImapChangeReplay::Refusal> &,
                                         const Error &)> &done);
    void queuePreviews(quint64 requestId, const QString &folder, int budget);
    void previewStepDone(quint64 requestId);
    void fetchBody(ImapSession *session, const CachedFolder &folder, quint32 uid,
                   const std::function<void(const QByteArray &, const Error &)> &done);

    QString m_cachePath;
    std::unique_ptr<MailCache> m_cache;
    ServiceConfig m_imap;
    QString m_password;
    TlsPolicy m_policy;
    QPointer<ImapSession> m_session;
    bool m_sessionReady = false;
    QList<SessionReady> m_waitingForSession;
    QList<Step> m_steps;
    bool m_running = false;
    QPointer<ImapInboxWatcher> m_watcher;
    bool m_watchSyncPending = false;
    bool m_watchNewsWaiting = false;
    QHash<quint64, int> m_previewSteps; // per sync: folders whose previews are still queued
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::SyncReport)
Q_DECLARE_METATYPE(Satchel::ChangeReport)
Q_DECLARE_METATYPE(Satchel::CachedMessage)
Q_DECLARE_METATYPE(Satchel::CachedFolder)
