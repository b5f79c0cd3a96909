#include "bodystore.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>

namespace Satchel {

namespace {

QString rootFor(const QString &databasePath)
{
    QString root = databasePath;
    if (root.endsWith(QLatin1String(".sqlite")))
        root.chop(int(qstrlen(".sqlite")));
    return root + QLatin1String(".bodies");
}

} // namespace

BodyStore::BodyStore(const QString &databasePath)
    : m_root(rootFor(databasePath))
{}

QString BodyStore::folderPath(qint64 folderId) const
{
    return m_root + QLatin1Char('/') + QString::number(folderId);
}

QString BodyStore::filePath(qint64 folderId, quint32 uid) const
{
    return folderPath(folderId) + QLatin1Char('/') + QString::number(uid);
}

QString BodyStore::write(qint64 folderId, quint32 uid, const QByteArray &bytes) const
{
    QFile file(filePath(folderId, uid));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QDir().mkpath(folderPath(folderId));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    if (file.isOpen() && file.write(bytes) == bytes.size() && file.flush())
        return {};
    const QString reason = file.errorString();
    file.remove();
    return tr("A downloaded message could not be saved in %1: %2. Check that the disk has space.")
        .arg(QDir::toNativeSeparators(m_root), reason);
}

std::optional<QByteArray> BodyStore::read(qint64 folderId, quint32 uid, qint64 expectedSize) const
{
    QFile file(filePath(folderId, uid));
    if (!file.open(QIODevice::ReadOnly) || file.size() != expectedSize) {
        qCWarning(lcStore) << "stored message" << file.fileName() << "is missing or cut short;"
                           << "it will be downloaded again";
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (bytes.size() != expectedSize)
        return std::nullopt;
    return bytes;
}

void BodyStore::remove(qint64 folderId, quint32 uid)
{
    if (m_inTransaction)
        m_pending.append({folderId, uid});
    else
        apply(folderId, uid);
}

void BodyStore::removeFolder(qint64 folderId)
{
    if (m_inTransaction)
        m_pending.append({folderId, std::nullopt});
    else
        apply(folderId, std::nullopt);
}

void BodyStore::setInTransaction(bool inTransaction)
{
    m_inTransaction = inTransaction;
}

void BodyStore::commit()
{
    for (const auto &[folderId, uid] : std::as_const(m_pending))
        apply(folderId, uid);
    m_pending.clear();
    m_inTransaction = false;
}

void BodyStore::rollback()
{
    m_pending.clear();
    m_inTransaction = false;
}

void BodyStore::apply(qint64 folderId, std::optional<quint32> uid) const
{
    if (uid)
        QFile::remove(filePath(folderId, *uid));
    else
        QDir(folderPath(folderId)).removeRecursively();
}

} // namespace Satchel
