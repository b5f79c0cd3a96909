#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Satchel {

// A folder as the GUI and the CLI show it.
struct FolderInfo
{
    QString name;       // decoded, for people
    QByteArray rawName; // as the server names it, for commands
    QString role;       // inbox, sent, drafts, trash, junk, archive; empty for none
    QString delimiter;
    quint32 unread = 0;
    quint32 total = 0;
    bool selectable = true;
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::FolderInfo)
