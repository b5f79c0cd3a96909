#include "attachmentlist.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QStyle>

#include <algorithm>

namespace Satchel {

AttachmentList::AttachmentList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("attachmentList"));
    setAccessibleName(tr("Attachments"));
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
}

void AttachmentList::addAttachment(const OutgoingAttachment &attachment)
{
    m_attachments.append(attachment);
    auto *item = new QListWidgetItem(
        style()->standardIcon(QStyle::SP_FileIcon),
        tr("%1 (%2)").arg(attachment.fileName, QLocale().formattedDataSize(attachment.data.size())),
        this);
    item->setToolTip(attachment.contentType);
    emit changed();
}

bool AttachmentList::addFiles(const QStringList &paths)
{
    bool all = true;
    for (const QString &path : paths) {
        Error error;
        const std::optional<OutgoingAttachment> attachment =
            OutgoingAttachment::fromFile(path, &error);
        if (attachment) {
            addAttachment(*attachment);
        } else {
            all = false;
            emit problem(error.message());
        }
    }
    return all;
}

void AttachmentList::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows)) {
        delete takeItem(row);
        m_attachments.removeAt(row);
    }
    if (!rows.isEmpty())
        emit changed();
}

QStringList AttachmentList::localFiles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

void AttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentList::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentList::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

void AttachmentList::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace Satchel
