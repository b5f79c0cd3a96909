#include "mailcache.h"

#include "common/logging.h"
#include "messagebodies.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Satchel {

namespace {

constexpr int schemaVersion = 3;

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS folders ("
    " id INTEGER PRIMARY KEY, raw_name BLOB NOT NULL UNIQUE, name TEXT NOT NULL,"
    " delimiter TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',"
    " selectable INTEGER NOT NULL DEFAULT 1, subscribed INTEGER NOT NULL DEFAULT 0,"
    " uid_validity INTEGER NOT NULL DEFAULT 0, uid_next INTEGER NOT NULL DEFAULT 0,"
    " highest_modseq INTEGER NOT NULL DEFAULT 0, server_exists INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS messages ("
    " folder_id INTEGER NOT NULL, uid INTEGER NOT NULL, modseq INTEGER NOT NULL DEFAULT 0,"
    " flags TEXT NOT NULL DEFAULT '', seen INTEGER NOT NULL DEFAULT 0,"
    " internal_date INTEGER, size INTEGER NOT NULL DEFAULT 0, date INTEGER, date_offset INTEGER,"
    " subject TEXT NOT NULL DEFAULT '', from_ TEXT NOT NULL DEFAULT '',"
    " to_ TEXT NOT NULL DEFAULT '', cc TEXT NOT NULL DEFAULT '', message_id BLOB, in_reply_to BLOB,"
    " structure BLOB, body_segment INTEGER, body_offset INTEGER, body_size INTEGER,"
    " preview TEXT, PRIMARY KEY (folder_id, uid)) WITHOUT ROWID",
    // The folder list's counts read this small index instead of the rows with their structures.
    "CREATE INDEX IF NOT EXISTS messages_seen ON messages (folder_id, seen)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS changes ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, folder BLOB NOT NULL,"
    " uid_validity INTEGER NOT NULL DEFAULT 0, uid INTEGER NOT NULL DEFAULT 0,"
    " argument BLOB NOT NULL DEFAULT '', created INTEGER NOT NULL)",
};

const char *const messageColumns =
    "uid, modseq, flags, internal_date, size, date, date_offset, subject, from_, to_, cc,"
    " message_id, in_reply_to, structure, body_size IS NOT NULL, preview";

QString joinFlags(const QList<QByteArray> &flags)
{
    return QString::fromUtf8(flags.join(' '));
}

QList<QByteArray> splitFlags(const QString &text)
{
    QList<QByteArray> flags = text.toUtf8().split(' ');
    flags.removeAll(QByteArray());
    return flags;
}

// A null QString binds as SQL NULL; the text columns hold '' for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant epoch(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toSecsSinceEpoch()) : QVariant();
}

QDateTime fromEpoch(const QVariant &seconds, const QVariant &offset)
{
    if (seconds.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::OffsetFromUTC,
                                         offset.isNull() ? 0 : offset.toInt());
}

CachedMessage readMessage(const QSqlQuery &query)
{
    CachedMessage message;
    message.uid = query.value(0).toUInt();
    message.modSeq = query.value(1).toULongLong();
    message.flags = splitFlags(query.value(2).toString());
    message.internalDate = fromEpoch(query.value(3), {});
    message.size = query.value(4).toULongLong();
    message.date = fromEpoch(query.value(5), query.value(6));
    message.subject = query.value(7).toString();
    message.from = query.value(8).toString();
    message.to = query.value(9).toString();
    message.cc = query.value(10).toString();
    message.messageId = query.value(11).toByteArray();
    message.inReplyTo = query.value(12).toByteArray();
    message.structure = query.value(13).toByteArray();
    message.hasBody = query.value(14).toBool();
    message.preview = query.value(15).toString();
    return message;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

MailCache::MailCache(const QString &path)
    : m_path(path)
    , m_bodies(std::make_unique<MessageBodies>(this, path))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("satchel-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

MailCache::~MailCache()
{
    m_insertMessage.reset();
    m_bodies.reset(); // its prepared statement before the connection
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error MailCache::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        return Error(Error::Category::Internal,
                     tr("The mail cache %1 cannot be opened: %2. Check that the disk has space "
                        "and the profile folder is writable.")
                         .arg(m_path, m_db.lastError().text()));
    }
    return createSchema();
}

Error MailCache::createSchema()
{
    QSqlQuery query(m_db);
    const QStringList pragmas = {QStringLiteral("PRAGMA journal_mode=WAL"),
                                 QStringLiteral("PRAGMA synchronous=NORMAL"),
                                 QStringLiteral("PRAGMA foreign_keys=ON")};
    for (const QString &pragma : pragmas)
        query.exec(pragma);
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish(); // SQLite refuses DROP TABLE while any statement is still active
    if (version == schemaVersion)
        return {}; // nothing written: a resync that finds no change must not pay for a commit
    if (version > schemaVersion) {
        return Error(Error::Category::Internal,
                     tr("The mail cache %1 was written by a newer Satchel; update Satchel or "
                        "remove the file to download the mail again.")
                         .arg(m_path));
    }
    begin();
    if (version == 1) {
        if (const Error error = m_bodies->migrateTable(); error.isError()) {
            rollback();
            return Error(
                Error::Category::Internal,
                tr("The mail cache %1 cannot be upgraded: %2").arg(m_path, error.message()));
        }
    }
    if (version >= 1 && version < 3 && !addPreviews()) {
        rollback();
        return Error(
            Error::Category::Internal,
            tr("The mail cache %1 cannot be upgraded: %2").arg(m_path, takeError().message()));
    }
    for (const char *statement : schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            rollback();
            return Error(
                Error::Category::Internal,
                tr("The mail cache %1 cannot be set up: %2").arg(m_path, query.lastError().text()));
        }
    }
    query.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
    if (!commit())
        return takeError();
    return {};
}

