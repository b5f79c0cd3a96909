#include "accounts/accountstore.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "service/accounts.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Satchel;
using namespace Satchel::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString accountCount(const MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("accountCount"))->text();
    }

private slots:
    void emptyProfileShowsHowToStart()
    {
        QTemporaryDir profile;
        Accounts accounts(Profile(profile.path()));
        QVERIFY(!accounts.load().isError());
        MainWindow window(&accounts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Mail"),
                                     QStringLiteral("&Help")}));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        auto *command = window.findChild<QLabel *>(QStringLiteral("emptyCommand"));
        QVERIFY(command && command->text().contains(QLatin1String("account add")));
        QVERIFY(accountCount(window).contains(QLatin1String("0 accounts")));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("syncAction"))->isEnabled());
        saveScreenshot(&window, QStringLiteral("mainwindow-empty.png"));
    }

    void accountsOfTheProfileAreListed()
    {
        QTemporaryDir profile;
        {
            AccountStore store(QDir(profile.path()).filePath(QStringLiteral("accounts.json")));
            Account account;
            account.name = QStringLiteral("Ada Lovelace");
            account.email = QStringLiteral("ada@example.com");
            ServiceConfig imap;
            imap.host = QStringLiteral("imap.example.com");
            imap.port = 993;
            account.services = {imap};
            QVERIFY(!store.add(&account).isError());
            QVERIFY(!store.save().isError());
        }
        Accounts accounts(Profile(profile.path()));
        QVERIFY(!accounts.load().isError());
        MainWindow window(&accounts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QListWidget *>(QStringLiteral("accountList"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(),
                 QStringLiteral("Ada Lovelace <ada@example.com>\nIMAP imap.example.com"));
        QVERIFY(accountCount(window).contains(QLatin1String("1 account")));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("messageList"))->isVisible());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("folderList"))->isVisible());
        saveScreenshot(&window, QStringLiteral("mainwindow-accounts.png"));
    }

    void germanTranslationIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/satchel_de.qm")));
        QCoreApplication::installTranslator(&translator);
        QTemporaryDir profile;
        Accounts accounts(Profile(profile.path()));
        QVERIFY(!accounts.load().isError());
        MainWindow window(&accounts);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
        QVERIFY(accountCount(window).startsWith(QLatin1String("0 Konten")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
