#include "folderlist.h"
#include "imap/imapappendjob.h"
#include "imap/imapfetchjob.h"
#include "imap/imapselectjob.h"
#include "imap/imapsession.h"
#include "jobrun.h"
#include "mailpane.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messageview.h"
#include "screenshot.h"
#include "service/accounts.h"
#include "service/addaccountjob.h"
#include "testbed.h"

#include <QAction>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Satchel;
using namespace Satchel::Test;

// The main window reading mail from the test bed's Dovecot, as a user would: the account is
// ivan's, which no other test uses. Messages arrive through Postfix (TestBed::deliver) or are
// appended by "another client"; what Satchel did is checked on the server with a second session.
class TestMailView : public QObject
{
    Q_OBJECT

    const QString user = QStringLiteral("ivan@example.test");
    QTemporaryDir m_profile;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ImapSession> m_other;
    QByteArray m_token = QByteArray::number(QRandomGenerator::global()->generate(), 16);

    MailPane *pane() const { return m_window->mailPane(); }

    int rowWithSubject(const QString &subject) const
    {
        const MessageListModel *model = pane()->messageModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->message(row)->subject == subject)
                return row;
        }
        return -1;
    }

    void open(int row)
    {
        QTreeView *list = pane()->messageList();
        list->setFocus();
        list->setCurrentIndex(pane()->messageModel()->index(row, MessageListModel::SubjectColumn));
    }

    void syncAndWait()
    {
        QAction *sync = pane()->syncAction();
        QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), 20000);
        sync->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), 20000);
    }

    // The message's flags as another client sees them on the server.
    QList<QByteArray> serverFlags(quint32 uid)
    {
        auto *select = new ImapSelectJob(m_other.get());
        select->setMailbox("INBOX");
        select->setReadOnly(true);
        JobRun<ImapSelectJob> selected(select);
        auto *fetch = new ImapFetchJob(m_other.get());
        fetch->setUids(QByteArray::number(uid));
        fetch->setItems("(UID FLAGS)");
        JobRun<ImapFetchJob> run(fetch);
        if (!QTest::qWaitFor([&] { return run.done; }, 10000))
            return {QByteArrayLiteral("(fetch failed)")};
        for (const ImapFetchData &message : run.job->messages()) {
            if (message.uid == uid && message.flags)
                return *message.flags;
        }
        return {QByteArrayLiteral("(no such message)")};
    }