bool MailCache::begin()
{
    const bool began = m_db.transaction();
    m_bodies->began(began);
    return began;
}

bool MailCache::commit()
{
    if (m_db.commit()) {
        m_bodies->committed();
        return true;
    }
    if (!m_error.isError()) {
        m_error = Error(Error::Category::Internal,
                        tr("The mail cache %1 could not save changes: %2. Check that the disk "
                           "has space.")
                            .arg(m_path, m_db.lastError().text()));
    }
    rollback();
    return false;
}

void MailCache::rollback()
{
    m_db.rollback();
    m_bodies->rolledBack();
}

Error MailCache::takeError()
{
    return std::exchange(m_error, Error());
}

bool MailCache::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    qCWarning(lcStore) << "cache query failed:" << query.lastError().text();
    if (!m_error.isError()) {
        m_error = Error(Error::Category::Internal,
                        tr("The mail cache %1 could not be read or written: %2")
                            .arg(m_path, query.lastError().text()));
    }
    return false;
}

CachedFolder MailCache::readFolder(const QSqlQuery &query) const
{
    CachedFolder folder;
    folder.id = query.value(0).toLongLong();
    folder.rawName = query.value(1).toByteArray();
    folder.name = query.value(2).toString();
    folder.delimiter = query.value(3).toString();
    folder.role = query.value(4).toString();
    folder.selectable = query.value(5).toBool();
    folder.subscribed = query.value(6).toBool();
    folder.uidValidity = query.value(7).toUInt();
    folder.uidNext = query.value(8).toUInt();
    folder.highestModSeq = query.value(9).toULongLong();
    folder.serverExists = query.value(10).toUInt();
    folder.total = query.value(11).toUInt();
    folder.unread = query.value(12).toUInt();
    return folder;
}

namespace {

QString folderSelect(const char *where)
{
    return QStringLiteral(
               "SELECT f.id, f.raw_name, f.name, f.delimiter, f.role, f.selectable, f.subscribed,"
               " f.uid_validity, f.uid_next, f.highest_modseq, f.server_exists,"
               " (SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id),"
               " (SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id AND m.seen = 0)"
               " FROM folders f %1")
        .arg(QLatin1String(where));
}

} // namespace

QList<CachedFolder> MailCache::folders() const
{
    QSqlQuery query(m_db);
    query.prepare(folderSelect("ORDER BY f.id"));
    QList<CachedFolder> folders;
    if (exec(query)) {
        while (query.next())
            folders.append(readFolder(query));
    }
    return folders;
}

std::optional<CachedFolder> MailCache::folder(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(folderSelect("WHERE f.name = ? OR f.role = lower(?) ORDER BY f.name = ? DESC"));
    query.addBindValue(name);
    query.addBindValue(name);
    query.addBindValue(name);
    if (exec(query) && query.next())
        return readFolder(query);
    return std::nullopt;
}

std::optional<CachedFolder> MailCache::folderByRawName(const QByteArray &rawName) const
{
    QSqlQuery query(m_db);
    query.prepare(folderSelect("WHERE f.raw_name = ?"));
    query.addBindValue(rawName);
    if (exec(query) && query.next())
        return readFolder(query);
    return std::nullopt;
}

