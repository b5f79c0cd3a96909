#pragma once

#include "store/cachetypes.h"

#include <QListWidget>

namespace Satchel {

// The folders of one account as the cache knows them: the special folders first in a fixed
// order (Inbox, Drafts, Sent, Archive, Junk, Trash), then the others by name, each with its
// unread count. Folders that cannot be selected are not shown.
class FolderList : public QListWidget
{
    Q_OBJECT

public:
    explicit FolderList(QWidget *parent = nullptr);

    // Keeps the current folder selected when it is still there, else selects the inbox.
    void setFolders(QList<CachedFolder> folders);
    // The current folder's name as the cache knows it; empty when none.
    QString currentFolder() const;
    QList<CachedFolder> folders() const { return m_folders; }
    void selectFolder(const QString &name);

    static QString displayName(const CachedFolder &folder);

signals:
    void folderSelected(const QString &name);

private:
    static int roleOrder(const QString &role);
    QIcon iconFor(const QString &role) const;

    QList<CachedFolder> m_folders;
};

} // namespace Satchel
