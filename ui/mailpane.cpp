#include "mailpane.h"

#include "folderlist.h"
#include "messagelistdelegate.h"
#include "messagelistmodel.h"
#include "messageview.h"
#include "mime/mimemessage.h"
#include "service/accounts.h"
#include "service/mailjobs.h"
#include "service/sendjob.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Satchel {

namespace {

const QByteArray seenFlag = QByteArrayLiteral("\\Seen");
const QByteArray flaggedFlag = QByteArrayLiteral("\\Flagged");

} // namespace

MailPane::MailPane(Accounts *accounts, QWidget *accountList, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_accounts(accounts)
    , m_folders(new FolderList(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_model(new MessageListModel(this))
    , m_view(new MessageView(this))
{
    setObjectName(QStringLiteral("mailPane"));
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(accountList);
    left->addWidget(m_folders);
    left->setStretchFactor(1, 1);
    left->setSizes({90, 400});
    addWidget(left);
    addWidget(createListPane());
    addWidget(m_view);
    setStretchFactor(1, 2);
    setStretchFactor(2, 3);
    setSizes({230, 420, 520});
    setChildrenCollapsible(false);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    m_markRead.setSingleShot(true);
    m_markRead.setInterval(1000);
    connect(&m_searchDelay, &QTimer::timeout, this, &MailPane::loadMessages);
    connect(&m_markRead, &QTimer::timeout, this, &MailPane::markOpenMessageRead);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_folders, &FolderList::folderSelected, this, [this](const QString &folder) {
        const bool first = m_folder.isEmpty(); // the account's sync brings that one up to date
        m_folder = folder;
        loadMessages();
        if (!first)
            sync(folder);
    });
    connect(m_accounts, &Accounts::backgroundSynced, this,
            [this](const QString &accountId, const Error &error) {
                if (!m_account || m_account->id != accountId)
                    return;
                if (error.isError())
                    emit statusMessage(tr("Checking for new mail failed: %1").arg(error.message()),
                                       0);
                loadFolders();
                loadMessages();
            });
    connect(m_accounts, &Accounts::previewsMade, this,
            [this](const QString &accountId, const QString &folder) {
                if (m_account && m_account->id == accountId && folder == m_folder)
                    loadMessages();
            });
    createActions();
}

MailPane::~MailPane() = default;

QWidget *MailPane::createListPane()
{
    auto *pane = new QWidget(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search subject and addresses"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));

    m_list->setObjectName(QStringLiteral("messageList"));
    m_list->setAccessibleName(tr("Messages"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setItemDelegateForColumn(MessageListModel::SubjectColumn,
                                     new MessageListDelegate(m_list));
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MessageListModel::FlagColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::FlagColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("★")) * 3);
    header->resizeSection(MessageListModel::FromColumn, fontMetrics().averageCharWidth() * 18);
    header->resizeSection(MessageListModel::DateColumn, fontMetrics().averageCharWidth() * 15);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MailPane::onCurrentMessageChanged);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    return pane;
}

void MailPane::createActions()
{
    m_syncAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Sync"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setStatusTip(tr("Get new mail and make the changes saved offline"));
    connect(m_syncAction, &QAction::triggered, this, [this] { sync({}); });

    m_readAction = new QAction(tr("Mark as &Read"), this);
    m_readAction->setObjectName(QStringLiteral("markReadAction"));
    m_readAction->setShortcut(Qt::CTRL | Qt::Key_K); // Ctrl+R replies, as in Thunderbird
    connect(m_readAction, &QAction::triggered, this, [this] { setSeen(true); });
    m_unreadAction = new QAction(tr("Mark as &Unread"), this);
    m_unreadAction->setObjectName(QStringLiteral("markUnreadAction"));
    m_unreadAction->setShortcut(Qt::CTRL | Qt::Key_U);
    connect(m_unreadAction, &QAction::triggered, this, [this] { setSeen(false); });
    m_flagAction = new QAction(tr("&Flag"), this);
    m_flagAction->setObjectName(QStringLiteral("flagAction"));
    m_flagAction->setCheckable(true);
    m_flagAction->setShortcut(Qt::CTRL | Qt::Key_J);
    connect(m_flagAction, &QAction::triggered, this, &MailPane::toggleFlag);
    m_deleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Move the message to the Trash"));
    connect(m_deleteAction, &QAction::triggered, this, &MailPane::deleteMessage);

    m_moveMenu = new QMenu(tr("&Move To"), this);
    m_moveMenu->setObjectName(QStringLiteral("moveMenu"));
    connect(m_moveMenu, &QMenu::aboutToShow, this, &MailPane::fillMoveMenu);
    m_moveAction = m_moveMenu->menuAction();
    m_moveAction->setObjectName(QStringLiteral("moveAction"));

    m_newFolderAction = new QAction(tr("&New Folder…"), this);
    m_newFolderAction->setObjectName(QStringLiteral("newFolderAction"));
    connect(m_newFolderAction, &QAction::triggered, this, &MailPane::newFolder);

    m_replyAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-reply-sender"),
                                                 style()->standardIcon(QStyle::SP_ArrowBack)),
                                tr("&Reply"), this);
    m_replyAction->setObjectName(QStringLiteral("replyAction"));
    m_replyAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_replyAction->setStatusTip(tr("Answer the sender"));
    connect(m_replyAction, &QAction::triggered, this, [this] { reply(ReplyBuilder::Mode::Reply); });
    m_replyAllAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-reply-all"),
                                                    style()->standardIcon(QStyle::SP_ArrowBack)),
                                   tr("Reply &All"), this);
    m_replyAllAction->setObjectName(QStringLiteral("replyAllAction"));
    m_replyAllAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_replyAllAction->setStatusTip(tr("Answer the sender and everyone the message went to"));
    connect(m_replyAllAction, &QAction::triggered, this,
            [this] { reply(ReplyBuilder::Mode::ReplyAll); });
    m_forwardAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-forward"),
                                                   style()->standardIcon(QStyle::SP_ArrowForward)),
                                  tr("F&orward"), this);
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_forwardAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_forwardAction->setStatusTip(tr("Send the message on, with its attachments"));
    connect(m_forwardAction, &QAction::triggered, this, &MailPane::forward);

    m_list->addActions(composeActions());
    m_list->addActions(messageActions());
    updateActions();
}