std::optional<CachedFolder> MailCache::folderById(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(folderSelect("WHERE f.id = ?"));
    query.addBindValue(id);
    if (exec(query) && query.next())
        return readFolder(query);
    return std::nullopt;
}

qint64 MailCache::upsertFolder(const CachedFolder &folder)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO folders (raw_name, name, delimiter, role, selectable, subscribed)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (raw_name) DO UPDATE SET name = excluded.name,"
        " delimiter = excluded.delimiter, role = excluded.role,"
        " selectable = excluded.selectable, subscribed = excluded.subscribed"
        " WHERE (name, delimiter, role, selectable, subscribed) IS NOT (excluded.name,"
        " excluded.delimiter, excluded.role, excluded.selectable, excluded.subscribed)"));
    query.addBindValue(folder.rawName);
    query.addBindValue(text(folder.name));
    query.addBindValue(text(folder.delimiter));
    query.addBindValue(text(folder.role));
    query.addBindValue(folder.selectable);
    query.addBindValue(folder.subscribed);
    if (!exec(query))
        return 0;
    const std::optional<CachedFolder> stored = folderByRawName(folder.rawName);
    return stored ? stored->id : 0;
}

void MailCache::removeFolder(qint64 id)
{
    resetFolder(id);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    query.addBindValue(id);
    exec(query);
}

void MailCache::setSyncState(qint64 id, quint32 uidValidity, quint32 uidNext, quint64 highestModSeq,
                             quint32 serverExists)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE folders SET uid_validity = ?, uid_next = ?,"
                                 " highest_modseq = ?, server_exists = ? WHERE id = ?"));
    query.addBindValue(uidValidity);
    query.addBindValue(uidNext);
    query.addBindValue(qint64(highestModSeq));
    query.addBindValue(serverExists);
    query.addBindValue(id);
    exec(query);
}

void MailCache::resetFolder(qint64 id)
{
    m_bodies->folderRemoved(id);
    for (const char *statement :
         {"DELETE FROM messages WHERE folder_id = ?",
          "UPDATE folders SET uid_validity = 0, uid_next = 0, highest_modseq = 0,"
          " server_exists = 0 WHERE id = ?"}) {
        QSqlQuery query(m_db);
        query.prepare(QString::fromLatin1(statement));
        query.addBindValue(id);
        exec(query);
    }
}

quint32 MailCache::maxUid(qint64 folderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT MAX(uid) FROM messages WHERE folder_id = ?"));
    query.addBindValue(folderId);
    return exec(query) && query.next() ? query.value(0).toUInt() : 0;
}

QList<quint32> MailCache::uidList(const QString &sql, qint64 folderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(folderId);
    QList<quint32> uids;
    if (exec(query)) {
        while (query.next())
            uids.append(query.value(0).toUInt());
    }
    return uids;
}

QList<quint32> MailCache::uids(qint64 folderId) const
{
    return uidList(QStringLiteral("SELECT uid FROM messages WHERE folder_id = ? ORDER BY uid"),
                   folderId);
}

quint32 MailCache::count(qint64 folderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE folder_id = ?"));
    query.addBindValue(folderId);
    return exec(query) && query.next() ? query.value(0).toUInt() : 0;
}

void MailCache::insertMessage(qint64 folderId, const CachedMessage &message)
{
    if (!m_insertMessage) {
        m_insertMessage = std::make_unique<QSqlQuery>(m_db);
        m_insertMessage->prepare(QStringLiteral(
            "INSERT OR REPLACE INTO messages (folder_id, uid, modseq, flags, seen, internal_date,"
            " size, date, date_offset, subject, from_, to_, cc, message_id, in_reply_to,"
            " structure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &query = *m_insertMessage;
    query.bindValue(0, folderId);
    query.bindValue(1, message.uid);
    query.bindValue(2, qint64(message.modSeq));
    query.bindValue(3, text(joinFlags(message.flags)));
    query.bindValue(4, message.isSeen());
    query.bindValue(5, epoch(message.internalDate));
    query.bindValue(6, qint64(message.size));
    query.bindValue(7, epoch(message.date));
    query.bindValue(8,
                    message.date.isValid() ? QVariant(message.date.offsetFromUtc()) : QVariant());
    query.bindValue(9, text(message.subject));
    query.bindValue(10, text(message.from));
    query.bindValue(11, text(message.to));
    query.bindValue(12, text(message.cc));
    query.bindValue(13, message.messageId);
    query.bindValue(14, message.inReplyTo);
    query.bindValue(15, message.structure);
    exec(query);
}

void MailCache::updateFlags(qint64 folderId, const CachedFlags &flags)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE messages SET flags = ?, seen = ?, modseq = MAX(modseq, ?)"
                                 " WHERE folder_id = ? AND uid = ?"));
    query.addBindValue(text(joinFlags(flags.flags)));
    query.addBindValue(flags.flags.contains(QByteArrayLiteral("\\Seen")));
    query.addBindValue(qint64(flags.modSeq));
    query.addBindValue(folderId);
    query.addBindValue(flags.uid);
    exec(query);
}

