#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Satchel {

Profile::Profile(const QString &directory)
    : m_directory(QDir(directory).absolutePath())
{}

Profile Profile::resolve(const QString &commandLineDirectory)
{
    if (!commandLineDirectory.isEmpty())
        return Profile(commandLineDirectory);
    const QString fromEnv = qEnvironmentVariable("SATCHEL_PROFILE");
    if (!fromEnv.isEmpty())
        return Profile(fromEnv);
    return Profile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString Profile::filePath(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

bool Profile::ensureExists(QString *errorMessage) const
{
    QDir dir(m_directory);
    if (dir.exists())
        return true;
    if (!dir.mkpath(QStringLiteral("."))) {
        *errorMessage = QCoreApplication::translate("Satchel::Profile",
                                                    "Could not create the profile folder %1.")
                            .arg(m_directory);
        return false;
    }
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

} // namespace Satchel
