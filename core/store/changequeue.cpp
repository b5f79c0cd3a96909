#include "changequeue.h"

#include "mailcache.h"

#include <QSqlQuery>
#include <QVariant>

namespace Satchel {

namespace {

QString kindName(PendingChange::Kind kind)
{
    switch (kind) {
    case PendingChange::Kind::Flag:
        return QStringLiteral("flag");
    case PendingChange::Kind::Move:
        return QStringLiteral("move");
    case PendingChange::Kind::Delete:
        return QStringLiteral("delete");
    case PendingChange::Kind::CreateFolder:
        return QStringLiteral("mkdir");
    }
    return {};
}

std::optional<PendingChange::Kind> parseKind(const QString &name)
{
    for (auto kind : {PendingChange::Kind::Flag, PendingChange::Kind::Move,
                      PendingChange::Kind::Delete, PendingChange::Kind::CreateFolder}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace

QString PendingChange::description() const
{
    const QString where = QString::fromUtf8(folder);
    switch (kind) {
    case Kind::Flag:
        return ChangeQueue::tr("set %1 on message %2 in %3")
            .arg(QString::fromUtf8(argument))
            .arg(uid)
            .arg(where);
    case Kind::Move:
        return ChangeQueue::tr("move message %1 from %2 to %3")
            .arg(uid)
            .arg(where, QString::fromUtf8(argument));
    case Kind::Delete:
        return ChangeQueue::tr("delete message %1 in %2").arg(uid).arg(where);
    case Kind::CreateFolder:
        return ChangeQueue::tr("create the folder %1").arg(where);
    }
    return {};
}

ChangeQueue::ChangeQueue(MailCache *cache)
    : m_cache(cache)
{}

qint64 ChangeQueue::enqueue(PendingChange change)
{
    QSqlQuery query(m_cache->database());
    query.prepare(QStringLiteral("INSERT INTO changes (kind, folder, uid_validity, uid, argument,"
                                 " created) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(kindName(change.kind));
    query.addBindValue(change.folder);
    query.addBindValue(change.uidValidity);
    query.addBindValue(change.uid);
    query.addBindValue(change.argument);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    return m_cache->exec(query) ? query.lastInsertId().toLongLong() : 0;
}

QList<PendingChange> ChangeQueue::pending() const
{
    QSqlQuery query(m_cache->database());
    query.prepare(QStringLiteral(
        "SELECT id, kind, folder, uid_validity, uid, argument, created FROM changes ORDER BY id"));
    QList<PendingChange> changes;
    if (!m_cache->exec(query))
        return changes;
    while (query.next()) {
        const std::optional<PendingChange::Kind> kind = parseKind(query.value(1).toString());
        if (!kind)
            continue;
        PendingChange change;
        change.id = query.value(0).toLongLong();
        change.kind = *kind;
        change.folder = query.value(2).toByteArray();
        change.uidValidity = query.value(3).toUInt();
        change.uid = query.value(4).toUInt();
        change.argument = query.value(5).toByteArray();
        change.created = QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong());
        changes.append(change);
    }
    return changes;
}

void ChangeQueue::remove(qint64 id)
{
    QSqlQuery query(m_cache->database());
    query.prepare(QStringLiteral("DELETE FROM changes WHERE id = ?"));
    query.addBindValue(id);
    m_cache->exec(query);
}

void ChangeQueue::applyToCache(const PendingChange &change)
{
    if (change.kind == PendingChange::Kind::CreateFolder) {
        if (m_cache->folderByRawName(change.folder))
            return;
        CachedFolder folder;
        folder.rawName = change.folder;
        folder.name = QString::fromUtf8(change.argument);
        m_cache->upsertFolder(folder);
        return;
    }
    const std::optional<CachedFolder> folder = m_cache->folderByRawName(change.folder);
    if (!folder)
        return;
    if (change.kind != PendingChange::Kind::Flag) {
        m_cache->removeMessages(folder->id, {change.uid});
        return;
    }
    const std::optional<CachedMessage> message = m_cache->message(folder->id, change.uid);
    if (!message)
        return;
    QList<QByteArray> flags = message->flags;
    const QByteArray flag = change.argument.mid(1);
    flags.removeAll(flag);
    if (change.argument.startsWith('+'))
        flags.append(flag);
    m_cache->updateFlags(folder->id, {change.uid, flags, message->modSeq});
}

} // namespace Satchel
