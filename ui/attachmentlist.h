#pragma once

#include "mime/outgoingmessage.h"

#include <QListWidget>

class QMimeData;

namespace Satchel {

// The files of a message being written: each shown by name and size; added with add() or by
// dropping files on the list, removed with the Delete key or remove(). Reading a file that
// cannot be read gives the sentence through problem().
class AttachmentList : public QListWidget
{
    Q_OBJECT

public:
    explicit AttachmentList(QWidget *parent = nullptr);

    const QList<OutgoingAttachment> &attachments() const { return m_attachments; }
    void addAttachment(const OutgoingAttachment &attachment);
    // Reads the files and adds them; false when one could not be read (the others are added).
    bool addFiles(const QStringList &paths);
    void removeSelected();
    // The local files among dropped data (what a file manager drags).
    static QStringList localFiles(const QMimeData *data);

signals:
    void changed();
    void problem(const QString &sentence);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<OutgoingAttachment> m_attachments;
};

} // namespace Satchel