private slots:
    void initTestCase()
    {
        SATCHEL_REQUIRE_TESTBED();
        const TestBed &bed = TestBed::instance();
        m_accounts = std::make_unique<Accounts>(Profile(m_profile.path()));
        QVERIFY(!m_accounts->load().isError());
        m_accounts->tlsPolicy() = bed.tlsPolicy();
        Account account;
        account.name = QStringLiteral("Ivan Reader");
        account.email = user;
        ServiceConfig imap;
        imap.type = ServiceType::Imap;
        imap.host = bed.host();
        imap.port = bed.port(QStringLiteral("imaps"));
        imap.security = Security::Tls;
        account.services = {imap};
        JobRun<AddAccountJob> add(m_accounts->add(account, bed.password(user)));
        QTRY_VERIFY_WITH_TIMEOUT(add.done, 20000);
        QVERIFY2(!add.job->error().isError(), qPrintable(add.job->error().message()));
        m_other.reset(bed.openImapSession(user));
        QVERIFY(m_other);

        m_window = std::make_unique<MainWindow>(m_accounts.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void deliveredMailIsListedAndReadAndBecomesSeen()
    {
        const QString first = QStringLiteral("First %1").arg(QLatin1String(m_token));
        const QString second = QStringLiteral("Second %1").arg(QLatin1String(m_token));
        QVERIFY(TestBed::instance().deliver(user, first.toUtf8()));
        QVERIFY(TestBed::instance().deliver(user, second.toUtf8()));
        syncAndWait();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(first) >= 0 && rowWithSubject(second) >= 0, 10000);
        // Previews follow the headers (a partial BODY.PEEK: the checks below show nothing read).
        QTRY_COMPARE_WITH_TIMEOUT(pane()->messageModel()->message(rowWithSubject(second))->preview,
                                  QStringLiteral("Hello from the test bed."), 10000);
        QCOMPARE(pane()->folderList()->currentFolder(), QStringLiteral("INBOX"));
        QVERIFY(pane()->folderList()->currentItem()->text().startsWith(QLatin1String("Inbox (")));

        const int row = rowWithSubject(first);
        const CachedMessage message = *pane()->messageModel()->message(row);
        QVERIFY(!message.isSeen());
        QVERIFY(!serverFlags(message.uid).contains("\\Seen"));
        QVERIFY(pane()
                    ->messageModel()
                    ->data(pane()->messageModel()->index(row, 1), Qt::FontRole)
                    .value<QFont>()
                    .bold());
        open(row);
        MessageView *view = pane()->messageView();
        QTRY_VERIFY_WITH_TIMEOUT(
            view->bodyText().contains(QLatin1String("Hello from the test bed.")), 10000);
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("messageSubject"))->text(), first);
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("messageFrom"))
                    ->text()
                    .contains(QLatin1String("alice@example.test")));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("messageTo"))->text().contains(user));
        QVERIFY(!view->remoteContentBlocked());

        // Read after a second of being open: in the list at once, then on the server.
        QTRY_VERIFY_WITH_TIMEOUT(pane()->messageModel()->message(rowWithSubject(first))->isSeen(),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(serverFlags(message.uid).contains("\\Seen"), 10000);
        QVERIFY(!serverFlags(pane()->messageModel()->message(rowWithSubject(second))->uid)
                     .contains("\\Seen"));
        saveScreenshot(m_window.get(), QStringLiteral("mainwindow-mail.png"));
    }

    void htmlWithRemoteImageIsBlockedAndNothingIsFetched()
    {
        QTcpServer tracker;
        QVERIFY(tracker.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&tracker, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = tracker.nextPendingConnection()) {
                ++connections;
                socket->close();
            }
        });
        const QString subject = QStringLiteral("Newsletter %1").arg(QLatin1String(m_token));
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(tracker.serverPort());
        auto *append = new ImapAppendJob(m_other.get());
        append->setMailbox("INBOX");
        append->setMessage("From: Shop <news@shop.example>\r\nTo: " + user.toUtf8() +
                           "\r\nSubject: " + subject.toUtf8() +
                           "\r\nDate: Sun, 22 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: text/html; charset=utf-8\r\n\r\n"
                           "<html><head><link rel=\"stylesheet\" href=\"" +
                           url +
                           "/style.css\"></head>"
                           "<body style=\"background: url(" +
                           url +
                           "/bg.png)\">"
                           "<h1>Autumn offers</h1><p>Everything must go.</p>"
                           "<img src=\"" +
                           url +
                           "/pixel.png?to=ivan\" width=\"1\" height=\"1\">"
                           "<img src=\"http://127.0.0.1:1/x.png\">"
                           "<p><a href=\"" +
                           url + "/click\">Shop now</a></p></body></html>\r\n");
        JobRun<ImapAppendJob> appended(append);
        QTRY_VERIFY_WITH_TIMEOUT(appended.done, 10000);
        QVERIFY2(!appended.job->error().isError(), qPrintable(appended.job->error().message()));

        syncAndWait();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(subject) >= 0, 10000);
        open(rowWithSubject(subject));
        MessageView *view = pane()->messageView();
        QTRY_VERIFY_WITH_TIMEOUT(view->bodyText().contains(QLatin1String("Everything must go.")),
                                 10000);
        auto *bar = view->findChild<QLabel *>(QStringLiteral("remoteContentBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
        QVERIFY(bar->text().contains(QLatin1String("Remote content was blocked")));
        saveScreenshot(m_window.get(), QStringLiteral("mainwindow-remote-blocked.png"));
        QTest::qWait(500); // time for any request that would be made
        QCOMPARE(connections, 0);

        // A plain message after it shows no bar.
        open(rowWithSubject(QStringLiteral("Second %1").arg(QLatin1String(m_token))));
        QTRY_VERIFY_WITH_TIMEOUT(view->bodyText().contains(QLatin1String("Hello from")), 10000);
        QVERIFY(!bar->isVisible());
    }

    void flagAndSearch()
    {
        const QString second = QStringLiteral("Second %1").arg(QLatin1String(m_token));
        open(rowWithSubject(second));
        const quint32 uid = pane()->messageModel()->message(rowWithSubject(second))->uid;
        QAction *flag = m_window->findChild<QAction *>(QStringLiteral("flagAction"));
        QVERIFY(flag && flag->isEnabled());
        flag->trigger();
        QCOMPARE(
            pane()
                ->messageModel()
                ->data(pane()->messageModel()->index(rowWithSubject(second), 0), Qt::DisplayRole)
                .toString(),
            QStringLiteral("★"));
        QTRY_VERIFY_WITH_TIMEOUT(serverFlags(uid).contains("\\Flagged"), 10000);

        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("Newsletter %1").arg(QLatin1String(m_token)));
        QTRY_COMPARE_WITH_TIMEOUT(pane()->messageModel()->rowCount(), 1, 5000);
        QVERIFY(
            pane()->messageModel()->message(0)->subject.startsWith(QLatin1String("Newsletter")));
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(pane()->messageModel()->rowCount() >= 3, 5000);
    }

    void newMailShowsWithoutAskingForIt()
    {
        // The INBOX watcher (IDLE) syncs on its own; the list follows.
        const QString third = QStringLiteral("Third %1").arg(QLatin1String(m_token));
        QVERIFY(TestBed::instance().deliver(user, third.toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(third) >= 0, 10000);
    }

    void deleteMovesToTheTrash()
    {
        const QString first = QStringLiteral("First %1").arg(QLatin1String(m_token));
        open(rowWithSubject(first));
        m_window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
        QCOMPARE(rowWithSubject(first), -1);
        pane()->folderList()->selectFolder(QStringLiteral("Trash"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(first) >= 0, 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_other.reset();
        m_accounts.reset();
    }
};

QTEST_MAIN(TestMailView)
#include "tst_mailview.moc"
