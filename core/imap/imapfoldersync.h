#pragma once

#include "common/job.h"
#include "imapresponsetypes.h"
#include "imapselectjob.h"
#include "store/cachetypes.h"
#include "store/sharedtransaction.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Satchel {

class ImapSession;
class MailCache;

// Brings one folder of the cache up to date with the server, in the manner of Trojitá's
// ObtainSynchronizedMailboxTask: SELECT; a new UIDVALIDITY drops the folder's cache; flag changes
// since the last HIGHESTMODSEQ (CONDSTORE) with the expunged UIDs alongside (QRESYNC's VANISHED),
// or all flags and a UID SEARCH where the server has neither; headers of the new messages; with
// fetchBodies, the whole text of every message not cached yet. Writes go into the cache in
// transactions of whole messages, and the folder's sync state moves forward only at the end, so
// an interrupted sync leaves a consistent cache that the next sync completes.
class ImapFolderSync : public Job
{
    Q_OBJECT

public:
    struct Stats
    {
        quint32 added = 0;
        quint32 changed = 0;
        quint32 removed = 0;
        quint32 bodies = 0;
        bool unchanged = false; // nothing was asked beyond the folder's state
    };

    ImapFolderSync(ImapSession *session, MailCache *cache, const CachedFolder &folder,
                   QObject *parent = nullptr);

    void setFetchBodies(bool fetch) { m_fetchBodies = fetch; }
    // The folder's STATUS from LIST-STATUS: an unchanged folder is then not even selected.
    void setServerStatus(const ImapStatusData &status) { m_status = status; }
    // Before start(): the connection to sync on, when not the one given at construction.
    void setSession(ImapSession *session);
    // The cache's transaction, shared with the folder syncs running beside this one on other
    // connections; without it the sync has one of its own.
    void setTransaction(SharedTransaction *transaction) { m_transaction = transaction; }
    // False when the STATUS given shows nothing new and no body is missing that should be
    // fetched: start() then finishes without a command.
    bool needsServer() const;

    const Stats &stats() const { return m_stats; }
    const CachedFolder &folder() const { return m_folder; }

signals:
    void progress(quint32 done, quint32 total);

protected:
    void doStart() override;

private:
    bool statusShowsNoChange() const;
    void onSelected(const ImapMailboxState &state);
    void fetchChanges();
    void fetchNew();
    void reconcile();
    void onServerUids(const QList<quint32> &serverUids);
    void fetchHeaders(const QByteArray &uidSet, bool onlyAboveMax);
    void fetchBodies();
    void complete();
    void fail(const Error &error);
    // Commits the transaction so far every so many messages; false after a disk error.
    bool checkpoint(bool force = false);
    QByteArray headerItems() const;
    template <typename J>
    bool failed(J *job);

    QPointer<ImapSession> m_session;
    MailCache *m_cache;
    CachedFolder m_folder;
    bool m_fetchBodies = false;
    std::optional<ImapStatusData> m_status;
    ImapMailboxState m_state;
    quint32 m_maxUid = 0;
    bool m_vanishedReported = false;
    SharedTransaction *m_transaction = nullptr;
    std::unique_ptr<SharedTransaction> m_ownTransaction;
    bool m_inTransaction = false; // joined m_transaction
    quint32 m_sinceCheckpoint = 0;
    quint32 m_done = 0;
    quint32 m_total = 0;
    Stats m_stats;
};

} // namespace Satchel
