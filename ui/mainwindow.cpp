#include "mainwindow.h"

#include "service/accounts.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Satchel {

MainWindow::MainWindow(Accounts *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_stack(new QStackedWidget(this))
    , m_accountList(new QListWidget(m_stack))
    , m_emptyState(createEmptyState())
{
    setWindowTitle(tr("Satchel"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(960, 640);

    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setUniformItemSizes(true);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_accountList);
    setCentralWidget(m_stack);

    createMenus();
    connect(m_accounts, &Accounts::accountsChanged, this, &MainWindow::refreshAccounts);
    refreshAccounts();
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *headline = new QLabel(tr("No account is set up in this profile yet."), page);
    QFont big = headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    headline->setFont(big);
    headline->setAlignment(Qt::AlignCenter);
    auto *hint =
        new QLabel(tr("Until the setup assistant arrives, add one from a terminal:"), page);
    hint->setAlignment(Qt::AlignCenter);
    auto *command = new QLabel(QStringLiteral("satchel-cli account add you@example.com \\\n"
                                              "    --imap imaps://imap.example.com \\\n"
                                              "    --smtp smtps://smtp.example.com"),
                               page);
    command->setObjectName(QStringLiteral("emptyCommand"));
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    command->setAlignment(Qt::AlignLeft);
    command->setAccessibleName(tr("Command to add an account"));

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(headline);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addWidget(command, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
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
        QStringList servers;
        for (const ServiceConfig &service : account.services)
            servers << tr("%1 %2").arg(serviceTypeName(service.type).toUpper(), service.host);
        auto *item = new QListWidgetItem(
            tr("%1 <%2>\n%3")
                .arg(account.name, account.email, servers.join(QStringLiteral("  ·  "))),
            m_accountList);
        item->setData(Qt::UserRole, account.id);
    }
    m_stack->setCurrentWidget(accounts.isEmpty() ? m_emptyState : m_accountList);
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
