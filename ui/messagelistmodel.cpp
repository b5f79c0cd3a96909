#include "messagelistmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Satchel {

namespace {

const QByteArray flaggedFlag = QByteArrayLiteral("\\Flagged");

// The sender's name when there is one, else the address.
QString senderName(const QString &from)
{
    const qsizetype angle = from.indexOf(QLatin1Char('<'));
    if (angle <= 0)
        return from;
    QString name = from.left(angle).trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    return name.isEmpty() ? from : name;
}

QString shortDate(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    const QDateTime local = date.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MessageListModel::setMessages(const QList<CachedMessage> &messages)
{
    // The same rows with news (previews, flags): updated in place, so that the view keeps its
    // scroll position and selection.
    const auto sameUid = [](const CachedMessage &a, const CachedMessage &b) {
        return a.uid == b.uid;
    };
    if (!m_messages.isEmpty() && std::equal(m_messages.cbegin(), m_messages.cend(),
                                            messages.cbegin(), messages.cend(), sameUid)) {
        m_messages = messages;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

const CachedMessage *MessageListModel::message(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

int MessageListModel::rowOf(quint32 uid) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).uid == uid)
            return row;
    }
    return -1;
}

void MessageListModel::setFlag(quint32 uid, const QByteArray &flag, bool on)
{
    const int row = rowOf(uid);
    if (row < 0)
        return;
    QList<QByteArray> &flags = m_messages[row].flags;
    if (on == flags.contains(flag))
        return;
    if (on)
        flags.append(flag);
    else
        flags.removeAll(flag);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MessageListModel::removeMessage(quint32 uid)
{
    const int row = rowOf(uid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_messages.removeAt(row);
    endRemoveRows();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    const CachedMessage *message = this->message(index.row());
    if (!message)
        return {};
    const bool flagged = message->flags.contains(flaggedFlag);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FlagColumn:
            return flagged ? QStringLiteral("★") : QString();
        case SubjectColumn:
            return message->subject.isEmpty() ? tr("(no subject)") : message->subject;
        case FromColumn:
            return senderName(message->from);
        case DateColumn:
            return shortDate(message->date.isValid() ? message->date : message->internalDate);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FromColumn)
            return message->from;
        if (index.column() == FlagColumn && flagged)
            return tr("Flagged");
        if (index.column() == SubjectColumn && !message->preview.isEmpty())
            return message->preview;
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == FlagColumn)
            return flagged ? tr("Flagged") : QString();
        break;
    case Qt::FontRole:
        if (!message->isSeen()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == FlagColumn && flagged)
            return QColor(0xd0, 0x70, 0x00);
        break;
    case UidRole:
        return message->uid;
    case PreviewRole:
        return message->preview;
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FlagColumn:
            return QStringLiteral("★");
        case SubjectColumn:
            return tr("Subject");
        case FromColumn:
            return tr("From");
        case DateColumn:
            return tr("Date");
        }
    }
    if (role == Qt::ToolTipRole && section == FlagColumn)
        return tr("Flagged");
    return {};
}

} // namespace Satchel
