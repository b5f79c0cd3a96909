#include "messagefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Satchel::MessageFile {

namespace {

// Larger files are not mail; a QByteArray could not hold much more anyway.
constexpr qint64 maxFileSize = 512ll * 1024 * 1024;

QString cannotRead(const QString &path, const QString &reason)
{
    return QCoreApplication::translate(
               "Satchel::MessageFile",
               "Cannot read %1 (%2); give the path of a message file (.eml).")
        .arg(path, reason);
}

} // namespace

bool read(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file;
    const bool standardInput = path == QLatin1String("-");
    if (standardInput) {
        file.open(stdin, QIODevice::ReadOnly);
    } else if (QFileInfo(path).isDir()) {
        *error =
            QCoreApplication::translate("Satchel::MessageFile",
                                        "%1 is a folder; give the path of a message file (.eml).")
                .arg(path);
        return false;
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = cannotRead(path, file.errorString());
            return false;
        }
    }
    if (!standardInput && file.size() > maxFileSize) {
        *error = QCoreApplication::translate("Satchel::MessageFile",
                                             "%1 is larger than 512 MB, too large for a message.")
                     .arg(path);
        return false;
    }
    // In pieces: read(maxFileSize) would allocate all of it up front.
    for (;;) {
        const QByteArray chunk = file.read(1024ll * 1024);
        if (chunk.isEmpty())
            break;
        bytes->append(chunk);
        if (bytes->size() > maxFileSize) {
            *error = QCoreApplication::translate(
                "Satchel::MessageFile",
                "The input is larger than 512 MB, too large for a message.");
            return false;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        *error =
            cannotRead(standardInput ? QStringLiteral("standard input") : path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Satchel::MessageFile
