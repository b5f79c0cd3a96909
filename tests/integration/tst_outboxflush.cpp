#include "jobrun.h"
#include "mailboxprobe.h"
#include "service/accounts.h"
#include "service/sendjob.h"
#include "smtp/outbox.h"
#include "testbed.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::FoundMessage;
using Satchel::Test::JobRun;
using Satchel::Test::MailboxProbe;
using Satchel::Test::TestBed;

namespace {

const QString alice = QStringLiteral("alice@example.test");
const QString bob = QStringLiteral("bob@example.test");

QByteArray message(const QString &to, const QString &messageId, const QByteArray &subject)
{
    return "From: Alice <alice@example.test>\r\nTo: " + to.toUtf8() + "\r\nSubject: " + subject +
           "\r\nMessage-ID: <" + messageId.toUtf8() + ">\r\n\r\nHello through the outbox.\r\n";
}

ServiceConfig service(ServiceType type, quint16 port)
{
    ServiceConfig config;
    config.type = type;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.security = Security::Tls;
    config.username = alice;
    return config;
}

// A TCP relay to one of the test bed's ports that can be switched on late: "offline" until
// then (connections are refused), as a laptop without network is.
class LateRelay : public QTcpServer
{
public:
    explicit LateRelay(quint16 target)
        : m_target(target)
    {
        // A free port, closed again until goOnline().
        listen(QHostAddress::LocalHost, 0);
        m_port = serverPort();
        close();
    }

    quint16 port() const { return m_port; }
    bool goOnline() { return listen(QHostAddress::LocalHost, m_port); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto *server = new QTcpSocket(this);
        server->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, server,
                [client, server] { server->write(client->readAll()); });
        connect(server, &QTcpSocket::readyRead, client,
                [client, server] { client->write(server->readAll()); });
        connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
        connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    }

private:
    quint16 m_target;
    quint16 m_port = 0;
};

} // namespace