quint32 MailCache::removeMessages(qint64 folderId, const QList<quint32> &uids)
{
    quint32 removed = 0;
    QSqlQuery messages(m_db);
    messages.prepare(QStringLiteral("DELETE FROM messages WHERE folder_id = ? AND uid = ?"));
    for (quint32 uid : uids) {
        messages.bindValue(0, folderId);
        messages.bindValue(1, uid);
        exec(messages);
        removed += quint32(std::max(messages.numRowsAffected(), 0));
    }
    if (removed > 0)
        m_bodies->messagesRemoved(folderId);
    return removed;
}

QList<CachedMessage> MailCache::messages(const MessageQuery &request) const
{
    QString sql = QStringLiteral("SELECT %1 FROM messages m WHERE m.folder_id = ?")
                      .arg(QLatin1String(messageColumns));
    if (request.unreadOnly)
        sql += QLatin1String(" AND m.seen = 0");
    if (request.withoutPreview)
        sql += QLatin1String(" AND m.preview IS NULL");
    if (!request.search.isEmpty()) {
        sql += QLatin1String(" AND (m.subject LIKE ?1 ESCAPE '\\' OR m.from_ LIKE ?1 ESCAPE '\\'"
                             " OR m.to_ LIKE ?1 ESCAPE '\\' OR m.cc LIKE ?1 ESCAPE '\\')");
        sql.replace(QLatin1String("?1"), QLatin1String(":pattern"));
        sql.replace(QLatin1String("m.folder_id = ?"), QLatin1String("m.folder_id = :folder"));
    }
    sql += QLatin1String(" ORDER BY COALESCE(m.date, m.internal_date) DESC, m.uid DESC");
    if (request.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(request.limit);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (request.search.isEmpty()) {
        query.addBindValue(request.folderId);
    } else {
        query.bindValue(QStringLiteral(":folder"), request.folderId);
        query.bindValue(QStringLiteral(":pattern"), likePattern(request.search));
    }
    QList<CachedMessage> messages;
    if (exec(query)) {
        while (query.next())
            messages.append(readMessage(query));
    }
    return messages;
}

std::optional<CachedMessage> MailCache::message(qint64 folderId, quint32 uid) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.folder_id = ? AND m.uid = ?")
                      .arg(QLatin1String(messageColumns)));
    query.addBindValue(folderId);
    query.addBindValue(uid);
    if (exec(query) && query.next())
        return readMessage(query);
    return std::nullopt;
}

QList<quint32> MailCache::uidsWithoutBody(qint64 folderId) const
{
    return uidList(QStringLiteral("SELECT uid FROM messages WHERE folder_id = ? AND body_size IS"
                                  " NULL ORDER BY uid"),
                   folderId);
}

void MailCache::storeBody(qint64 folderId, quint32 uid, const QByteArray &bytes)
{
    if (const Error error = m_bodies->store(folderId, uid, bytes); error.isError()) {
        if (!m_error.isError())
            m_error = error;
    }
}

std::optional<QByteArray> MailCache::body(qint64 folderId, quint32 uid) const
{
    return m_bodies->read(folderId, uid);
}

// Schema 3 adds previews; every message starts without one (NULL: not made yet).
bool MailCache::addPreviews()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("ALTER TABLE messages ADD COLUMN preview TEXT")))
        return true;
    m_error = Error(Error::Category::Internal, query.lastError().text());
    return false;
}

void MailCache::setPreview(qint64 folderId, quint32 uid, const QString &preview)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE messages SET preview = ? WHERE folder_id = ? AND uid = ?"));
    query.addBindValue(text(preview));
    query.addBindValue(folderId);
    query.addBindValue(uid);
    exec(query);
}

void MailCache::setMeta(const QString &key, const QByteArray &value)
{
    if (meta(key) == value)
        return;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QByteArray("") : value);
    exec(query);
}

std::optional<QByteArray> MailCache::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (exec(query) && query.next())
        return query.value(0).toByteArray();
    return std::nullopt;
}

} // namespace Satchel
