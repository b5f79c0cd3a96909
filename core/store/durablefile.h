#pragma once

#include <QByteArray>
#include <QString>

namespace Satchel::DurableFile {

enum class Sync
{
    // Flushed to the disk (fsync of the file and of its folder) before returning: survives a
    // power cut. For what must never be lost or undone.
    Disk,
    // Atomic but left in the page cache: survives the process being killed, not the machine
    // going down. For records whose loss only repeats idempotent work.
    Cache
};

// Replaces path with data so that a reader sees the old or the new content, never a mix: the
// data goes to a temporary file in the same folder, which is then renamed over path.
bool write(const QString &path, const QByteArray &data, Sync sync, QString *error);
// Removes path (no error when it is gone already).
bool remove(const QString &path, Sync sync, QString *error);
// fsync of a folder: makes the renames and removals inside it durable.
bool syncFolder(const QString &folder, QString *error);

} // namespace Satchel::DurableFile