class TestOutboxFlush : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<Accounts> m_accounts;

    Account account(bool serverSavesSent = false, quint16 smtpPort = 0)
    {
        const TestBed &bed = TestBed::instance();
        Account account;
        account.id = QStringLiteral("alice01");
        account.email = alice;
        account.serverSavesSent = serverSavesSent;
        account.services = {service(ServiceType::Imap, bed.port(QStringLiteral("imaps"))),
                            service(ServiceType::Smtp,
                                    smtpPort ? smtpPort : bed.port(QStringLiteral("submissions")))};
        return account;
    }

    SendJob *sendJob(const Account &account, const QByteArray &bytes)
    {
        SendJob *job = m_accounts->send(account, TestBed::instance().password(alice));
        job->setMessage(bytes);
        return job;
    }

    Outbox outbox() const
    {
        return Outbox(Outbox::directoryFor(m_profile->path(), QStringLiteral("alice01")));
    }

    QList<OutboxEntry> outboxEntries() const
    {
        Error error;
        return outbox().entries(&error);
    }

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        m_accounts = std::make_unique<Accounts>(Profile(m_profile->path()));
        QVERIFY(!m_accounts->load().isError());
        m_accounts->tlsPolicy() = TestBed::instance().tlsPolicy();
    }

    void sendsAndFilesASeenCopyInSent()
    {
        const QString id = MailboxProbe::uniqueMessageId("outbox");
        JobRun<SendJob> run(sendJob(account(), message(bob, id, "Outbox test")));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 20000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        QCOMPARE(run.job->reports().size(), 1);
        const OutboxReport &report = run.job->reports().first();
        QCOMPARE(report.id, run.job->queuedId());
        QCOMPARE(report.state, OutboxEntry::State::Copied);
        QCOMPARE(report.messageId, id);
        QCOMPARE(report.subject, QStringLiteral("Outbox test"));
        QVERIFY(!report.copyError.isError());
        QVERIFY(outboxEntries().isEmpty());
        QVERIFY(QDir(outbox().directory()).entryList(QDir::Files).isEmpty());

        QCOMPARE(MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1).size(), 1);
        const QList<FoundMessage> sent =
            MailboxProbe(alice).waitFor("Sent", MailboxProbe::byMessageId(id), 1);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().flags.contains("\\Seen"));
        QVERIFY(sent.first().bytes.endsWith("\r\n\r\nHello through the outbox.\r\n"));
    }

    void noCopyWhenTheServerFilesSentMail()
    {
        const QString id = MailboxProbe::uniqueMessageId("server-files");
        JobRun<SendJob> run(sendJob(account(true), message(bob, id, "Server files it")));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 20000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        QCOMPARE(run.job->reports().first().state, OutboxEntry::State::Copied);
        QCOMPARE(MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1).size(), 1);
        QString error;
        QCOMPARE(MailboxProbe(alice).find("Sent", MailboxProbe::byMessageId(id), &error).size(), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void permanentRefusalIsHeldAndLeftAlone()
    {
        const QString nobody = QStringLiteral("nobody@example.test");
        JobRun<SendJob> run(
            sendJob(account(), message(nobody, MailboxProbe::uniqueMessageId("held"), "Held")));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 20000);
        QCOMPARE(run.job->error().category(), Error::Category::Server);
        QVERIFY2(run.job->error().message().contains(nobody),
                 qPrintable(run.job->error().message()));
        QCOMPARE(run.job->reports().first().state, OutboxEntry::State::Held);
        const QList<OutboxEntry> entries = outboxEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OutboxEntry::State::Held);
        QVERIFY(entries.first().error.contains(nobody));

        // The next flush does not try it again, but says it is there.
        JobRun<SendJob> flush(m_accounts->send(account(), TestBed::instance().password(alice)));
        QTRY_VERIFY_WITH_TIMEOUT(flush.done, 20000);
        QVERIFY(!flush.job->error().isError());
        QVERIFY(flush.job->reports().isEmpty());
        QCOMPARE(flush.job->heldBefore(), 1);
    }

    void partlyRefusedIsSentToTheOthers()
    {
        const QString id = MailboxProbe::uniqueMessageId("partly");
        JobRun<SendJob> run(sendJob(
            account(), message(bob + QStringLiteral(", nobody@example.test"), id, "Partly")));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 20000);
        QCOMPARE(run.job->error().category(), Error::Category::Server);
        QVERIFY(run.job->error().message().contains(QLatin1String("nobody@example.test")));
        QVERIFY(run.job->error().message().contains(QLatin1String("550 5.1.1")));
        const OutboxReport &report = run.job->reports().first();
        QCOMPARE(report.state, OutboxEntry::State::Copied);
        QVERIFY(report.wasSent());
        QCOMPARE(MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1).size(), 1);
        QCOMPARE(MailboxProbe(alice).waitFor("Sent", MailboxProbe::byMessageId(id), 1).size(), 1);
        QVERIFY(outboxEntries().isEmpty());
    }

    void triesAgainWhileOffline()
    {
        LateRelay relay(TestBed::instance().port(QStringLiteral("submissions")));
        const QString id = MailboxProbe::uniqueMessageId("offline");
        SendJob *job = sendJob(account(false, relay.port()), message(bob, id, "Offline first"));
        job->setRetry(6, 200); // 200, 400, 800 … ms
        JobRun<SendJob> run(job);
        QTest::qWait(500); // two refused connections
        QVERIFY(!run.done);
        QVERIFY(relay.goOnline());
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 20000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        const QList<FoundMessage> delivered =
            MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 1);
        QCOMPARE(delivered.size(), 1);
        QTest::qWait(300);
        QCOMPARE(MailboxProbe(bob).waitFor("INBOX", MailboxProbe::byMessageId(id), 2, 0).size(), 1);
    }

    void givesUpForNowAndKeepsTheMessage()
    {
        LateRelay relay(TestBed::instance().port(QStringLiteral("submissions")));
        SendJob *job = sendJob(account(false, relay.port()),
                               message(bob, MailboxProbe::uniqueMessageId("never"), "x"));
        job->setRetry(2, 100);
        JobRun<SendJob> run(job);
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(run.job->error().category(), Error::Category::Network);
        QCOMPARE(run.job->reports().first().state, OutboxEntry::State::Queued);
        const QList<OutboxEntry> entries = outboxEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OutboxEntry::State::Queued);
        QVERIFY(!entries.first().error.isEmpty());
    }

    void aCopyFiledBeforeIsNotFiledAgain()
    {
        // A run killed after it appended the copy but before it could record that: the outbox
        // says "sent", and Sent holds the copy already.
        const QString id = MailboxProbe::uniqueMessageId("filed");
        Error error;
        std::optional<SubmissionMessage> prepared =
            SubmissionMessage::prepare(message(bob, id, "Filed before"), alice, &error);
        QVERIFY(prepared);
        OutboxEntry entry;
        Outbox box = outbox();
        QVERIFY(!box.add(*prepared, &entry).isError());
        entry.state = OutboxEntry::State::Sent;
        QVERIFY(!box.update(entry, DurableFile::Sync::Disk).isError());
        // The copy, as the killed run filed it.
        const QString appendError = MailboxProbe(alice).append("Sent", prepared->bytes);
        QVERIFY2(appendError.isEmpty(), qPrintable(appendError));
        QCOMPARE(MailboxProbe(alice).waitFor("Sent", MailboxProbe::byMessageId(id), 1).size(), 1);

        JobRun<SendJob> flush(m_accounts->send(account(), TestBed::instance().password(alice)));
        QTRY_VERIFY_WITH_TIMEOUT(flush.done, 20000);
        QVERIFY2(!flush.job->error().isError(), qPrintable(flush.job->error().message()));
        QVERIFY(outboxEntries().isEmpty());
        QString probeError;
        QCOMPARE(
            MailboxProbe(alice).find("Sent", MailboxProbe::byMessageId(id), &probeError).size(), 1);
        QCOMPARE(MailboxProbe(bob).find("INBOX", MailboxProbe::byMessageId(id), &probeError).size(),
                 0); // "sent" is never sent again
    }
};

QTEST_GUILESS_MAIN(TestOutboxFlush)
#include "tst_outboxflush.moc"
