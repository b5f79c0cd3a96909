#pragma once

#include "accounts/account.h"
#include "common/error.h"
#include "mime/replybuilder.h"

#include <QSplitter>
#include <QTimer>

#include <optional>

class QAction;
class QLineEdit;
class QMenu;
class QTreeView;

namespace Satchel {

class Accounts;
class FolderList;
struct MailChangeRequest;
struct SyncReport;
class MessageListModel;
class MessageView;

// An account's mail in three panes: its folders (below the given account list), the messages of
// the selected folder with a search field, and the selected message. Reads from the offline
// cache, syncs on request and when the INBOX watcher reports news, and makes the user's changes
// through MailChangeJob (in the cache at once, on the server when it can be reached).
class MailPane : public QSplitter
{
    Q_OBJECT

public:
    MailPane(Accounts *accounts, QWidget *accountList, QWidget *parent = nullptr);
    ~MailPane() override;

    // Shows the account's cached mail, syncs it and watches its INBOX; empty id: none.
    void setAccount(const QString &accountId);
    // How long a message stays open before it is marked as read (default one second).
    void setMarkReadDelay(int ms) { m_markRead.setInterval(ms); }

    QAction *syncAction() const { return m_syncAction; }
    QList<QAction *> messageActions() const;
    QAction *newFolderAction() const { return m_newFolderAction; }
    // Reply, Reply All, Forward: for the open message, once it is loaded.
    QList<QAction *> composeActions() const;
    // The account whose mail is shown, if any.
    const std::optional<Account> &account() const { return m_account; }

    FolderList *folderList() const { return m_folders; }
    QTreeView *messageList() const { return m_list; }
    MessageListModel *messageModel() const { return m_model; }
    MessageView *messageView() const { return m_view; }

signals:
    // A sentence for the status bar; timeout 0 keeps it until the next one.
    void statusMessage(const QString &text, int timeout);
    // The user asked to answer or forward the open message: a draft to show in a composer.
    void composeRequested(const Satchel::OutgoingMessage &draft);

private:
    QWidget *createListPane();
    void createActions();
    // One folder, or all when folder is empty.
    void sync(const QString &folder);
    void onSynced(const SyncReport &report, const Error &error);
    void loadFolders();
    void loadMessages();
    void onCurrentMessageChanged();
    void openMessage(quint32 uid);
    void markOpenMessageRead();
    void reply(ReplyBuilder::Mode mode);
    void forward();
    void flushOutbox();
    void setSeen(bool seen);
    void toggleFlag();
    void deleteMessage();
    void moveMessage(const QString &folder);
    void fillMoveMenu();
    void newFolder();
    void runChange(const MailChangeRequest &request);
    void updateActions();
    std::optional<quint32> currentUid() const;

    Accounts *m_accounts;
    std::optional<Account> m_account;
    FolderList *m_folders;
    QLineEdit *m_search;
    QTreeView *m_list;
    MessageListModel *m_model;
    MessageView *m_view;
    QTimer m_searchDelay;
    QTimer m_markRead;
    QString m_folder;
    quint32 m_openUid = 0;
    QByteArray m_openBytes; // the open message, once read: what a reply quotes
    quint64 m_listGeneration = 0;
    int m_syncsRunning = 0;
    QAction *m_syncAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_unreadAction = nullptr;
    QAction *m_flagAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_moveAction = nullptr;
    QMenu *m_moveMenu = nullptr;
    QAction *m_newFolderAction = nullptr;
    QAction *m_replyAction = nullptr;
    QAction *m_replyAllAction = nullptr;
    QAction *m_forwardAction = nullptr;
};

} // namespace Satchel
