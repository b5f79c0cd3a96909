#include "mainwindow.h"

#include "composewindow.h"
#include "discoveryjobrunner.h"
#include "exportdialog.h"
#include "mailpane.h"
#include "service/accounts.h"
#include "setupwizard.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Satchel {

MainWindow::MainWindow(Accounts *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_discovery([accounts](QObject *parent) {
        return new DiscoveryJobRunner(accounts->tlsPolicy(), parent);
    })
    , m_stack(new QStackedWidget(this))
    , m_accountList(new QListWidget(m_stack))
    , m_emptyState(createEmptyState())
    , m_mailPane(new MailPane(accounts, m_accountList, m_stack))
    , m_accountCount(new QLabel(this))
{
    setWindowTitle(tr("Satchel"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1180, 720);

    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setUniformItemSizes(true);
    m_accountList->setTextElideMode(Qt::ElideRight);
    m_accountList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_mailPane);
    setCentralWidget(m_stack);
    m_accountCount->setObjectName(QStringLiteral("accountCount"));
    statusBar()->addPermanentWidget(m_accountCount);

    createMenus();
    createToolBar();
    connect(m_accounts, &Accounts::accountsChanged, this, &MainWindow::refreshAccounts);
    connect(m_accountList, &QListWidget::currentRowChanged, this, [this] {
        m_mailPane->setAccount(currentAccountId());
        updateActions();
    });
    connect(m_mailPane, &MailPane::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_mailPane, &MailPane::composeRequested, this, &MainWindow::openComposer);
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
    auto *add = new QPushButton(tr("&Set Up an Account…"), page);
    add->setObjectName(QStringLiteral("addAccountButton"));
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &MainWindow::showSetupWizard);
    auto *hint = new QLabel(tr("Or add one from a terminal:"), page);
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
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addWidget(command, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *add = file->addAction(tr("&Add Account…"), this, &MainWindow::showSetupWizard);
    add->setObjectName(QStringLiteral("addAccountAction"));
    m_exportAction = file->addAction(tr("&Export Account…"), this, &MainWindow::showExportDialog);
    m_exportAction->setObjectName(QStringLiteral("exportAccountAction"));
    m_exportAction->setStatusTip(tr("Set up another device with this account's settings"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *mail = menuBar()->addMenu(tr("&Mail"));
    mail->setObjectName(QStringLiteral("mailMenu"));
    m_newMessageAction = mail->addAction(tr("&New Message"), this, [this] {
        OutgoingMessage draft;
        if (m_mailPane->account())
            draft.from.address = m_mailPane->account()->email;
        openComposer(draft);
    });
    m_newMessageAction->setObjectName(QStringLiteral("newMessageAction"));
    m_newMessageAction->setIcon(QIcon::fromTheme(QStringLiteral("mail-message-new"),
                                                 style()->standardIcon(QStyle::SP_FileIcon)));
    m_newMessageAction->setShortcut(QKeySequence::New);
    m_newMessageAction->setStatusTip(tr("Write a new message"));
    mail->addActions(m_mailPane->composeActions());
    mail->addSeparator();
    mail->addAction(m_mailPane->syncAction());
    mail->addAction(m_mailPane->newFolderAction());
    mail->addSeparator();
    mail->addActions(m_mailPane->messageActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Satchel"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Mail"));
    m_toolBar->setObjectName(QStringLiteral("mailToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_mailPane->syncAction());
    m_toolBar->addAction(m_newMessageAction);
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_mailPane->composeActions());
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_mailPane->messageActions());
}

QString MainWindow::currentAccountId() const
{
    const QListWidgetItem *item = m_accountList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::refreshAccounts()
{
    const QString selected = currentAccountId();
    const QSignalBlocker blocker(m_accountList);
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
        item->setToolTip(item->text());
    }
    m_stack->setCurrentWidget(accounts.isEmpty() ? m_emptyState : m_mailPane);
    m_toolBar->setVisible(!accounts.isEmpty());
    if (m_accountList->count() > 0)
        m_accountList->setCurrentRow(0);
    selectAccount(selected);
    m_mailPane->setAccount(currentAccountId());
    updateActions();
    const int count = int(accounts.size());
    m_accountCount->setText(
        (count == 1 ? tr("1 account in %1") : tr("%n accounts in %1", nullptr, count))
            .arg(m_accounts->profile().directory()));
}

void MainWindow::updateActions()
{
    if (m_exportAction)
        m_exportAction->setEnabled(m_accountList->currentItem() != nullptr);
}

void MainWindow::selectAccount(const QString &id)
{
    for (int row = 0; row < m_accountList->count(); ++row) {
        if (m_accountList->item(row)->data(Qt::UserRole).toString() == id)
            m_accountList->setCurrentRow(row);
    }
}

SetupWizard *MainWindow::showSetupWizard()
{
    auto *wizard = new SetupWizard(m_accounts, m_discovery, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        if (wizard->addedAccount())
            selectAccount(wizard->addedAccount()->id);
    });
    wizard->show();
    return wizard;
}

void MainWindow::showExportDialog()
{
    const QListWidgetItem *item = m_accountList->currentItem();
    const std::optional<Account> account =
        item ? m_accounts->find(item->data(Qt::UserRole).toString()) : std::nullopt;
    if (!account)
        return;
    auto *dialog = new ExportDialog(*account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ComposeWindow *MainWindow::openComposer(const OutgoingMessage &draft)
{
    auto *composer = new ComposeWindow(m_accounts, this);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->setDraft(draft);
    connect(composer, &ComposeWindow::sent, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    composer->show();
    return composer;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satchel"),
                       tr("Satchel %1\nMail and account setup for IMAP, POP3, SMTP, CardDAV "
                          "and CalDAV.")
                           .arg(QStringLiteral(SATCHEL_VERSION)));
}

} // namespace Satchel
