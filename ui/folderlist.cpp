#include "folderlist.h"

#include <QStyle>

#include <algorithm>

namespace Satchel {

namespace {

const QStringList roles = {QStringLiteral("inbox"), QStringLiteral("drafts"),
                           QStringLiteral("sent"),  QStringLiteral("archive"),
                           QStringLiteral("junk"),  QStringLiteral("trash")};

} // namespace

FolderList::FolderList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("folderList"));
    setAccessibleName(tr("Folders"));
    setUniformItemSizes(true);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit folderSelected(item->data(Qt::UserRole).toString());
    });
}

int FolderList::roleOrder(const QString &role)
{
    const qsizetype index = roles.indexOf(role);
    return index < 0 ? int(roles.size()) : int(index);
}

QString FolderList::displayName(const CachedFolder &folder)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("inbox"), QT_TR_NOOP("Inbox")},
        {QStringLiteral("drafts"), QT_TR_NOOP("Drafts")},
        {QStringLiteral("sent"), QT_TR_NOOP("Sent")},
        {QStringLiteral("archive"), QT_TR_NOOP("Archive")},
        {QStringLiteral("junk"), QT_TR_NOOP("Junk")},
        {QStringLiteral("trash"), QT_TR_NOOP("Trash")}};
    const auto found = names.constFind(folder.role);
    return found == names.constEnd() ? folder.name : tr(found.value());
}

QIcon FolderList::iconFor(const QString &role) const
{
    if (role == QLatin1String("trash"))
        return style()->standardIcon(QStyle::SP_TrashIcon);
    if (role == QLatin1String("inbox"))
        return style()->standardIcon(QStyle::SP_DriveNetIcon);
    if (role == QLatin1String("sent"))
        return style()->standardIcon(QStyle::SP_ArrowForward);
    if (role == QLatin1String("drafts"))
        return style()->standardIcon(QStyle::SP_FileIcon);
    return style()->standardIcon(QStyle::SP_DirIcon);
}

void FolderList::setFolders(QList<CachedFolder> folders)
{
    const QString current = currentFolder();
    folders.removeIf([](const CachedFolder &folder) { return !folder.selectable; });
    std::stable_sort(folders.begin(), folders.end(),
                     [](const CachedFolder &a, const CachedFolder &b) {
                         const int ra = roleOrder(a.role);
                         const int rb = roleOrder(b.role);
                         if (ra != rb)
                             return ra < rb;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    m_folders = folders;
    QSignalBlocker blocker(this);
    clear();
    for (const CachedFolder &folder : std::as_const(m_folders)) {
        const QString name = displayName(folder);
        auto *item = new QListWidgetItem(
            iconFor(folder.role), folder.unread ? tr("%1 (%2)").arg(name).arg(folder.unread) : name,
            this);
        item->setData(Qt::UserRole, folder.name);
        item->setToolTip((folder.total == 1
                              ? tr("1 message, %1 unread")
                              : tr("%n messages, %1 unread", nullptr, int(folder.total)))
                             .arg(folder.unread));
        if (folder.unread) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    selectFolder(current.isEmpty() ? QStringLiteral("INBOX") : current);
    if (!currentItem() && count() > 0)
        setCurrentRow(0);
    blocker.unblock();
    // Only a different folder is news: a refresh of the counts must not reload the messages.
    if (currentFolder() != current && currentItem())
        emit folderSelected(currentFolder());
}

QString FolderList::currentFolder() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void FolderList::selectFolder(const QString &name)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            if (currentRow() != row)
                setCurrentRow(row);
            return;
        }
    }
}

} // namespace Satchel
