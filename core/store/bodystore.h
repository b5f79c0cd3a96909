#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Satchel {

// Whole messages downloaded for offline reading, one file per message beside the cache database
// ("ID.sqlite" keeps them under "ID.bodies/FOLDER/UID"). A file is written once and never fsynced,
// as a Maildir client with FSync off does; the database records its size only afterwards, so a
// kill between the two leaves a file nobody refers to, and a file the machine lost before
// writeback is noticed on reading by its size.
//
// Removals wait for the transaction that forgets the bodies: a rollback must find them still there.
class BodyStore
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::BodyStore)

public:
    explicit BodyStore(const QString &databasePath);

    // An empty string on success, else a sentence saying why the body could not be saved.
    QString write(qint64 folderId, quint32 uid, const QByteArray &bytes) const;
    std::optional<QByteArray> read(qint64 folderId, quint32 uid, qint64 expectedSize) const;

    void remove(qint64 folderId, quint32 uid);
    void removeFolder(qint64 folderId);

    void setInTransaction(bool inTransaction);
    void commit();
    void rollback();

private:
    QString folderPath(qint64 folderId) const;
    QString filePath(qint64 folderId, quint32 uid) const;
    void apply(qint64 folderId, std::optional<quint32> uid) const;

    QString m_root;
    bool m_inTransaction = false;
    // A folder's removal has no uid.
    QList<std::pair<qint64, std::optional<quint32>>> m_pending;
};

} // namespace Satchel
