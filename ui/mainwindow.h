#pragma once

#include "discoveryrunner.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QWidget;

namespace Satchel {

class Accounts;
class ComposeWindow;
class MailPane;
struct OutgoingMessage;
class SetupWizard;

// The main window: menus, a tool bar, the accounts of the profile above the selected account's
// mail (MailPane), a status bar; when the profile has no account, how to set one up.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Accounts *accounts, QWidget *parent = nullptr);

    // How the setup wizard looks up settings: the real discovery unless a test wires its own.
    void setDiscoveryFactory(DiscoveryRunnerFactory factory) { m_discovery = std::move(factory); }

    // File → Add Account…: opens the setup wizard (window-modal) and returns it.
    SetupWizard *showSetupWizard();
    // File → Export Account…: for the selected account.
    void showExportDialog();

    MailPane *mailPane() const { return m_mailPane; }
    // Mail → New Message, and Reply, Reply All, Forward: a compose window showing the draft.
    ComposeWindow *openComposer(const OutgoingMessage &draft);

private:
    void createMenus();
    void createToolBar();
    QString currentAccountId() const;
    QWidget *createEmptyState();
    void refreshAccounts();
    void selectAccount(const QString &id);
    void updateActions();
    void showAbout();

    Accounts *m_accounts;
    DiscoveryRunnerFactory m_discovery;
    QStackedWidget *m_stack;
    QListWidget *m_accountList;
    QWidget *m_emptyState;
    MailPane *m_mailPane;
    QLabel *m_accountCount;
    QToolBar *m_toolBar = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newMessageAction = nullptr;
};

} // namespace Satchel
