#include "jobrun.h"
#include "mailboxprobe.h"
#include "scriptedserver.h"
#include "sessionprobe.h"
#include "smtp/smtpsendjob.h"
#include "smtp/smtpsession.h"
#include "testbed.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Satchel;
using Satchel::Test::FoundMessage;
using Satchel::Test::JobRun;
using Satchel::Test::MailboxProbe;
using Satchel::Test::ScriptedServer;
using Satchel::Test::SessionProbe;
using Satchel::Test::TestBed;

namespace {

const QString alice = QStringLiteral("alice@example.test");
const QString bob = QStringLiteral("bob@example.test");
const QString carol = QStringLiteral("carol@example.test");

QByteArray messageTo(const QStringList &to, const QString &messageId, const QByteArray &body)
{
    return "From: Alice <alice@example.test>\r\nTo: " + to.join(u", ").toUtf8() +
           "\r\nSubject: SMTP session test\r\nMessage-ID: <" + messageId.toUtf8() +
           ">\r\nDate: Tue, 1 Jul 2025 10:00:00 +0000\r\n\r\n" + body;
}

struct SessionRun
{
    std::unique_ptr<SmtpSession> session = std::make_unique<SmtpSession>();
    SessionProbe probe{session.get()};

    explicit SessionRun(const Endpoint &endpoint, const QString &user = alice,
                        const QString &password = {})
    {
        const TestBed &bed = TestBed::instance();
        session->setEndpoint(endpoint);
        session->setCredentials(user, password.isEmpty() ? bed.password(user) : password);
        session->setTlsPolicy(bed.tlsPolicy());
        session->open();
    }

    SmtpSendJob *send(const QStringList &to, const QByteArray &message)
    {
        auto *job = new SmtpSendJob(session.get());
        job->setEnvelope({alice, to, {}});
        job->setMessage(message);
        return job;
    }
};

using SendRun = JobRun<SmtpSendJob>;

// The server's side of a login over implicit TLS, announcing extensions ("250-SIZE 10\r\n"…).
ScriptedServer &loggedIn(ScriptedServer &server, const QByteArray &extensions)
{
    server.useTestBedTls(true);
    return server.send("220 mx ESMTP\r\n")
        .expect("EHLO *")
        .send("250-mx\r\n" + extensions + "250 AUTH PLAIN\r\n")
        .expect("AUTH PLAIN *")
        .send("235 2.7.0 ok\r\n");
}

// The header lines of messageTo(), then the empty line.
ScriptedServer &expectHeader(ScriptedServer &server)
{
    for (const char *name : {"From", "To", "Subject", "Message-ID", "Date"})
        server.expect(QByteArray(name) + ": *");
    return server.expect("");
}

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void deliversByteEqualWithDotLines_data()
    {
        QTest::addColumn<QString>("port");
        QTest::newRow("587 STARTTLS") << QStringLiteral("submission");
        QTest::newRow("465 TLS") << QStringLiteral("submissions");
    }

