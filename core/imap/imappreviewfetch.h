#pragma once

#include "common/job.h"
#include "imapcacheconversion.h"
#include "store/cachetypes.h"

#include <QHash>
#include <QMap>
#include <QPointer>

namespace Satchel {

class ImapSession;
class MailCache;

// Makes the previews of one batch of a folder's newest messages that have none. A message whose
// whole text is cached gets its preview from there, with no network; the others from the first
// bytes of their text part, BODY.PEEK[part]<0.N> (PEEK: nothing is marked read), one command per
// part number, so a batch costs a few round trips. A message without a text part, or one the
// server no longer has, gets an empty preview so that it is not asked for again.
class ImapPreviewFetch : public Job
{
    Q_OBJECT

public:
    ImapPreviewFetch(ImapSession *session, MailCache *cache, const CachedFolder &folder,
                     QObject *parent = nullptr);

    void setBatchSize(int size) { m_batchSize = size; }
    // Previews stored by this batch.
    int made() const { return m_made; }
    // The batch was full: older messages may still wait for theirs.
    bool mayHaveMore() const { return m_candidates >= m_batchSize; }

protected:
    void doStart() override;

private:
    void plan(const CachedMessage &message);
    void fetchParts();
    void onSelected(quint32 uidValidity);
    void onChunk(const ImapFetchData &data);
    void onFetchFinished(const Error &error);
    void store(quint32 uid, const QString &preview);
    void complete(const Error &error = {});

    QPointer<ImapSession> m_session;
    MailCache *m_cache;
    CachedFolder m_folder;
    int m_batchSize = 50;
    int m_candidates = 0;
    int m_made = 0;
    bool m_inTransaction = false;
    QHash<quint32, ImapCacheConversion::PreviewPart> m_parts; // waiting for their bytes
    QMap<QByteArray, QList<quint32>> m_byItem; // "BODY.PEEK[1]<0.2048>": its messages
    int m_fetching = 0;
    Error m_fetchError;
};

} // namespace Satchel
