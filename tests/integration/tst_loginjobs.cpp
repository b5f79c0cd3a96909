#include "dav/davloginjob.h"
#include "imap/imaploginjob.h"
#include "jobrun.h"
#include "pop3/pop3loginjob.h"
#include "scriptedserver.h"
#include "smtp/smtploginjob.h"
#include "testbed.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace Satchel;
using Satchel::Test::ScriptedServer;
using Satchel::Test::TestBed;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category), message);
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

LoginJob *createJob(const QString &portName)
{
    if (portName.startsWith(QLatin1String("imap")))
        return new ImapLoginJob;
    if (portName.startsWith(QLatin1String("pop3")))
        return new Pop3LoginJob;
    return new SmtpLoginJob;
}

// A login job for one port of the test bed, trusting its CA.
LoginJob *testBedJob(const QString &portName, const QString &user, const QString &password)
{
    const TestBed &bed = TestBed::instance();
    LoginJob *job = createJob(portName);
    job->setEndpoint(bed.endpoint(portName));
    job->setCredentials(user, password);
    job->setTlsPolicy(bed.tlsPolicy());
    return job;
}

// A login job for a scripted server on loopback.
template <typename JobType>
JobType *scriptedJob(const ScriptedServer &server, Security security)
{
    auto *job = new JobType;
    job->setEndpoint(server.endpoint(security));
    job->setCredentials(QStringLiteral("alice@example.test"), QStringLiteral("secret"));
    job->setTlsPolicy(TestBed::instance().tlsPolicy());
    return job;
}

using LoginRun = Satchel::Test::JobRun<LoginJob>;

} // namespace

class TestLoginJobs : public QObject
{
    Q_OBJECT

private:
    static const QString user;

