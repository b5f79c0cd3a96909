#include "bodystore.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

#include <algorithm>

namespace Satchel {

namespace {

// Large enough that a full download creates few files, small enough that compacting one is quick.
constexpr qint64 segmentLimit = 64 << 20;
const QLatin1String suffix(".pack");

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

BodyStore::~BodyStore() = default;

QString BodyStore::folderPath(qint64 folderId) const
{
    return m_root + QLatin1Char('/') + QString::number(folderId);
}

QString BodyStore::segmentPath(qint64 folderId, qint64 segment) const
{
    return folderPath(folderId) + QLatin1Char('/') + QString::number(segment) + suffix;
}

QString BodyStore::lockPath(qint64 folderId, qint64 segment) const
{
    return folderPath(folderId) + QLatin1Char('/') + QString::number(segment) +
           QLatin1String(".lock");
}

QHash<qint64, qint64> BodyStore::segments(qint64 folderId) const
{
    QHash<qint64, qint64> found;
    const QFileInfoList files =
        QDir(folderPath(folderId)).entryInfoList({QLatin1String("*") + suffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        bool number = false;
        const qint64 segment = file.completeBaseName().toLongLong(&number);
        if (number)
            found.insert(segment, file.size());
    }
    return found;
}

// A segment has one writer at a time, the process holding its lock file, so two Satchels on one
// profile never interleave their bytes, and compaction leaves segments being written alone.
bool BodyStore::lockAndOpen(qint64 folderId, qint64 segment, bool fresh)
{
    auto lock = std::make_unique<QLockFile>(lockPath(folderId, segment));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    auto file = std::make_unique<QFile>(segmentPath(folderId, segment));
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered |
                                     (fresh ? QIODevice::NewOnly : QIODevice::Append);
    if (!file->open(mode)) {
        m_lastError = file->errorString();
        return false;
    }
    m_size = file->size();
    m_file = std::move(file);
    m_lock = std::move(lock);
    m_openFolder = folderId;
    m_openSegment = segment;
    return true;
}

bool BodyStore::openSegment(qint64 folderId, QString *problem)
{
    if (m_file && m_openFolder == folderId && m_size < segmentLimit)
        return true;
    const bool first = m_openFolder != folderId; // not after startNewSegment()
    const qint64 previous = m_openFolder == folderId ? m_openSegment : 0;
    closeSegment();
    QDir().mkpath(folderPath(folderId));
    const QHash<qint64, qint64> existing = segments(folderId);
    qint64 last = 0;
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        last = std::max(last, it.key());
    // A process's first write continues the last segment when nobody else is writing it, so that
    // many short runs (satchel-cli read) do not leave a small file each.
    if (first && last > 0 && existing.value(last) < segmentLimit &&
        lockAndOpen(folderId, last, false))
        return true;
    qint64 segment = std::max(previous, last);
    m_lastError.clear();
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (lockAndOpen(folderId, ++segment, true))
            return true;
    }
    *problem = m_lastError.isEmpty() ? tr("no segment file could be created") : m_lastError;
    return false;
}

bool BodyStore::isInUse(qint64 folderId, qint64 segment) const
{
    if (isOpen(folderId, segment))
        return true;
    QLockFile lock(lockPath(folderId, segment));
    lock.setStaleLockTime(0);
    return !lock.tryLock(0);
}

void BodyStore::closeSegment()
{
    m_file.reset();
    m_lock.reset();
    m_openFolder = -1;
    m_openSegment = 0;
}

void BodyStore::startNewSegment(qint64 folderId)
{
    const qint64 current = m_openFolder == folderId ? m_openSegment : 0;
    closeSegment();
    m_openFolder = folderId;
    m_openSegment = current;
}

std::optional<BodyLocation> BodyStore::append(qint64 folderId, const QByteArray &bytes,
                                              QString *problem)
{
    QString reason;
    if (openSegment(folderId, &reason)) {
        const qint64 offset = m_size;
        if (m_file->write(bytes) == bytes.size()) {
            m_size += bytes.size();
            return BodyLocation{m_openSegment, offset, bytes.size()};
        }
        reason = m_file->errorString();
        closeSegment();
    }
    *problem = tr("A downloaded message could not be saved in %1: %2. Check that the disk has "
                  "space.")
                   .arg(QDir::toNativeSeparators(m_root), reason);
    return std::nullopt;
}

std::optional<QByteArray> BodyStore::read(qint64 folderId, const BodyLocation &at) const
{
    QFile file(segmentPath(folderId, at.segment));
    if (file.open(QIODevice::ReadOnly) && file.seek(at.offset)) {
        QByteArray bytes = file.read(at.size);
        if (bytes.size() == at.size)
            return bytes;
    }
    qCWarning(lcStore) << "stored message in" << file.fileName() << "at" << at.offset
                       << "is missing or cut short; it will be downloaded again";
    return std::nullopt;
}

void BodyStore::removeSegment(qint64 folderId, qint64 segment)
{
    if (m_inTransaction)
        m_pending.append({folderId, segment});
    else
        apply(folderId, segment);
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
    m_inTransaction = false;
    for (const auto &[folderId, segment] : std::exchange(m_pending, {}))
        apply(folderId, segment);
}

void BodyStore::rollback()
{
    m_pending.clear();
    m_inTransaction = false;
}

void BodyStore::apply(qint64 folderId, std::optional<qint64> segment)
{
    if (m_openFolder == folderId && (!segment || *segment == m_openSegment))
        closeSegment();
    if (segment)
        QFile::remove(segmentPath(folderId, *segment));
    else
        QDir(folderPath(folderId)).removeRecursively();
}

} // namespace Satchel