QList<QAction *> MailPane::composeActions() const
{
    return {m_replyAction, m_replyAllAction, m_forwardAction};
}

QList<QAction *> MailPane::messageActions() const
{
    return {m_readAction, m_unreadAction, m_flagAction, m_deleteAction, m_moveAction};
}

void MailPane::setAccount(const QString &accountId)
{
    if (m_account && m_account->id == accountId)
        return;
    if (m_account)
        m_accounts->setWatching(*m_account, false)->start();
    m_account = accountId.isEmpty() ? std::nullopt : m_accounts->find(accountId);
    m_folder.clear();
    m_openUid = 0;
    m_openBytes.clear();
    m_model->setMessages({});
    m_folders->setFolders({});
    m_view->clear();
    updateActions();
    if (!m_account)
        return;
    loadFolders();
    if (!m_account->service(ServiceType::Imap)) {
        emit statusMessage(tr("%1 receives mail by POP3; Satchel shows IMAP mail only so far.")
                               .arg(m_account->email),
                           0);
        return;
    }
    sync({});
    WatchJob *watch = m_accounts->setWatching(*m_account, true);
    connect(watch, &Job::finished, this, [this, watch] {
        if (watch->error().isError())
            emit statusMessage(watch->error().message(), 0);
    });
    watch->start();
}

void MailPane::sync(const QString &folder)
{
    if (!m_account || (m_syncsRunning > 0 && folder.isEmpty()))
        return;
    ++m_syncsRunning;
    updateActions();
    emit statusMessage(tr("Syncing %1…").arg(folder.isEmpty() ? m_account->email : folder), 0);
    if (folder.isEmpty())
        flushOutbox();
    SyncJob *job = m_accounts->sync(*m_account);
    job->setFolder(folder);
    connect(
        job, &SyncJob::progress, this, [this](const QString &folder, quint32 done, quint32 total) {
            emit statusMessage(total ? tr("Syncing %1: %2 of %3").arg(folder).arg(done).arg(total)
                                     : tr("Syncing %1…").arg(folder),
                               0);
        });
    const QString accountId = m_account->id;
    connect(job, &Job::finished, this, [this, job, accountId] {
        --m_syncsRunning;
        updateActions();
        if (m_account && m_account->id == accountId)
            onSynced(job->report(), job->error());
    });
    job->start();
}

