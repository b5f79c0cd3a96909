#pragma once

#include "store/cachetypes.h"

#include <QAbstractTableModel>

namespace Satchel {

// The messages of one folder, newest first as the cache lists them: a flag marker, subject (with
// the preview of the text as PreviewRole), sender and date; unread rows in bold. Sorting and
// filtering happen in the cache's query.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FlagColumn,
        SubjectColumn,
        FromColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        PreviewRole // a line or two of the text; empty while not fetched
    };

    explicit MessageListModel(QObject *parent = nullptr);

    void setMessages(const QList<CachedMessage> &messages);
    const CachedMessage *message(int row) const;
    int rowOf(quint32 uid) const;
    // Shows a change the user made at once; the cache has it too.
    void setFlag(quint32 uid, const QByteArray &flag, bool on);
    void removeMessage(quint32 uid);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CachedMessage> m_messages;
};

} // namespace Satchel
