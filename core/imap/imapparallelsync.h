#pragma once

#include "common/job.h"
#include "imapfoldersync.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace Satchel {

class ImapSession;
class MailCache;

// Runs the folder syncs of an account sync, as Trojitá and Thunderbird do: on the account's
// session, and when more than one folder needs a real sync (more than LIST-STATUS told), over up
// to a few extra connections at once, each a serial command stream of its own. The folder syncs
// share the cache's one transaction (SharedTransaction). A connection the server refuses (too
// many connections for the user) is done without: the folders go to the connections that work,
// and a folder whose connection drops under it is tried once more on another. Extra connections
// are logged out as soon as no folder is left for them. One folder failing does not stop the
// others; the job's error is then the first failure, and every folder's result carries its own.
class ImapParallelSync : public Job
{
    Q_OBJECT

public:
    struct FolderResult
    {
        QString name;
        ImapFolderSync::Stats stats;
        Error error;
    };
    // A new session for the server, set up but not opened, with a parent that outlives the sync;
    // ImapParallelSync opens it, logs it out when done with it and deletes it once closed.
    using SessionFactory = std::function<ImapSession *()>;

    // Servers limit connections per user and address (Dovecot 10, Gmail 15): never more than this.
    static constexpr int maxExtraSessions = 5;

    ImapParallelSync(ImapSession *session, MailCache *cache, QObject *parent = nullptr);

    void setFolders(const QList<CachedFolder> &folders) { m_folders = folders; }
    // Their LIST-STATUS, to skip the unchanged ones.
    void setStatuses(const QList<ImapStatusData> &statuses) { m_statuses = statuses; }
    void setFetchBodies(bool fetch) { m_fetchBodies = fetch; }
    // Up to max extra connections (capped at maxExtraSessions) from open; none by default.
    void setExtraSessions(int max, const SessionFactory &open);

    // In the order of the folders given.
    const QList<FolderResult> &results() const { return m_results; }

signals:
    void folderProgress(const QString &folder, quint32 done, quint32 total);

protected:
    void doStart() override;

private:
    struct Pending
    {
        qsizetype index = 0;
        CachedFolder folder;
        ImapFolderSync *sync = nullptr; // made when started, if not already
        bool retried = false;
    };

    std::optional<ImapStatusData> statusOf(const QByteArray &rawName) const;
    bool isSelectedAndQuiet(const CachedFolder &folder) const;
    ImapFolderSync *newFolderSync(const CachedFolder &folder);
    void openExtraSessions(int count);
    void onExtraClosed(ImapSession *session, bool wasOpen, const Error &error);
    void dispatch();
    void startOn(Pending pending, ImapSession *session);
    void onFolderSynced(const Pending &pending, ImapFolderSync *sync, ImapSession *session);
    ImapSession *takeIdleSession();
    void releaseIdleExtras();
    void maybeEnd();
    void end();

    QPointer<ImapSession> m_session;
    MailCache *m_cache;
    QList<CachedFolder> m_folders;
    QList<ImapStatusData> m_statuses;
    bool m_fetchBodies = false;
    int m_maxExtra = 0;
    SessionFactory m_openSession;
    SharedTransaction m_transaction;
    QList<Pending> m_waiting;
    QList<QPointer<ImapSession>> m_idle;
    QList<QPointer<ImapSession>> m_extras;
    int m_opening = 0;
    int m_running = 0;
    QList<FolderResult> m_results;
};

} // namespace Satchel
