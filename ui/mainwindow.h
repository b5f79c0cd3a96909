#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QWidget;

namespace Satchel {

class Accounts;

// The main window: menus, the accounts of the profile, a status bar. Mail views and the setup
// wizard come in their own classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Accounts *accounts, QWidget *parent = nullptr);

private:
    void createMenus();
    QWidget *createEmptyState();
    void refreshAccounts();
    void showAbout();

    Accounts *m_accounts;
    QStackedWidget *m_stack;
    QListWidget *m_accountList;
    QWidget *m_emptyState;
};

} // namespace Satchel
