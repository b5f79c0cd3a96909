#include "clirunner.h"
#include "imap/imapaccountsync.h"
#include "imap/imapappendjob.h"
#include "imap/imapfetchjob.h"
#include "imap/imappreviewfetch.h"
#include "imap/imapselectjob.h"
#include "imap/imapsession.h"
#include "jobrun.h"
#include "mime/mimepreview.h"
#include "service/mailengine.h"
#include "store/mailcache.h"
#include "testbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::runJob;
using namespace Satchel::Test;

// Previews against the test bed's Dovecot: one message of each common shape is appended by
// "another client", synced, and previewed from partial fetches; the server must not mark any of
// them read, and a cache with the whole messages makes the same previews with no connection.
// The account is mira's, which no other test uses.
class TestPreviews : public QObject
{
    Q_OBJECT

    const QString user = QStringLiteral("mira@example.test");

    bool append(const QByteArray &subject, const QByteArray &headersAndBody)
    {
        auto *job = new ImapAppendJob(m_other.get());
        job->setMailbox("INBOX");
        job->setMessage(
            "From: Other <other@example.test>\r\nTo: " + user.toUtf8() + "\r\nSubject: " + subject +
            "\r\nDate: Sun, 22 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n" + headersAndBody);
        return runJob(job);
    }

