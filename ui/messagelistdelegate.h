#pragma once

#include <QStyledItemDelegate>

namespace Satchel {

// The subject column as a card: the subject on the first line, the message's preview below it
// in a quieter colour (MessageListModel::PreviewRole). Every row is two lines high, so the list
// keeps uniform row heights.
class MessageListDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Satchel