void MailPane::onSynced(const SyncReport &report, const Error &error)
{
    if (error.isError()) {
        emit statusMessage(tr("Sync failed: %1").arg(error.message()), 0);
    } else {
        quint32 added = 0;
        for (const ImapAccountSync::FolderResult &folder : report.folders)
            added += folder.stats.added;
        QString text = added == 0   ? tr("Up to date.")
                       : added == 1 ? tr("Up to date; 1 new message.")
                                    : tr("Up to date; %n new messages.", nullptr, int(added));
        if (!report.refused.isEmpty())
            text += QLatin1Char(' ') + tr("The server refused a change: %1")
                                           .arg(report.refused.constFirst().error.message());
        emit statusMessage(text, 0);
    }
    loadFolders();
    loadMessages();
}

void MailPane::loadFolders()
{
    if (!m_account)
        return;
    FolderListJob *job = m_accounts->cachedFolders(*m_account);
    const QString accountId = m_account->id;
    connect(job, &Job::finished, this, [this, job, accountId] {
        if (!m_account || m_account->id != accountId)
            return;
        if (job->error().isError())
            emit statusMessage(job->error().message(), 0);
        else
            m_folders->setFolders(job->folders());
    });
    job->start();
}

void MailPane::loadMessages()
{
    if (!m_account || m_folder.isEmpty())
        return;
    MessageListJob *job = m_accounts->messages(*m_account);
    job->setFolder(m_folder);
    MessageQuery query;
    query.search = m_search->text().trimmed();
    job->setQuery(query);
    const quint64 generation = ++m_listGeneration;
    const QString folder = m_folder;
    connect(job, &Job::finished, this, [this, job, generation, folder] {
        if (generation != m_listGeneration)
            return; // a newer list is on its way
        if (job->error().isError()) {
            emit statusMessage(job->error().message(), 0);
            return;
        }
        const quint32 open = m_openUid;
        m_model->setMessages(job->messages());
        const int row = m_model->rowOf(open);
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_model->index(row, MessageListModel::SubjectColumn));
        } else if (open) {
            m_openUid = 0;
            m_markRead.stop();
            m_view->clear();
        }
        updateActions();
    });
    job->start();
}

std::optional<quint32> MailPane::currentUid() const
{
    const CachedMessage *message = m_model->message(m_list->currentIndex().row());
    return message ? std::optional<quint32>(message->uid) : std::nullopt;
}

void MailPane::onCurrentMessageChanged()
{
    updateActions();
    const std::optional<quint32> uid = currentUid();
    if (!uid) {
        m_openUid = 0;
        m_openBytes.clear();
        m_markRead.stop();
        m_view->clear();
        return;
    }
    if (*uid != m_openUid)
        openMessage(*uid);
}

void MailPane::openMessage(quint32 uid)
{
    m_openUid = uid;
    m_openBytes.clear();
    updateActions();
    m_markRead.stop();
    m_view->showNotice(tr("Loading the message…"));
    ReadMessageJob *job = m_accounts->read(*m_account);
    job->setMessage(m_folder, uid);
    connect(job, &Job::finished, this, [this, job, uid] {
        if (uid != m_openUid)
            return;
        if (job->error().isError()) {
            m_view->showNotice(job->error().message());
            return;
        }
        m_openBytes = job->bytes();
        m_view->showMessage(m_openBytes);
        updateActions();
        const int row = m_model->rowOf(uid);
        if (row >= 0 && !m_model->message(row)->isSeen())
            m_markRead.start();
    });
    job->start();
}

void MailPane::markOpenMessageRead()
{
    if (m_openUid && currentUid() == m_openUid)
        setSeen(true);
}

void MailPane::reply(ReplyBuilder::Mode mode)
{
    if (!m_account || m_openBytes.isEmpty())
        return;
    QStringList own;
    for (const Account &account : m_accounts->list())
        own << account.email;
    emit composeRequested(ReplyBuilder::reply(MimeMessage::parse(m_openBytes),
                                              {m_account->name, m_account->email}, mode, own));
}

void MailPane::forward()
{
    if (m_account && !m_openBytes.isEmpty())
        emit composeRequested(ReplyBuilder::forward(MimeMessage::parse(m_openBytes),
                                                    {m_account->name, m_account->email}));
}

