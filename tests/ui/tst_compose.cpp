#include "attachmentlist.h"
#include "composewindow.h"
#include "jobrun.h"
#include "mailpane.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messageview.h"
#include "mime/mimemessage.h"
#include "screenshot.h"
#include "service/accounts.h"
#include "service/addaccountjob.h"
#include "smtp/outbox.h"
#include "testbed.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Satchel;
using namespace Satchel::Test;

// Writing mail in the GUI against the test bed: judy (IMAP and SMTP submission) writes in the
// compose window to ken; what arrived is read from ken's INBOX on the server. Both users are
// this test's alone.
class TestCompose : public QObject
{
    Q_OBJECT

    const QString judy = QStringLiteral("judy@example.test");
    const QString ken = QStringLiteral("ken@example.test");
    QTemporaryDir m_profile;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<MainWindow> m_window;
    QString m_token = QString::number(QRandomGenerator::global()->generate(), 16);

    MailPane *pane() const { return m_window->mailPane(); }

    // The message with this subject in the user's INBOX (new/ or cur/), waiting up to 10 s.
    static std::optional<MimeMessage> arrived(const QString &user, const QString &subject)
    {
        const QString maildir =
            TestBed::instance().directory() + QStringLiteral("/mail/") + user + u"/Maildir/";
        std::optional<MimeMessage> found;
        const bool seen = QTest::qWaitFor(
            [&] {
                for (const char *sub : {"new", "cur"}) {
                    QDirIterator it(maildir + QLatin1String(sub), QDir::Files);
                    while (it.hasNext()) {
                        QFile file(it.next());
                        if (!file.open(QIODevice::ReadOnly))
                            continue;
                        MimeMessage message = MimeMessage::parse(file.readAll());
                        if (message.subject() == subject) {
                            found = message;
                            return true;
                        }
                    }
                }
                return false;
            },
            10000);
        return seen ? found : std::nullopt;
    }

    ComposeWindow *newComposer()
    {
        OutgoingMessage draft;
        draft.from.address = judy;
        return active(m_window->openComposer(draft));
    }

    // Shortcuts such as Ctrl+Return work in the active window only.
    static ComposeWindow *active(ComposeWindow *window)
    {
        return activate(window) ? window : nullptr;
    }

    static bool activate(QWidget *window)
    {
        window->activateWindow();
        // The QWindow is active a moment before QApplication says so; shortcuts ask the latter.
        return QTest::qWaitFor([window] { return window->isActiveWindow(); });
    }

    static QLineEdit *field(ComposeWindow *window, const char *name)
    {
        return window->findChild<QLineEdit *>(QLatin1String(name));
    }

    // Types as a keyboard would, non-ASCII letters included (QTest::keyClicks takes Latin-1).
    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        for (const QChar c : text) {
            if (c == QLatin1Char('\n'))
                QTest::keyClick(widget, Qt::Key_Return);
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
    }

    // Closes the window, answering the discard question with Discard.
    static void discard(ComposeWindow *window)
    {
        QPointer<ComposeWindow> guard(window);
        bool asked = false;
        QTimer::singleShot(0, window, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                asked = true;
                box->button(QMessageBox::Discard)->click();
            }
        });
        window->close();
        QVERIFY(asked);
        QTRY_VERIFY(guard.isNull());
    }

    // An account with IMAP and SMTP on the test bed (SMTP on smtpPort), saved without a check:
    // its password may be wrong, its SMTP port closed.
    void addAccount(const QString &name, const QString &email, const QString &password,
                    quint16 smtpPort)
    {
        const TestBed &bed = TestBed::instance();
        Account account;
        account.name = name;
        account.email = email;
        ServiceConfig imap;
        imap.type = ServiceType::Imap;
        imap.host = bed.host();
        imap.port = bed.port(QStringLiteral("imaps"));
        imap.security = Security::Tls;
        ServiceConfig smtp = imap;
        smtp.type = ServiceType::Smtp;
        smtp.port = smtpPort;
        account.services = {imap, smtp};
        AddAccountJob *job = m_accounts->add(account, password);
        job->setVerify(false);
        JobRun<AddAccountJob> add(job);
        QTRY_VERIFY_WITH_TIMEOUT(add.done, 20000);
        QVERIFY2(!add.job->error().isError(), qPrintable(add.job->error().message()));
    }

    QList<ComposeWindow *> composers() const { return m_window->findChildren<ComposeWindow *>(); }

