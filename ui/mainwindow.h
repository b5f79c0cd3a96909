#pragma once

#include "discoveryrunner.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QWidget;

namespace Satchel {

class Accounts;
class SetupWizard;

// The main window: menus, the accounts of the profile, a status bar. Mail views and the setup
// wizard come in their own classes.
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

private:
    void createMenus();
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
    QAction *m_exportAction = nullptr;
};

} // namespace Satchel
