#include "messagelistdelegate.h"

#include "messagelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Satchel {

namespace {

void drawLine(QPainter *painter, const QRect &rect, const QFont &font, const QColor &color,
              const QString &text)
{
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace

void MessageListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString subject = std::exchange(item.text, QString());
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget)
                           .adjusted(2, 0, -2, 0);
    QFont previewFont = item.font;
    previewFont.setBold(false);
    const int first = QFontMetrics(item.font).lineSpacing();
    const int second = QFontMetrics(previewFont).lineSpacing();
    const int top = area.top() + qMax(0, (area.height() - first - second) / 2);
    const bool selected = item.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        item.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    drawLine(painter, QRect(area.left(), top, area.width(), first), item.font, text, subject);
    drawLine(painter, QRect(area.left(), top + first, area.width(), second), previewFont,
             selected ? text : item.palette.color(group, QPalette::PlaceholderText),
             index.data(MessageListModel::PreviewRole).toString());
    painter->restore();
}

QSize MessageListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + option.fontMetrics.lineSpacing());
    return size;
}

} // namespace Satchel
