#include "scriptedserver.h"
#include "service/accounts.h"
#include "service/checkjob.h"
#include "testbed.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Satchel;
using Satchel::Test::ScriptedServer;
using Satchel::Test::TestBed;

class TestWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void guiThreadKeepsTurningWhileAServerTakesFiveSeconds()
    {
        const TestBed &bed = TestBed::instance();
        const QString user = QStringLiteral("carol@example.test");
        const QString password = bed.password(user);
        QTemporaryDir profile;
        Accounts accounts(Profile(profile.path()));
        QVERIFY(!accounts.load().isError());
        accounts.tlsPolicy() = bed.tlsPolicy();

        // A slow IMAP server (scripted: it says nothing for 5 s) and the real Postfix.
        ScriptedServer slow;
        slow.useTestBedTls(true);
        slow.pause(5000)
            .send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] finally\r\n")
            .expect("a1 AUTHENTICATE PLAIN *")
            .send("a1 OK [CAPABILITY IMAP4rev1 IDLE] done\r\n")
            .expect("a2 LOGOUT")
            .send("* BYE\r\n")
            .close();
        QVERIFY(slow.listenOnLoopback());

        Account account;
        account.id = QStringLiteral("slow01");
        account.email = user;
        ServiceConfig imap;
        imap.type = ServiceType::Imap;
        imap.host = QStringLiteral("127.0.0.1");
        imap.port = slow.serverPort();
        imap.security = Security::Tls;
        ServiceConfig smtp = imap;
        smtp.type = ServiceType::Smtp;
        smtp.port = bed.port(QStringLiteral("submissions"));
        account.services = {imap, smtp};

        // The GUI thread's heartbeat: how long was the longest pause between two ticks?
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(20);
        connect(&heartbeat, &QTimer::timeout, this,
                [&] { longestGap = qMax(longestGap, sinceTick.restart()); });

        CheckJob *job = accounts.check(account, password);
        job->setAutoDelete(false);
        bool done = false;
        connect(job, &Job::finished, this, [&] { done = true; });
        QElapsedTimer total;
        total.start();
        sinceTick.start();
        heartbeat.start();
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        heartbeat.stop();

        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(job->results().size(), 2);
        for (const ServiceCheckResult &result : job->results())
            QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QVERIFY(total.elapsed() >= 5000);
        QVERIFY2(longestGap < 500,
                 qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(longestGap)));
        QVERIFY2(slow.failure().isEmpty(), qPrintable(slow.failure()));
        delete job;
    }

    void workerDoesTheNetworkWorkOffTheCallersThread()
    {
        const TestBed &bed = TestBed::instance();
        QTemporaryDir profile;
        Accounts accounts(Profile(profile.path()));
        QVERIFY(!accounts.load().isError());
        accounts.tlsPolicy() = bed.tlsPolicy();
        ServiceConfig imap;
        imap.type = ServiceType::Imap;
        imap.host = bed.host();
        imap.port = bed.port(QStringLiteral("imaps"));
        Account account;
        account.id = QStringLiteral("thr001");
        account.email = QStringLiteral("dave@example.test");
        account.services = {imap};

        // The protocol log is written by whichever thread runs the connection.
        QLoggingCategory::setFilterRules(QStringLiteral("satchel.imap.debug=true"));
        protocolThreads().clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {
                QMutexLocker lock(&threadsMutex());
                protocolThreads().insert(QThread::currentThread());
            });
        CheckJob *job = accounts.check(account, bed.password(account.email));
        job->setAutoDelete(false);
        bool done = false;
        connect(job, &Job::finished, this, [&] { done = true; });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(job->results().value(0).ok());
        QCOMPARE(job->thread(), QThread::currentThread());
        QMutexLocker lock(&threadsMutex());
        QVERIFY(!protocolThreads().isEmpty());
        QVERIFY(!protocolThreads().contains(QThread::currentThread()));
        delete job;
    }

private:
    static QSet<QThread *> &protocolThreads()
    {
        static QSet<QThread *> threads;
        return threads;
    }
    static QMutex &threadsMutex()
    {
        static QMutex mutex;
        return mutex;
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
