#include "mainwindow.h"

#include "service/accounts.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace Satchel {

MainWindow::MainWindow(Accounts *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_stack(new QStackedWidget(this))
    , m_accountList(new QListWidget(m_stack))
    , m_emptyLabel(new QLabel(m_stack))
{
    setWindowTitle(tr("Satchel"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(960, 640);

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setText(tr("No account is set up in this profile yet.\n\n"
                             "Add one with: satchel-cli account add you@example.com --imap "
                             "imaps://imap.example.com --smtp smtps://smtp.example.com"));
    m_emptyLabel->setContentsMargins(48, 48, 48, 48);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setUniformItemSizes(true);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_accountList);
    setCentralWidget(m_stack);

    createMenus();
    connect(m_accounts, &Accounts::accountsChanged, this, &MainWindow::refreshAccounts);
    refreshAccounts();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Satchel"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::refreshAccounts()
{
    m_accountList->clear();
    const QList<Account> accounts = m_accounts->list();
    for (const Account &account : accounts) {
        auto *item =
            new QListWidgetItem(tr("%1 <%2>").arg(account.name, account.email), m_accountList);
        item->setData(Qt::UserRole, account.id);
    }
    m_stack->setCurrentWidget(accounts.isEmpty() ? static_cast<QWidget *>(m_emptyLabel)
                                                 : m_accountList);
    const int count = int(accounts.size());
    statusBar()->showMessage(
        (count == 1 ? tr("1 account in %1") : tr("%n accounts in %1", nullptr, count))
            .arg(m_accounts->profile().directory()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satchel"),
                       tr("Satchel %1\nMail and account setup for IMAP, POP3, SMTP, CardDAV "
                          "and CalDAV.")
                           .arg(QStringLiteral(SATCHEL_VERSION)));
}

} // namespace Satchel
