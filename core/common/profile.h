#pragma once

#include <QString>

namespace Satchel {

// Where settings, cache and local mail live: --profile, else SATCHEL_PROFILE, else the
// platform's app-data folder.
class Profile
{
public:
    explicit Profile(const QString &directory);

    static Profile resolve(const QString &commandLineDirectory);

    QString directory() const { return m_directory; }
    QString filePath(const QString &name) const;
    // Creates the folder (mode 0700) if it does not exist yet.
    bool ensureExists(QString *errorMessage) const;

private:
    QString m_directory;
};

} // namespace Satchel