// What waits in the outbox (a message queued while the server could not be reached) goes with
// each sync of the whole account.
void MailPane::flushOutbox()
{
    if (!m_account->service(ServiceType::Smtp))
        return;
    SendJob *job = m_accounts->send(*m_account);
    connect(job, &Job::finished, this, [this, job] {
        if (job->reports().isEmpty())
            return;
        emit statusMessage(
            job->error().isError()
                ? tr("Sending from the outbox failed: %1").arg(job->error().message())
                : tr("Sent %n message(s) from the outbox.", nullptr, int(job->reports().size())),
            0);
    });
    job->start();
}

void MailPane::setSeen(bool seen)
{
    const std::optional<quint32> uid = currentUid();
    if (!uid)
        return;
    m_markRead.stop();
    m_model->setFlag(*uid, seenFlag, seen);
    runChange({PendingChange::Kind::Flag, m_folder, *uid,
               QString::fromLatin1(seen ? "+\\Seen" : "-\\Seen")});
}

void MailPane::toggleFlag()
{
    const std::optional<quint32> uid = currentUid();
    if (!uid)
        return;
    const bool flagged = !m_model->message(m_model->rowOf(*uid))->flags.contains(flaggedFlag);
    m_model->setFlag(*uid, flaggedFlag, flagged);
    runChange({PendingChange::Kind::Flag, m_folder, *uid,
               QString::fromLatin1(flagged ? "+\\Flagged" : "-\\Flagged")});
    updateActions();
}

void MailPane::deleteMessage()
{
    const std::optional<quint32> uid = currentUid();
    if (!uid)
        return;
    const QList<CachedFolder> folders = m_folders->folders();
    const bool inTrash = std::any_of(folders.begin(), folders.end(), [this](const auto &folder) {
        return folder.name == m_folder && folder.role == QLatin1String("trash");
    });
    if (inTrash && QMessageBox::question(this, tr("Delete for Good"),
                                         tr("This message is in the Trash. Delete it for good?")) !=
                       QMessageBox::Yes)
        return;
    m_model->removeMessage(*uid);
    runChange({PendingChange::Kind::Delete, m_folder, *uid, {}});
}

void MailPane::fillMoveMenu()
{
    m_moveMenu->clear();
    for (const CachedFolder &folder : m_folders->folders()) {
        if (folder.name == m_folder)
            continue;
        QAction *action = m_moveMenu->addAction(FolderList::displayName(folder));
        action->setData(folder.name);
        connect(action, &QAction::triggered, this,
                [this, name = folder.name] { moveMessage(name); });
    }
}

void MailPane::moveMessage(const QString &folder)
{
    const std::optional<quint32> uid = currentUid();
    if (!uid)
        return;
    m_model->removeMessage(*uid);
    runChange({PendingChange::Kind::Move, m_folder, *uid, folder});
}

void MailPane::newFolder()
{
    if (!m_account)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Folder"),
                              tr("Name of the new folder (use / for a folder inside another):"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    runChange({PendingChange::Kind::CreateFolder, name, 0, {}});
}

void MailPane::runChange(const MailChangeRequest &request)
{
    if (!m_account)
        return;
    MailChangeJob *job = m_accounts->change(*m_account);
    job->setRequest(request);
    const QString accountId = m_account->id;
    connect(job, &Job::finished, this, [this, job, accountId] {
        if (!m_account || m_account->id != accountId)
            return;
        const ChangeReport &report = job->report();
        if (job->error().isError()) {
            emit statusMessage(job->error().message(), 0);
            loadMessages(); // the list shows what the cache holds
        } else if (!report.refused.isEmpty()) {
            emit statusMessage(tr("The server refused a change: %1")
                                   .arg(report.refused.constFirst().error.message()),
                               0);
            loadMessages();
        } else if (report.queued) {
            emit statusMessage(tr("The server cannot be reached; the change was saved and will "
                                  "be made at the next connection."),
                               0);
        }
        loadFolders(); // the unread counts
    });
    job->start();
}

void MailPane::updateActions()
{
    const bool hasAccount = m_account.has_value();
    const std::optional<quint32> uid = currentUid();
    m_syncAction->setEnabled(hasAccount && m_syncsRunning == 0);
    m_newFolderAction->setEnabled(hasAccount);
    for (QAction *action : messageActions())
        action->setEnabled(uid.has_value());
    for (QAction *action : composeActions())
        action->setEnabled(uid.has_value() && !m_openBytes.isEmpty());
    const CachedMessage *message = uid ? m_model->message(m_model->rowOf(*uid)) : nullptr;
    m_flagAction->setChecked(message && message->flags.contains(flaggedFlag));
}

} // namespace Satchel