    bool sync(ImapSession *session, MailCache *cache, bool bodies)
    {
        auto *job = new ImapAccountSync(session, cache);
        job->setFolder(QStringLiteral("INBOX"));
        job->setFetchBodies(bodies);
        QString error;
        const bool ok = runJob(job, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    static QHash<QString, QString> previews(MailCache &cache)
    {
        MessageQuery query;
        query.folderId = cache.folder(QStringLiteral("INBOX"))->id;
        QHash<QString, QString> bySubject;
        for (const CachedMessage &message : cache.messages(query))
            bySubject.insert(message.subject, message.preview);
        return bySubject;
    }

    std::unique_ptr<ImapSession> m_other;
    std::unique_ptr<ImapSession> m_satchel;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_expected;

private slots:
    void initTestCase()
    {
        SATCHEL_REQUIRE_TESTBED();
        m_other.reset(TestBed::instance().openImapSession(user));
        m_satchel.reset(TestBed::instance().openImapSession(user));
        QVERIFY(m_other && m_satchel);
        QByteArray longText;
        for (int i = 0; i < 300; ++i)
            longText += "line " + QByteArray::number(i) + " of a long letter\r\n";
        const QByteArray pdf = "Content-Type: application/pdf; name=report.pdf\r\n"
                               "Content-Disposition: attachment; filename=report.pdf\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n";
        const struct
        {
            const char *subject;
            QByteArray message;
            QString preview;
        } messages[] = {
            {"plain", "Content-Type: text/plain\r\n\r\nJust plain text.\r\n-- \r\nOther\r\n",
             QStringLiteral("Just plain text.")},
            {"qp",
             "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
             "quoted-printable\r\n\r\nCaf=C3=A9 cr=C3=A8me, soft=\r\nbreak.\r\n"
             "On Sat, Bob wrote:\r\n> quoted\r\n",
             QStringLiteral("Café crème, softbreak.")},
            {"base64",
             "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
             "base64\r\n\r\n" +
                 QStringLiteral("Grüße aus Köln 日本").toUtf8().toBase64() + "\r\n",
             QStringLiteral("Grüße aus Köln 日本")},
            {"html",
             "Content-Type: text/html; charset=utf-8\r\n\r\n<html><head><style>p {}"
             "</style></head><body><p>Hello <b>HTML</b> &amp; you</p></body></html>\r\n",
             QStringLiteral("Hello HTML & you")},
            {"alternative",
             "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: "
             "text/html\r\n\r\n<p>The HTML one</p>\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
             "The plain one\r\n--b--\r\n",
             QStringLiteral("The plain one")},
            {"attachment",
             "Content-Type: multipart/mixed; boundary=m\r\n\r\n--m\r\nContent-Type: text/plain\r\n"
             "\r\nSee the report.\r\n--m\r\n" +
                 pdf + "--m--\r\n",
             QStringLiteral("See the report.")},
            {"only attachment",
             "Content-Type: multipart/mixed; boundary=m\r\n\r\n--m\r\n" + pdf + "--m--\r\n",
             QString()},
            {"long", "Content-Type: text/plain\r\n\r\n" + longText, QString()},
        };
        for (const auto &message : messages) {
            QVERIFY(append(message.subject, message.message));
            m_expected.insert(QString::fromLatin1(message.subject), message.preview);
        }
    }

    void previewsFromPartialFetches()
    {
        MailCache cache(m_dir.filePath(QStringLiteral("partial.sqlite")));
        QVERIFY(!cache.open().isError());
        QVERIFY(sync(m_satchel.get(), &cache, false));
        const CachedFolder inbox = *cache.folder(QStringLiteral("INBOX"));
        QCOMPARE(inbox.total, 8u);

        auto *job = new ImapPreviewFetch(m_satchel.get(), &cache, inbox);
        job->setBatchSize(5); // newest first: the last five appended
        JobRun<ImapPreviewFetch> first(job);
        QVERIFY(QTest::qWaitFor([&] { return first.done; }, 20000));
        QVERIFY2(!first.job->error().isError(), qPrintable(first.job->error().message()));
        QCOMPARE(first.job->made(), 5);
        QVERIFY(first.job->mayHaveMore());
        QHash<QString, QString> made = previews(cache);
        QVERIFY(made.value(QStringLiteral("plain")).isNull());
        QVERIFY(!made.value(QStringLiteral("long")).isNull());

        JobRun<ImapPreviewFetch> rest(new ImapPreviewFetch(m_satchel.get(), &cache, inbox));
        QVERIFY(QTest::qWaitFor([&] { return rest.done; }, 20000));
        QVERIFY(!rest.job->error().isError());
        QCOMPARE(rest.job->made(), 3);
        QVERIFY(!rest.job->mayHaveMore());

        made = previews(cache);
        const QString longPreview = made.take(QStringLiteral("long"));
        QVERIFY(longPreview.startsWith(QStringLiteral("line 0 of a long letter line 1 of")));
        QVERIFY(longPreview.size() <= MimePreview::maxLength);
        m_expected.remove(QStringLiteral("long"));
        QCOMPARE(made, m_expected);
        QVERIFY(!made.value(QStringLiteral("only attachment")).isNull());

        // Every message has its preview now, the empty ones included: nothing is asked again.
        JobRun<ImapPreviewFetch> again(new ImapPreviewFetch(nullptr, &cache, inbox));
        QVERIFY(QTest::qWaitFor([&] { return again.done; }, 5000));
        QVERIFY(!again.job->error().isError());
        QCOMPARE(again.job->made(), 0);

        // PEEK: the server still has every message unread.
        auto *select = new ImapSelectJob(m_other.get());
        select->setMailbox("INBOX");
        QVERIFY(runJob(select));
        auto *fetch = new ImapFetchJob(m_other.get());
        fetch->setUids("1:*");
        fetch->setItems("(UID FLAGS)");
        JobRun<ImapFetchJob> flags(fetch);
        QVERIFY(QTest::qWaitFor([&] { return flags.done; }, 20000));
        QCOMPARE(flags.job->messages().size(), 8);
        for (const ImapFetchData &message : flags.job->messages())
            QVERIFY2(!message.flags->contains("\\Seen"), message.flags->join(' ').constData());
    }

    void wholeMessagesNeedNoNetwork()
    {
        MailCache cache(m_dir.filePath(QStringLiteral("whole.sqlite")));
        QVERIFY(!cache.open().isError());
        QVERIFY(sync(m_satchel.get(), &cache, true));
        const CachedFolder inbox = *cache.folder(QStringLiteral("INBOX"));
        JobRun<ImapPreviewFetch> run(new ImapPreviewFetch(nullptr, &cache, inbox));
        QVERIFY(QTest::qWaitFor([&] { return run.done; }, 5000));
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        QCOMPARE(run.job->made(), 8);
        QHash<QString, QString> made = previews(cache);
        made.remove(QStringLiteral("long"));
        QCOMPARE(made, m_expected);
    }

    // The engine makes them by itself once a sync has answered.
    void engineMakesPreviewsAfterSync()
    {
        const TestBed &bed = TestBed::instance();
        MailEngine engine(m_dir.filePath(QStringLiteral("engine.sqlite")));
        ServiceConfig imap;
        imap.host = bed.host();
        imap.port = bed.port(QStringLiteral("imaps"));
        imap.username = user;
        engine.setServer(imap, bed.password(user), bed.tlsPolicy());
        QSignalSpy synced(&engine, &MailEngine::synced);
        QSignalSpy made(&engine, &MailEngine::previewsMade);
        engine.sync(1, QStringLiteral("INBOX"), false);
        QVERIFY(synced.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!made.isEmpty(), 20000);
        QCOMPARE(made.constFirst().constFirst().toString(), QStringLiteral("INBOX"));
        QSignalSpy listed(&engine, &MailEngine::messagesListed);
        engine.listMessages(2, QStringLiteral("INBOX"), {});
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 5000); // at once when the queue is idle
        const auto messages = listed.constFirst().at(1).value<QList<CachedMessage>>();
        QCOMPARE(messages.size(), 8);
        for (const CachedMessage &message : messages) {
            if (m_expected.contains(message.subject))
                QCOMPARE(message.preview, m_expected.value(message.subject));
        }
        engine.close();
    }

    void cliSyncWaitsForPreviews()
    {
        const TestBed &bed = TestBed::instance();
        const CliRunner cli(m_dir.filePath(QStringLiteral("profile")));
        const QByteArray password = bed.password(user).toUtf8() + '\n';
        const QString imap =
            QStringLiteral("imaps://%1:%2").arg(bed.host()).arg(bed.port(QStringLiteral("imaps")));
        CliResult r = cli.run({QStringLiteral("account"), QStringLiteral("add"), user,
                               QStringLiteral("--imap"), imap, QStringLiteral("--password-stdin")},
                              password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = cli.run({QStringLiteral("sync"), user, QStringLiteral("--folder"),
                     QStringLiteral("INBOX"), QStringLiteral("--previews"),
                     QStringLiteral("--password-stdin")},
                    password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = cli.run({QStringLiteral("list"), user, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 8);
        for (const QJsonValue &message : listed) {
            const QString subject = message[QLatin1String("subject")].toString();
            if (m_expected.contains(subject))
                QCOMPARE(message[QLatin1String("preview")].toString(), m_expected.value(subject));
            else
                QVERIFY(message[QLatin1String("preview")].toString().startsWith(
                    QLatin1String("line 0")));
        }
    }
};

QTEST_GUILESS_MAIN(TestPreviews)
#include "tst_previews.moc"
