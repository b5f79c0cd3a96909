#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QFile;
class QLockFile;

namespace Satchel {

// Where one downloaded message is: a byte range of one of its folder's segment files.
struct BodyLocation
{
    qint64 segment = 0;
    qint64 offset = 0;
    qint64 size = 0;
};

// Whole messages downloaded for offline reading, appended to segment files beside the cache
// database ("ID.sqlite" keeps them in "ID.bodies/FOLDER/N.pack"), as Thunderbird keeps mbox files:
// one file per message would cost a file creation each, half of a full download's CPU here and
// slower still where a virus scanner looks at every new file. Nothing is fsynced (as mbsync with
// FSync off); the database records a location only after the bytes were written, so a kill in
// between leaves unreferenced bytes, reclaimed when the segment is compacted, and a segment the
// machine lost before writeback is noticed on reading by its size.
//
// Removals wait for the transaction that forgets the bodies: a rollback must find them still there.
class BodyStore
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::BodyStore)

public:
    explicit BodyStore(const QString &databasePath);
    ~BodyStore();
    BodyStore(const BodyStore &) = delete;
    BodyStore &operator=(const BodyStore &) = delete;

    // On failure, *problem says why the body could not be saved.
    std::optional<BodyLocation> append(qint64 folderId, const QByteArray &bytes, QString *problem);
    std::optional<QByteArray> read(qint64 folderId, const BodyLocation &at) const;
    // The next append goes to a new segment (compaction must not append to what it empties).
    void startNewSegment(qint64 folderId);
    // Segment number -> file size.
    QHash<qint64, qint64> segments(qint64 folderId) const;
    // Being appended to, by this process or another one: not to be removed or compacted.
    bool isInUse(qint64 folderId, qint64 segment) const;
    bool isOpen(qint64 folderId, qint64 segment) const
    {
        return m_file && m_openFolder == folderId && m_openSegment == segment;
    }

    void removeSegment(qint64 folderId, qint64 segment);
    void removeFolder(qint64 folderId);

    void setInTransaction(bool inTransaction);
    void commit();
    void rollback();

private:
    QString folderPath(qint64 folderId) const;
    QString segmentPath(qint64 folderId, qint64 segment) const;
    QString lockPath(qint64 folderId, qint64 segment) const;
    bool openSegment(qint64 folderId, QString *problem);
    bool lockAndOpen(qint64 folderId, qint64 segment, bool fresh);
    void closeSegment();
    void apply(qint64 folderId, std::optional<qint64> segment);

    QString m_root;
    qint64 m_openFolder = -1;
    qint64 m_openSegment = 0;
    qint64 m_size = 0; // of the open segment
    QString m_lastError;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<QLockFile> m_lock;
    bool m_inTransaction = false;
    // A folder's removal has no segment.
    QList<std::pair<qint64, std::optional<qint64>>> m_pending;
};

} // namespace Satchel
