#pragma once

#include "cachetypes.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QSqlQuery;

namespace Satchel {

class MessageBodies;

// One account's offline cache: an SQLite database (through Qt Sql) in the profile holding the
// folders with their sync state, the envelopes, flags and structure of their messages, and which
// bodies were downloaded for offline reading (the bodies themselves: MessageBodies). Owned by
// the account's worker thread and used only there (a Qt Sql connection belongs to the thread that
// opened it).
//
// Writes are grouped in transactions by the caller (begin()/commit()); the database runs in WAL
// mode with synchronous=NORMAL, so a committed transaction survives a killed process and fsyncs
// are batched per transaction rather than per message.
class MailCache
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::MailCache)

public:
    explicit MailCache(const QString &path);
    ~MailCache();
    MailCache(const MailCache &) = delete;
    MailCache &operator=(const MailCache &) = delete;

    // Opens (creating when needed) the database; an error says why it cannot be used.
    Error open();
    const QString &path() const { return m_path; }

    bool begin();
    // Commits; false (and error() set) when the disk refused it.
    bool commit();
    void rollback();
    // The first failure since the last call, as a sentence; then cleared.
    Error takeError();

    QList<CachedFolder> folders() const;
    std::optional<CachedFolder> folder(const QString &name) const;
    std::optional<CachedFolder> folderByRawName(const QByteArray &rawName) const;
    std::optional<CachedFolder> folderById(qint64 id) const;
    // Adds or updates a folder's name, role and attributes by its raw name; the sync state stays.
    qint64 upsertFolder(const CachedFolder &folder);
    void removeFolder(qint64 id);
    void setSyncState(qint64 id, quint32 uidValidity, quint32 uidNext, quint64 highestModSeq,
                      quint32 serverExists);
    // The server gave the folder a new UIDVALIDITY: every UID it had means nothing now.
    void resetFolder(qint64 id);

    quint32 maxUid(qint64 folderId) const;
    QList<quint32> uids(qint64 folderId) const;
    quint32 count(qint64 folderId) const;
    void insertMessage(qint64 folderId, const CachedMessage &message);
    void updateFlags(qint64 folderId, const CachedFlags &flags);
    // Returns how many of them the cache held.
    quint32 removeMessages(qint64 folderId, const QList<quint32> &uids);
    QList<CachedMessage> messages(const MessageQuery &query) const;
    std::optional<CachedMessage> message(qint64 folderId, quint32 uid) const;
    // Messages of the folder whose whole text is not cached yet, ascending.
    QList<quint32> uidsWithoutBody(qint64 folderId) const;
    void storeBody(qint64 folderId, quint32 uid, const QByteArray &bytes);
    std::optional<QByteArray> body(qint64 folderId, quint32 uid) const;
    void setPreview(qint64 folderId, quint32 uid, const QString &preview);

    // Small facts about the account's server, e.g. its personal namespace.
    void setMeta(const QString &key, const QByteArray &value);
    std::optional<QByteArray> meta(const QString &key) const;

    // For ChangeQueue, which keeps its table in the same database.
    QSqlDatabase database() const { return m_db; }
    bool exec(QSqlQuery &query) const;

private:
    Error createSchema();
    bool addPreviews();
    CachedFolder readFolder(const QSqlQuery &query) const;
    QList<quint32> uidList(const QString &sql, qint64 folderId) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    mutable Error m_error;
    std::unique_ptr<MessageBodies> m_bodies;
    std::unique_ptr<QSqlQuery> m_insertMessage;
};

} // namespace Satchel
