#include "durablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Satchel::DurableFile {

namespace {

QString failed(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Satchel::DurableFile", "Could not write %1: %2.")
        .arg(QDir::toNativeSeparators(path), reason);
}

#ifdef Q_OS_UNIX
QString lastSystemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
#endif

} // namespace

bool write(const QString &path, const QByteArray &data, Sync sync, QString *error)
{
#ifdef Q_OS_UNIX
    // Not QSaveFile: its commit() always syncs, and Sync::Cache exists to avoid that cost.
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary =
        target + ".tmp-" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = failed(path, lastSystemError());
        return false;
    }
    bool ok = writeAll(fd, data) && (sync == Sync::Cache || ::fsync(fd) == 0);
    ok = ::close(fd) == 0 && ok;
    ok = ok && ::rename(temporary.constData(), target.constData()) == 0;
    if (!ok) {
        *error = failed(path, lastSystemError());
        ::unlink(temporary.constData());
        return false;
    }
    return sync == Sync::Cache || syncFolder(QFileInfo(path).absolutePath(), error);
#else
    Q_UNUSED(sync);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = failed(path, file.errorString());
        return false;
    }
    return true;
#endif
}

bool remove(const QString &path, Sync sync, QString *error)
{
    QFile file(path);
    if (file.exists() && !file.remove()) {
        *error = QCoreApplication::translate("Satchel::DurableFile", "Could not remove %1: %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return sync == Sync::Cache || syncFolder(QFileInfo(path).absolutePath(), error);
}

bool syncFolder(const QString &folder, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    if (!ok)
        *error = failed(folder, lastSystemError());
    if (fd >= 0)
        ::close(fd);
    return ok;
#else
    Q_UNUSED(folder);
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace Satchel::DurableFile
