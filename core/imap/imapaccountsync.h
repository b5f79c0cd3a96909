#pragma once

#include "common/job.h"
#include "imapparallelsync.h"

#include <QPointer>

namespace Satchel {

class ImapSession;
class MailCache;

// Synchronises an account's folder list and then its folders: ENABLE QRESYNC where offered, LIST
// (with LIST-STATUS and HIGHESTMODSEQ an unchanged folder costs nothing more), folders new on the
// server are added to the cache and folders gone from it are dropped, then an ImapFolderSync per
// folder, several at once over extra connections where more than one folder needs it
// (ImapParallelSync). Asked for one folder the cache knows, it syncs only that one, without
// listing.
class ImapAccountSync : public Job
{
    Q_OBJECT

public:
    using FolderResult = ImapParallelSync::FolderResult;

    ImapAccountSync(ImapSession *session, MailCache *cache, QObject *parent = nullptr);

    // Only this folder (its name or role, as the cache knows it after the LIST); empty for all.
    void setFolder(const QString &name) { m_only = name; }
    void setFetchBodies(bool fetch) { m_fetchBodies = fetch; }
    // See ImapParallelSync::setExtraSessions; without it every folder syncs on the one session.
    void setExtraSessions(int max, const ImapParallelSync::SessionFactory &open)
    {
        m_maxExtra = max;
        m_openSession = open;
    }

    const QList<FolderResult> &results() const { return m_results; }

signals:
    void folderProgress(const QString &folder, quint32 done, quint32 total);

protected:
    void doStart() override;

private:
    void begin();
    void list();
    void onListed(const QList<ImapListData> &mailboxes, const QList<ImapStatusData> &statuses);
    void syncFolders(const QList<CachedFolder> &folders);

    QPointer<ImapSession> m_session;
    MailCache *m_cache;
    QString m_only;
    bool m_fetchBodies = false;
    int m_maxExtra = 0;
    ImapParallelSync::SessionFactory m_openSession;
    QList<ImapStatusData> m_statuses;
    QList<FolderResult> m_results;
};

} // namespace Satchel
