#pragma once

#include "bodystore.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

class QSqlQuery;

namespace Satchel {

class MailCache;

// The cache's downloaded messages: the bytes in BodyStore's segment files, their locations in the
// messages table (body_segment, body_offset, body_size; NULL when not downloaded). After a commit
// that removed messages, a folder's segments that hold no message are deleted and those less than
// half alive are compacted, so that space comes back as Thunderbird's "Compact" would.
class MessageBodies
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::MessageBodies)

public:
    MessageBodies(MailCache *cache, const QString &databasePath);
    ~MessageBodies();

    Error store(qint64 folderId, quint32 uid, const QByteArray &bytes);
    std::optional<QByteArray> read(qint64 folderId, quint32 uid);
    // Schema 1 kept bodies in a table; moves them to segments, in the caller's transaction.
    Error migrateTable();

    // Called by MailCache around its transactions.
    void began(bool inTransaction) { m_store.setInTransaction(inTransaction); }
    void committed();
    void rolledBack();
    void messagesRemoved(qint64 folderId);
    void folderRemoved(qint64 folderId) { m_store.removeFolder(folderId); }

    void compact(qint64 folderId);

private:
    bool setLocation(qint64 folderId, quint32 uid, const std::optional<BodyLocation> &at);
    QHash<qint64, qint64> liveBytes(qint64 folderId) const;
    bool rewrite(qint64 folderId, const QList<qint64> &segments);

    MailCache *m_cache;
    BodyStore m_store;
    std::unique_ptr<QSqlQuery> m_setLocation;
    QSet<qint64> m_removedFrom; // folders with removals in the open transaction
};

} // namespace Satchel
