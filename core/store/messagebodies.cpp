#include "messagebodies.h"

#include "common/logging.h"
#include "mailcache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Satchel {

namespace {

// Compacting rewrites what is alive; below this a segment is not worth the writes.
constexpr qint64 compactAbove = 4 << 20;

} // namespace

MessageBodies::MessageBodies(MailCache *cache, const QString &databasePath)
    : m_cache(cache)
    , m_store(databasePath)
{}

MessageBodies::~MessageBodies() = default;

bool MessageBodies::setLocation(qint64 folderId, quint32 uid, const std::optional<BodyLocation> &at)
{
    if (!m_setLocation) {
        m_setLocation = std::make_unique<QSqlQuery>(m_cache->database());
        m_setLocation->prepare(
            QStringLiteral("UPDATE messages SET body_segment = ?, body_offset = ?, body_size = ?"
                           " WHERE folder_id = ? AND uid = ?"));
    }
    m_setLocation->bindValue(0, at ? QVariant(at->segment) : QVariant());
    m_setLocation->bindValue(1, at ? QVariant(at->offset) : QVariant());
    m_setLocation->bindValue(2, at ? QVariant(at->size) : QVariant());
    m_setLocation->bindValue(3, folderId);
    m_setLocation->bindValue(4, uid);
    return m_cache->exec(*m_setLocation);
}

Error MessageBodies::store(qint64 folderId, quint32 uid, const QByteArray &bytes)
{
    QString problem;
    const std::optional<BodyLocation> at = m_store.append(folderId, bytes, &problem);
    if (!at)
        return Error(Error::Category::Internal, problem);
    setLocation(folderId, uid, at);
    return {};
}

std::optional<QByteArray> MessageBodies::read(qint64 folderId, quint32 uid)
{
    QSqlQuery query(m_cache->database());
    query.prepare(QStringLiteral("SELECT body_segment, body_offset, body_size FROM messages"
                                 " WHERE folder_id = ? AND uid = ?"));
    query.addBindValue(folderId);
    query.addBindValue(uid);
    if (!m_cache->exec(query) || !query.next() || query.value(2).isNull())
        return std::nullopt;
    const BodyLocation at{query.value(0).toLongLong(), query.value(1).toLongLong(),
                          query.value(2).toLongLong()};
    std::optional<QByteArray> bytes = m_store.read(folderId, at);
    if (!bytes)
        setLocation(folderId, uid, std::nullopt); // downloaded again on the next use
    return bytes;
}

Error MessageBodies::migrateTable()
{
    QSqlQuery query(m_cache->database());
    const auto failed = [&query] {
        return Error(Error::Category::Internal, query.lastError().text());
    };
    for (const char *column : {"body_segment", "body_offset", "body_size"}) {
        if (!query.exec(QStringLiteral("ALTER TABLE messages ADD COLUMN %1 INTEGER")
                            .arg(QLatin1String(column))))
            return failed();
    }
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT folder_id, uid, data FROM bodies")))
        return failed();
    while (query.next()) {
        const Error error = store(query.value(0).toLongLong(), query.value(1).toUInt(),
                                  query.value(2).toByteArray());
        if (error.isError())
            return error;
    }
    query.finish();
    if (!query.exec(QStringLiteral("DROP TABLE bodies")))
        return failed();
    return {};
}

void MessageBodies::messagesRemoved(qint64 folderId)
{
    m_removedFrom.insert(folderId);
}

void MessageBodies::committed()
{
    m_store.commit();
    // Compacting commits too; by then nothing is left to compact.
    for (const qint64 folderId : std::exchange(m_removedFrom, {}))
        compact(folderId);
}

void MessageBodies::rolledBack()
{
    m_store.rollback();
    m_removedFrom.clear();
}

QHash<qint64, qint64> MessageBodies::liveBytes(qint64 folderId) const
{
    QSqlQuery query(m_cache->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT body_segment, SUM(body_size) FROM messages WHERE"
                                 " folder_id = ? AND body_size IS NOT NULL GROUP BY body_segment"));
    query.addBindValue(folderId);
    QHash<qint64, qint64> live;
    if (m_cache->exec(query)) {
        while (query.next())
            live.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return live;
}

void MessageBodies::compact(qint64 folderId)
{
    const QHash<qint64, qint64> live = liveBytes(folderId);
    const QHash<qint64, qint64> segments = m_store.segments(folderId);
    QList<qint64> sparse;
    for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
        const qint64 alive = live.value(it.key());
        if (alive == 0 && m_store.isOpen(folderId, it.key()))
            m_store.startNewSegment(folderId); // ours and empty: the next append starts afresh
        if (m_store.isInUse(folderId, it.key()))
            continue;
        if (alive == 0)
            m_store.removeSegment(folderId, it.key());
        else if (it.value() > compactAbove && alive * 2 < it.value())
            sparse.append(it.key());
    }
    if (!sparse.isEmpty() && !rewrite(folderId, sparse))
        qCWarning(lcStore) << "compacting the stored messages of folder" << folderId
                           << "failed; they stay as they are";
}

// Copies what is alive in SEGMENTS to a new segment, then drops them, in one transaction.
bool MessageBodies::rewrite(qint64 folderId, const QList<qint64> &segments)
{
    if (!m_cache->begin())
        return false;
    m_store.startNewSegment(folderId);
    QSqlQuery query(m_cache->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uid, body_segment, body_offset, body_size FROM messages"
                                 " WHERE folder_id = ? AND body_segment = ?"));
    for (const qint64 segment : segments) {
        query.addBindValue(folderId);
        query.addBindValue(segment);
        if (!m_cache->exec(query)) {
            m_cache->rollback();
            return false;
        }
        QList<std::pair<quint32, BodyLocation>> rows;
        while (query.next()) {
            rows.append({query.value(0).toUInt(),
                         {segment, query.value(2).toLongLong(), query.value(3).toLongLong()}});
        }
        query.finish();
        for (const auto &[uid, at] : std::as_const(rows)) {
            const std::optional<QByteArray> bytes = m_store.read(folderId, at);
            const Error error = bytes ? store(folderId, uid, *bytes) : Error();
            if (error.isError() || (!bytes && !setLocation(folderId, uid, std::nullopt))) {
                m_cache->rollback();
                return false;
            }
        }
        m_store.removeSegment(folderId, segment);
    }
    return m_cache->commit();
}

} // namespace Satchel