private slots:
    void initTestCase()
    {
        SATCHEL_REQUIRE_TESTBED();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const TestBed &bed = TestBed::instance();
        m_accounts = std::make_unique<Accounts>(Profile(m_profile.path()));
        QVERIFY(!m_accounts->load().isError());
        m_accounts->tlsPolicy() = bed.tlsPolicy();
        addAccount(QStringLiteral("Judy Writer"), judy, bed.password(judy),
                   bed.port(QStringLiteral("submissions")));
        if (QTest::currentTestFailed())
            return;

        m_window = std::make_unique<MainWindow>(m_accounts.get());
        m_window->show();
        // Active before a compose window opens: a late activation would take the focus back.
        QVERIFY(activate(m_window.get()));
    }

    void sendsWithNonAsciiSubjectAndAttachment()
    {
        ComposeWindow *window = newComposer();
        QVERIFY(window);
        QPointer<ComposeWindow> guard(window);
        QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("fromField"))->currentText(),
                 QStringLiteral("Judy Writer <judy@example.test>"));
        const QString subject = QStringLiteral("Grüße aus Köln ✓ %1").arg(m_token);
        type(field(window, "toField"), QStringLiteral("Ken Empfänger <ken@example.test>"));
        type(field(window, "subjectField"), subject);
        type(window->findChild<QPlainTextEdit *>(QStringLiteral("bodyEditor")),
             QStringLiteral("Hallo Ken,\nanbei die Zahlen.\n\nJudy"));
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("zahlen-ü.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("monat;umsatz\njanuar;100\n");
        csv.close();
        QVERIFY(window->attachmentList()->addFiles({path}));
        QCOMPARE(window->attachmentList()->item(0)->text(),
                 QStringLiteral("zahlen-ü.csv (24 bytes)"));
        saveScreenshot(window, QStringLiteral("compose.png"));

        QSignalSpy sent(window, &ComposeWindow::sent);
        QTest::keyClick(window->findChild<QPlainTextEdit *>(QStringLiteral("bodyEditor")),
                        Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(window->isSending());
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 20000); // closed once sent

        const std::optional<MimeMessage> message = arrived(ken, subject);
        QVERIFY(message);
        QCOMPARE(MimeAddress::formatList(message->from()),
                 QStringLiteral("Judy Writer <judy@example.test>"));
        QCOMPARE(MimeAddress::formatList(message->to()),
                 QStringLiteral("Ken Empfänger <ken@example.test>"));
        QCOMPARE(message->plainText().trimmed(),
                 QStringLiteral("Hallo Ken,\nanbei die Zahlen.\n\nJudy"));
        const QList<const MimePart *> attachments = message->attachments();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.constFirst()->filename, QStringLiteral("zahlen-ü.csv"));
        QCOMPARE(attachments.constFirst()->body(), QByteArray("monat;umsatz\njanuar;100\n"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().constFirst().toString(),
                 QStringLiteral("Sent \"%1\".").arg(subject));
    }

    void invalidAddressIsNamedAndNothingIsSent()
    {
        ComposeWindow *window = newComposer();
        QVERIFY(window);
        type(field(window, "toField"), QStringLiteral("ken@example.test"));
        type(field(window, "ccField"), QStringLiteral("Ann <ann@example.test>, bob@@example"));
        type(field(window, "subjectField"), QStringLiteral("Never sent"));
        window->send();
        QVERIFY(!window->isSending());
        QVERIFY2(window->statusText().startsWith(QLatin1String("Cc: \"bob@@example\" is not")),
                 qPrintable(window->statusText()));
        QCOMPARE(window->focusWidget(), field(window, "ccField"));
        discard(window);
    }

    void droppedFilesAreAttachedAndCanBeRemoved()
    {
        ComposeWindow *window = newComposer();
        QVERIFY(window);
        QTemporaryDir files;
        QList<QUrl> urls;
        for (const char *name : {"a.txt", "b.pdf"}) {
            QFile file(files.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(1500, 'x'));
            urls << QUrl::fromLocalFile(file.fileName());
        }
        QMimeData data;
        data.setUrls(urls);
        QWidget *target =
            window->findChild<QPlainTextEdit *>(QStringLiteral("bodyEditor"))->viewport();
        const QPoint middle = target->rect().center();
        QDragEnterEvent enter(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        AttachmentList *list = window->attachmentList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("b.pdf (1.46 KiB)"));
        QVERIFY(window->findChild<QPlainTextEdit *>(QStringLiteral("bodyEditor"))
                    ->toPlainText()
                    .isEmpty()); // attached, not pasted as text
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->attachments().size(), 1);
        QCOMPARE(list->attachments().constFirst().fileName, QStringLiteral("b.pdf"));
        QVERIFY(window->isModified());
        discard(window);
    }

    void refusedRecipientKeepsTheWindowAndTheOutboxEmpty()
    {
        ComposeWindow *window = newComposer();
        QVERIFY(window);
        QPointer<ComposeWindow> guard(window);
        type(field(window, "toField"), QStringLiteral("nobody@example.test"));
        type(field(window, "subjectField"), QStringLiteral("Refused %1").arg(m_token));
        window->send();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isSending(), 20000);
        QVERIFY(guard);
        QVERIFY2(window->statusText().contains(QLatin1String("refused every recipient")) &&
                     window->statusText().contains(QLatin1String("nobody@example.test")),
                 qPrintable(window->statusText()));
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        QVERIFY(!field(window, "toField")->isReadOnly());
        saveScreenshot(window, QStringLiteral("compose-refused.png"));
        // Taken out of the outbox: fixing the address and sending again sends it once.
        const QString outbox = Outbox::directoryFor(m_profile.path(), m_accounts->list()[0].id);
        QVERIFY(QDir(outbox).entryList({QStringLiteral("*.eml")}, QDir::Files).isEmpty());
        discard(window);
    }

    void replyIsThreadedAndQuoted()
    {
        const QString subject = QStringLiteral("Question %1").arg(m_token);
        QVERIFY(TestBed::instance().deliver(judy, subject.toUtf8()));
        QVERIFY(TestBed::instance().waitForMessage(judy, subject.toUtf8()));
        const std::optional<MimeMessage> original = arrived(judy, subject);
        QVERIFY(original);
        QAction *sync = pane()->syncAction();
        QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), 20000);
        sync->trigger();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const MessageListModel *model = pane()->messageModel();
                for (row = 0; row < model->rowCount(); ++row) {
                    if (model->message(row)->subject == subject)
                        return true;
                }
                return false;
            }(),
            20000);
        pane()->messageList()->setCurrentIndex(
            pane()->messageModel()->index(row, MessageListModel::SubjectColumn));
        QAction *reply = m_window->findChild<QAction *>(QStringLiteral("replyAction"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isEnabled(), 10000);
        QCOMPARE(reply->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        reply->trigger();
        QCOMPARE(composers().size(), 1);
        ComposeWindow *window = active(composers().constFirst());
        QVERIFY(window);
        QPointer<ComposeWindow> guard(window);
        QCOMPARE(field(window, "toField")->text(), QStringLiteral("Alice <alice@example.test>"));
        QCOMPARE(field(window, "subjectField")->text(), QStringLiteral("Re: ") + subject);
        // Answered to ken instead, whose INBOX this test reads.
        field(window, "toField")->clear();
        type(field(window, "toField"), ken);
        auto *body = window->findChild<QPlainTextEdit *>(QStringLiteral("bodyEditor"));
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("Yes, gladly."));
        QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 20000);

        const std::optional<MimeMessage> answer = arrived(ken, QStringLiteral("Re: ") + subject);
        QVERIFY(answer);
        QCOMPARE(answer->inReplyTo(), QStringList{original->messageId()});
        QCOMPARE(answer->references(), QStringList{original->messageId()});
        const QString text = answer->plainText();
        QVERIFY2(text.startsWith(QLatin1String("Yes, gladly.\n\nOn ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(", Alice wrote:\n> Hello from the test bed.")),
                 qPrintable(text));
    }

    void wrongPasswordKeepsTheWindowEditable()
    {
        addAccount(QStringLiteral("Ken"), ken, QStringLiteral("not-kens-password"),
                   TestBed::instance().port(QStringLiteral("submissions")));
        OutgoingMessage draft;
        draft.from.address = ken;
        ComposeWindow *window = active(m_window->openComposer(draft));
        QVERIFY(window);
        QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("fromField"))->currentText(),
                 QStringLiteral("Ken <ken@example.test>"));
        type(field(window, "toField"), judy);
        type(field(window, "subjectField"), QStringLiteral("Wrong password %1").arg(m_token));
        window->send();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isSending(), 20000);
        QVERIFY2(window->statusText().contains(QLatin1String("password")),
                 qPrintable(window->statusText()));
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        const QString outbox = Outbox::directoryFor(m_profile.path(), m_accounts->find(ken)->id);
        QVERIFY(QDir(outbox).entryList({QStringLiteral("*.eml")}, QDir::Files).isEmpty());
        discard(window);
    }

    void unreachableServerKeepsTheMessageQueued()
    {
        QTcpServer closed; // a port that nobody listens on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString offline = QStringLiteral("offline@example.test");
        addAccount(QStringLiteral("Offline"), offline, QStringLiteral("unused"), port);
        OutgoingMessage draft;
        draft.from.address = offline;
        ComposeWindow *window = active(m_window->openComposer(draft));
        QVERIFY(window);
        QPointer<ComposeWindow> guard(window);
        type(field(window, "toField"), judy);
        type(field(window, "subjectField"), QStringLiteral("Offline %1").arg(m_token));
        window->send();
        QVERIFY(window->isSending());
        window->close(); // not while the message is on its way
        QVERIFY(window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window->isSending(), 20000); // three attempts: about 3 s
        QVERIFY2(window->statusText().contains(QLatin1String("queued in the outbox")),
                 qPrintable(window->statusText()));
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        QVERIFY(field(window, "toField")->isReadOnly());
        saveScreenshot(window, QStringLiteral("compose-offline.png"));
        const QString outbox =
            Outbox::directoryFor(m_profile.path(), m_accounts->find(offline)->id);
        QCOMPARE(QDir(outbox).entryList({QStringLiteral("*.eml")}, QDir::Files).size(), 1);
        window->close(); // nothing to lose: no question
        QTRY_VERIFY(guard.isNull());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_accounts.reset();
    }
};

QTEST_MAIN(TestCompose)
#include "tst_compose.moc"