    void deliversByteEqualWithDotLines()
    {
        QFETCH(QString, port);
        const QString id = MailboxProbe::uniqueMessageId("dots");
        const QByteArray body = ".\r\n..\r\n.leading dot\r\n..two dots\r\nmiddle . dot\r\n"
                                "\r\n.\r\nlast line\r\n";
        SessionRun run(TestBed::instance().endpoint(port));
        SendRun send(run.send({bob}, messageTo({bob}, id, body)));
        QTRY_VERIFY_WITH_TIMEOUT(send.done, 15000);
        QVERIFY2(!send.job->error().isError(), qPrintable(send.job->error().message()));
        QCOMPARE(send.job->recipients().size(), 1);
        QVERIFY(send.job->recipients().first().accepted);
        QVERIFY(send.job->recipients().first().reply.startsWith(QLatin1String("250 2.1.5")));
        QVERIFY(run.session->capabilities().pipelining);

        const QList<FoundMessage> found =
            MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().body(), body);
    }

    void tenMegabytesArrive()
    {
        const QString id = MailboxProbe::uniqueMessageId("large");
        QByteArray body;
        const QByteArray line =
            QByteArray("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/")
                .repeated(1) +
            "0123456789ab\r\n";
        while (body.size() < 10 * 1000 * 1000)
            body += line;
        body += ".final dot line\r\n";
        SessionRun run(TestBed::instance().endpoint(QStringLiteral("submissions")));
        SendRun send(run.send({bob}, messageTo({bob}, id, body)));
        QTRY_VERIFY_WITH_TIMEOUT(send.done, 60000);
        QVERIFY2(!send.job->error().isError(), qPrintable(send.job->error().message()));
        const QList<FoundMessage> found =
            MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1, 30000);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().body() == body);
    }

    void severalMessagesOverOneConnection()
    {
        SessionRun run(TestBed::instance().endpoint(QStringLiteral("submission")));
        QList<QString> ids;
        std::vector<std::unique_ptr<SendRun>> sends;
        for (int i = 0; i < 4; ++i) {
            ids << MailboxProbe::uniqueMessageId("batch");
            sends.push_back(std::make_unique<SendRun>(
                run.send({bob, carol}, messageTo({bob, carol}, ids.last(),
                                                 "number " + QByteArray::number(i) + "\r\n"))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(sends.begin(), sends.end(), [](const auto &s) { return s->done; }), 20000);
        for (const auto &send : sends)
            QVERIFY2(!send->job->error().isError(), qPrintable(send->job->error().message()));
        QCOMPARE(run.probe.openedCount, 1);
        QVERIFY(!run.probe.closed); // still open for more
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1).size(),
                     1);
            QCOMPARE(MailboxProbe(carol).waitFor("INBOX", MailboxProbe::byMessageId(id), 1).size(),
                     1);
        }
        run.session->quit();
        QTRY_VERIFY_WITH_TIMEOUT(run.probe.closed, 10000);
        QVERIFY(!run.probe.closeError.isError());
    }

    void refusedRecipientIsNamedAndOthersGetIt()
    {
        const QString id = MailboxProbe::uniqueMessageId("refused");
        const QString nobody = QStringLiteral("nobody@example.test");
        SessionRun run(TestBed::instance().endpoint(QStringLiteral("submissions")));
        SendRun send(run.send({bob, nobody, carol}, messageTo({bob, nobody, carol}, id, "hi\r\n")));
        QTRY_VERIFY_WITH_TIMEOUT(send.done, 15000);
        QVERIFY2(!send.job->error().isError(), qPrintable(send.job->error().message()));
        const QList<SmtpRecipientResult> &results = send.job->recipients();
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0].accepted && results[2].accepted);
        QVERIFY(!results[1].accepted);
        QCOMPARE(results[1].address, nobody);
        QVERIFY2(results[1].reply.startsWith(QLatin1String("550 5.1.1")),
                 qPrintable(results[1].reply));
        QVERIFY(send.job->refusals().first().contains(nobody));
        QCOMPARE(MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1).size(), 1);
        QCOMPARE(MailboxProbe(carol).waitFor("INBOX", MailboxProbe::byMessageId(id), 1).size(), 1);
    }

    void everyRecipientRefusedFailsAndTheSessionGoesOn()
    {
        SessionRun run(TestBed::instance().endpoint(QStringLiteral("submissions")));
        SendRun refused(run.send({QStringLiteral("nobody@example.test")},
                                 messageTo({QStringLiteral("nobody@example.test")},
                                           MailboxProbe::uniqueMessageId("none"), "x\r\n")));
        const QString id = MailboxProbe::uniqueMessageId("after-rset");
        SendRun next(run.send({bob}, messageTo({bob}, id, "after RSET\r\n")));
        QTRY_VERIFY_WITH_TIMEOUT(refused.done && next.done, 15000);
        QCOMPARE(refused.job->error().category(), Error::Category::Server);
        QVERIFY2(refused.job->error().message().contains(QLatin1String("nobody@example.test")),
                 qPrintable(refused.job->error().message()));
        QVERIFY(!refused.job->isTemporaryFailure());
        QVERIFY2(!next.job->error().isError(), qPrintable(next.job->error().message()));
        QCOMPARE(MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1).size(), 1);
    }

    void wrongPasswordAsksForAnAppPassword()
    {
        SessionRun run(TestBed::instance().endpoint(QStringLiteral("submission")), alice,
                       QStringLiteral("not-the-app-password"));
        SendRun send(
            run.send({bob}, messageTo({bob}, MailboxProbe::uniqueMessageId("auth"), "x\r\n")));
        QTRY_VERIFY_WITH_TIMEOUT(send.done && run.probe.closed, 15000);
        QCOMPARE(send.job->error().category(), Error::Category::Authentication);
        QVERIFY(send.job->error().message().contains(QLatin1String("app password")));
    }

    void dsnIsAskedForWhenOffered()
    {
        const QString envid =
            QStringLiteral("satchel-dsn-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        SessionRun run(TestBed::instance().endpoint(QStringLiteral("submissions")));
        auto *job =
            run.send({bob}, messageTo({bob}, MailboxProbe::uniqueMessageId("dsn"), "dsn\r\n"));
        SmtpEnvelope envelope{alice, {bob}, {}};
        envelope.dsn.ret = SmtpDsn::Return::Headers;
        envelope.dsn.envelopeId = envid;
        envelope.dsn.notify = SmtpDsn::Success | SmtpDsn::Failure;
        job->setEnvelope(envelope);
        SendRun send(job);
        QTRY_VERIFY_WITH_TIMEOUT(send.done, 15000);
        QVERIFY2(!send.job->error().isError(), qPrintable(send.job->error().message()));
        QVERIFY(run.session->capabilities().dsn);
        // Postfix reports the delivery to the sender, quoting the envelope id.
        const QByteArray criteria = "BODY " + envid.toUtf8();
        QCOMPARE(MailboxProbe(alice).waitFor("INBOX", criteria, 1).size(), 1);
    }

    // What Postfix will not do on cue, from a scripted server.

    void messageLargerThanSizeLimitIsNotSent()
    {
        ScriptedServer server;
        loggedIn(server, "250-SIZE 1000000\r\n").expect("QUIT").send("221 bye\r\n");
        QVERIFY(server.listenOnLoopback());
        SessionRun run(server.endpoint(Security::Tls));
        SendRun send(run.send({bob}, messageTo({bob}, MailboxProbe::uniqueMessageId("big"),
                                               QByteArray(1500000, 'x') + "\r\n")));
        QTRY_VERIFY_WITH_TIMEOUT(send.done, 10000);
        QCOMPARE(send.job->error().category(), Error::Category::Server);
        QVERIFY2(send.job->error().message().contains(QLatin1String("1 MB")),
                 qPrintable(send.job->error().message()));
        QVERIFY(!send.job->isTemporaryFailure());
        run.session->quit();
        QTRY_VERIFY_WITH_TIMEOUT(run.probe.closed, 10000);
        QVERIFY2(server.scriptDone(), qPrintable(server.failure()));
    }

    void replyAtDataEnd_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("temporary");
        QTest::newRow("4xx") << QByteArray("451 4.3.0 Queue file write error\r\n")
                             << int(Error::Category::Network) << true;
        QTest::newRow("5xx") << QByteArray("554 5.7.1 Rejected as spam\r\n")
                             << int(Error::Category::Server) << false;
    }

    void replyAtDataEnd()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, category);
        QFETCH(bool, temporary);
        ScriptedServer server;
        loggedIn(server, "250-PIPELINING\r\n250-ENHANCEDSTATUSCODES\r\n")
            .expect("MAIL FROM:<alice@example.test>")
            .expect("RCPT TO:<bob@example.test>")
            .expect("DATA")
            .send("250 2.1.0 ok\r\n250 2.1.5 ok\r\n354 go ahead\r\n");
        expectHeader(server)
            .expect("body")
            .expect(".")
            .send(reply)
            .expect("RSET")
            .send("250 2.0.0 ok\r\n")
            .expect("QUIT")
            .send("221 bye\r\n");
        QVERIFY(server.listenOnLoopback());
        SessionRun run(server.endpoint(Security::Tls));
        SendRun send(
            run.send({bob}, messageTo({bob}, MailboxProbe::uniqueMessageId("end"), "body\r\n")));
        QTRY_VERIFY_WITH_TIMEOUT(send.done, 10000);
        QCOMPARE(int(send.job->error().category()), category);
        QCOMPARE(send.job->isTemporaryFailure(), temporary);
        QVERIFY2(send.job->error().message().contains(QString::fromLatin1(reply.left(9))),
                 qPrintable(send.job->error().message()));
        run.session->quit();
        QTRY_VERIFY_WITH_TIMEOUT(run.probe.closed, 10000);
        QVERIFY2(server.scriptDone(), qPrintable(server.failure()));
        QVERIFY(!run.probe.closeError.isError());
    }

    void disconnectDuringDataIsTemporary()
    {
        ScriptedServer server;
        loggedIn(server, "250-PIPELINING\r\n")
            .expect("MAIL FROM:*")
            .expect("RCPT TO:*")
            .expect("DATA")
            .send("250 ok\r\n250 ok\r\n354 go ahead\r\n")
            .expect("From: *")
            .close();
        QVERIFY(server.listenOnLoopback());
        SessionRun run(server.endpoint(Security::Tls));
        SendRun send(
            run.send({bob}, messageTo({bob}, MailboxProbe::uniqueMessageId("cut"), "body\r\n")));
        QTRY_VERIFY_WITH_TIMEOUT(send.done && run.probe.closed, 10000);
        QCOMPARE(send.job->error().category(), Error::Category::Network);
        QVERIFY(send.job->isTemporaryFailure());
    }

    void withoutPipeliningOneCommandAtATime()
    {
        // Also: what the server announced before STARTTLS (AUTH, PIPELINING) is not trusted;
        // AUTH waits for TLS, and the EHLO after it decides.
        ScriptedServer server;
        server.useTestBedTls(false);
        server.send("220 mx ESMTP\r\n")
            .expect("EHLO *")
            .send("250-mx\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n")
            .expect("STARTTLS")
            .send("220 go ahead\r\n")
            .startTls()
            .expect("EHLO *")
            .send("250-mx\r\n250-8BITMIME\r\n250 AUTH LOGIN\r\n")
            .expect("AUTH LOGIN")
            .send("334 VXNlcm5hbWU6\r\n")
            .expect(alice.toUtf8().toBase64())
            .send("334 UGFzc3dvcmQ6\r\n")
            .expect("c2VjcmV0")
            .send("235 ok\r\n")
            .expect("MAIL FROM:<alice@example.test> BODY=8BITMIME")
            .send("250 ok\r\n")
            .expect("RCPT TO:<bob@example.test>")
            .send("250 ok\r\n")
            .expect("RCPT TO:<nobody@example.test>")
            .send("550 5.1.1 no such user\r\n")
            .expect("DATA")
            .send("354 go ahead\r\n");
        expectHeader(server)
            .expect("..dot")
            .expect("K\xc3\xa4se")
            .expect(".")
            .send("250 queued\r\n")
            .expect("QUIT")
            .send("221 bye\r\n");
        QVERIFY(server.listenOnLoopback());
        SessionRun run(server.endpoint(Security::StartTls), alice, QStringLiteral("secret"));
        const QStringList to{bob, QStringLiteral("nobody@example.test")};
        SendRun send(run.send(
            to, messageTo(to, MailboxProbe::uniqueMessageId("serial"), ".dot\nK\xc3\xa4se\n")));
        QTRY_VERIFY_WITH_TIMEOUT(send.done, 10000);
        QVERIFY2(!send.job->error().isError(), qPrintable(send.job->error().message()));
        QVERIFY(send.job->recipients()[0].accepted);
        QCOMPARE(send.job->recipients()[1].reply, QStringLiteral("550 5.1.1 no such user"));
        run.session->quit();
        QTRY_VERIFY_WITH_TIMEOUT(run.probe.closed, 10000);
        QVERIFY2(server.scriptDone(), qPrintable(server.failure()));
        QVERIFY(!run.session->capabilities().pipelining);
    }

    void startTlsStrippedRefusesToGoOn()
    {
        ScriptedServer server;
        server.send("220 mx ESMTP\r\n")
            .expect("EHLO *")
            .send("250-mx\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n");
        QVERIFY(server.listenOnLoopback());
        SessionRun run(server.endpoint(Security::StartTls), alice, QStringLiteral("secret"));
        SendRun send(run.send(
            {bob}, messageTo({bob}, MailboxProbe::uniqueMessageId("strip"), "secret body\r\n")));
        QTRY_VERIFY_WITH_TIMEOUT(send.done && run.probe.closed, 10000);
        QCOMPARE(send.job->error().category(), Error::Category::Tls);
        QCOMPARE(run.probe.closeError.category(), Error::Category::Tls);
        QCOMPARE(server.received().size(), 1); // EHLO, nothing more: no AUTH, no mail
    }

    void eightBitWithout8BitMimeIsRefusedBeforeSending()
    {
        ScriptedServer server;
        loggedIn(server, {}).expect("QUIT").send("221 bye\r\n");
        QVERIFY(server.listenOnLoopback());
        SessionRun run(server.endpoint(Security::Tls));
        SendRun send(run.send(
            {bob}, messageTo({bob}, MailboxProbe::uniqueMessageId("8bit"), "K\xc3\xa4se\r\n")));
        QTRY_VERIFY_WITH_TIMEOUT(send.done, 10000);
        QCOMPARE(send.job->error().category(), Error::Category::Server);
        QVERIFY(send.job->error().message().contains(QLatin1String("8BITMIME")));
        run.session->quit();
        QTRY_VERIFY_WITH_TIMEOUT(run.probe.closed, 10000);
        QVERIFY2(server.scriptDone(), qPrintable(server.failure()));
    }
};

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