    void addPorts()
    {
        QTest::addColumn<QString>("port");
        for (const char *name : {"imap", "imaps", "pop3", "pop3s", "submission", "submissions"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void logsInWithTheRightPassword_data() { addPorts(); }
    void logsInWithTheRightPassword()
    {
        QFETCH(QString, port);
        const TestBed &bed = TestBed::instance();
        LoginRun run(testBedJob(port, user, bed.password(user)));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 15000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        QVERIFY(!run.job->capabilities().isEmpty());
    }

    void wrongPasswordAsksForAnAppPassword_data() { addPorts(); }
    void wrongPasswordAsksForAnAppPassword()
    {
        QFETCH(QString, port);
        LoginRun run(testBedJob(port, user, QStringLiteral("my-normal-password")));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 15000);
        const Error error = run.job->error();
        QCOMPARE(error.category(), Error::Category::Authentication);
        QVERIFY2(error.message().contains(QLatin1String("app password")),
                 qPrintable(error.message()));
        QVERIFY(!error.detail().isEmpty()); // the server's own words
    }

    void protocolLogNeverShowsThePassword_data() { addPorts(); }
    void protocolLogNeverShowsThePassword()
    {
        QFETCH(QString, port);
        const TestBed &bed = TestBed::instance();
        const QString password = bed.password(user);
        QLoggingCategory::setFilterRules(QStringLiteral("satchel.*.debug=true"));
        {
            QMutexLocker lock(&logMutex);
            capturedLog.clear();
        }
        previousHandler = qInstallMessageHandler(captureMessage);
        {
            LoginRun run(testBedJob(port, user, password));
            QTRY_VERIFY_WITH_TIMEOUT(run.done, 15000);
            QVERIFY(!run.job->error().isError());
        }
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());

        QMutexLocker lock(&logMutex);
        const QString log = capturedLog.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("C:")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("<redacted>")), qPrintable(log));
        QByteArray plain;
        plain.append('\0').append(user.toUtf8()).append('\0').append(password.toUtf8());
        for (const QByteArray &secret :
             {password.toUtf8(), plain.toBase64(), password.toUtf8().toBase64()}) {
            QVERIFY2(!log.contains(QString::fromLatin1(secret)),
                     qPrintable(QStringLiteral("secret in the log:\n") + log));
        }
    }

    // Scripted: what no real server does on cue.
    void imapAsksCapabilitiesAgainAfterStartTls()
    {
        ScriptedServer server;
        server.useTestBedTls(false);
        server.send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] hi\r\n")
            .expect("a1 STARTTLS")
            .send("a1 OK go\r\n")
            .startTls()
            .expect("a2 CAPABILITY")
            .send("* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\na2 OK\r\n")
            .expect("a3 AUTHENTICATE PLAIN *")
            .send("a3 OK [CAPABILITY IMAP4rev1 IDLE] welcome\r\n")
            .expect("a4 LOGOUT")
            .send("* BYE logging out\r\na4 OK bye\r\n");
        QVERIFY(server.listenOnLoopback());
        LoginRun run(scriptedJob<ImapLoginJob>(server, Security::StartTls));
        QTRY_VERIFY_WITH_TIMEOUT(run.done && server.scriptDone(), 10000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
    }

    void imapGreetingEndsTheLogin_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<bool>("hangUp");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("says");
        QTest::newRow("PREAUTH on a STARTTLS port")
            << QByteArray("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] logged in already\r\n")
            << false << int(Error::Category::Tls) << QString();
        QTest::newRow("no STARTTLS: the password is never sent")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] no tls here\r\n") << false
            << int(Error::Category::Tls) << QStringLiteral("STARTTLS");
        QTest::newRow("BYE at the greeting")
            << QByteArray("* BYE Too many connections\r\n") << true << int(Error::Category::Server)
            << QStringLiteral("Too many connections");
    }

    void imapGreetingEndsTheLogin()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(bool, hangUp);
        QFETCH(int, category);
        QFETCH(QString, says);
        ScriptedServer server;
        server.send(greeting);
        if (hangUp)
            server.close();
        QVERIFY(server.listenOnLoopback());
        LoginRun run(scriptedJob<ImapLoginJob>(server, Security::StartTls));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(int(run.job->error().category()), category);
        QVERIFY2(run.job->error().message().contains(says), qPrintable(run.job->error().message()));
        QVERIFY(server.received().isEmpty());
    }

    void smtpStartTlsStrippedByAnAttackerIsRefused()
    {
        ScriptedServer server;
        server.send("220 mx ESMTP\r\n").expect("EHLO *").send("250-mx\r\n250 AUTH PLAIN LOGIN\r\n");
        QVERIFY(server.listenOnLoopback());
        LoginRun run(scriptedJob<SmtpLoginJob>(server, Security::StartTls));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(run.job->error().category(), Error::Category::Tls);
        QCOMPARE(server.received().size(), 1); // only EHLO
    }

    void davLogsInWithAnAuthenticatedPropfind_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("category");
        const QString right = TestBed::instance().password(user);
        QTest::newRow("root") << "/" << right << int(Error::Category::None);
        // Radicale answers 301 to "/": followed by hand, as PROPFIND, on the same host.
        QTest::newRow("well-known redirect")
            << "/.well-known/carddav" << right << int(Error::Category::None);
        QTest::newRow("wrong password")
            << "/"
            << "my-normal-password" << int(Error::Category::Authentication);
    }

    void davLogsInWithAnAuthenticatedPropfind()
    {
        QFETCH(QString, path);
        QFETCH(QString, password);
        QFETCH(int, category);
        const TestBed &bed = TestBed::instance();
        auto *job = new DavLoginJob;
        job->setEndpoint({bed.host(), bed.port(QStringLiteral("dav")), Security::Tls, false});
        job->setUrl(QUrl(QStringLiteral("https://%1:%2%3")
                             .arg(bed.host())
                             .arg(bed.port(QStringLiteral("dav")))
                             .arg(path)));
        job->setCredentials(user, password);
        job->setTlsPolicy(bed.tlsPolicy());
        LoginRun run(job);
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 15000);
        QVERIFY2(int(run.job->error().category()) == category,
                 qPrintable(run.job->error().message()));
        if (category == int(Error::Category::None))
            QVERIFY(!run.job->capabilities().isEmpty()); // the DAV: header
        else
            QVERIFY(run.job->error().message().contains(QLatin1String("app password")));
    }

    void davRefusesAnUntrustedCertificateAndPlainHttp()
    {
        const TestBed &bed = TestBed::instance();
        const QString address =
            QStringLiteral("%1:%2").arg(bed.host()).arg(bed.port(QStringLiteral("dav")));
        for (const QString &scheme : {QStringLiteral("https"), QStringLiteral("http")}) {
            auto *job = new DavLoginJob;
            job->setEndpoint({bed.host(), bed.port(QStringLiteral("dav")), Security::Tls, false});
            job->setUrl(QUrl(scheme + QStringLiteral("://") + address + QLatin1Char('/')));
            job->setCredentials(user, bed.password(user));
            LoginRun run(job); // no CA: the test CA is not trusted
            QTRY_VERIFY_WITH_TIMEOUT(run.done, 15000);
            QCOMPARE(run.job->error().category(), Error::Category::Tls);
        }
    }

    void lineBreakInAUsernameCannotInjectACommand()
    {
        ScriptedServer server;
        server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nUSER\r\n.\r\n");
        QVERIFY(server.listenOnLoopback());
        auto *job = scriptedJob<Pop3LoginJob>(server, Security::StartTls);
        job->setEndpoint({QStringLiteral("127.0.0.1"), server.serverPort(), Security::Plain, true});
        job->setCredentials(QStringLiteral("alice\rDELE 1"), QStringLiteral("secret"));
        LoginRun run(job);
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(run.job->error().category(), Error::Category::Input);
        QCOMPARE(server.received(), QList<QByteArray>{"CAPA"});
    }

    void pop3GarbageIsAProtocolError()
    {
        ScriptedServer server;
        server.send("* OK this is IMAP, not POP3\r\n");
        QVERIFY(server.listenOnLoopback());
        LoginRun run(scriptedJob<Pop3LoginJob>(server, Security::StartTls));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(run.job->error().category(), Error::Category::Server);
    }
};

const QString TestLoginJobs::user = QStringLiteral("alice@example.test");

QTEST_GUILESS_MAIN(TestLoginJobs)
#include "tst_loginjobs.moc"
