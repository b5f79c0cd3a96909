#include "common/logging.h"
#include "net/certificatepins.h"
#include "net/connection.h"
#include "scriptedserver.h"
#include "testbed.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::ScriptedServer;
using Satchel::Test::TestBed;

namespace {

// Records what a Connection delivers and how it ended.
struct Probe
{
    explicit Probe(Connection *connection)
    {
        QObject::connect(connection, &Connection::ready, connection, [this] { ready = true; });
        QObject::connect(connection, &Connection::received, connection,
                         [this](const QByteArray &unit) { units.append(unit); });
        QObject::connect(connection, &Connection::failed, connection,
                         [this](const Error &e) { error = e; });
    }
    bool ready = false;
    QList<QByteArray> units;
    Error error;
};

QByteArray certificateDigest(const QString &pemFile)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate(file.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256);
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void implicitTlsIsVerifiedAgainstTheTrustedCa()
    {
        const TestBed &bed = TestBed::instance();
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.setTlsPolicy(bed.tlsPolicy());
        connection.connectToServer(bed.endpoint(QStringLiteral("imaps")));
        QTRY_VERIFY_WITH_TIMEOUT(!probe.units.isEmpty() || probe.error.isError(), 10000);
        QVERIFY2(!probe.error.isError(), qPrintable(probe.error.message()));
        QVERIFY(probe.ready);
        QVERIFY(connection.isEncrypted());
        QVERIFY(probe.units.first().startsWith("* OK"));
    }

    void untrustedCertificateFailsAndShowsItsFingerprint()
    {
        const TestBed &bed = TestBed::instance();
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.connectToServer(bed.endpoint(QStringLiteral("pop3s")));
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QCOMPARE(probe.error.category(), Error::Category::Tls);
        const QByteArray digest = certificateDigest(bed.serverCert());
        QCOMPARE(probe.error.certificateSha256(), digest);
        QVERIFY2(probe.error.message().contains(CertificatePins::formatFingerprint(digest)),
                 qPrintable(probe.error.message()));
        QVERIFY(probe.units.isEmpty());
    }

    void pinnedCertificateIsAcceptedForItsHostAndPortOnly()
    {
        const TestBed &bed = TestBed::instance();
        const QByteArray digest = certificateDigest(bed.serverCert());
        TlsPolicy policy;
        policy.pins.pin(bed.host(), bed.port(QStringLiteral("imaps")), digest);
        {
            Connection connection(lcNet);
            Probe probe(&connection);
            connection.setTlsPolicy(policy);
            connection.connectToServer(bed.endpoint(QStringLiteral("imaps")));
            QTRY_VERIFY_WITH_TIMEOUT(!probe.units.isEmpty() || probe.error.isError(), 10000);
            QVERIFY2(!probe.error.isError(), qPrintable(probe.error.message()));
        }
        Connection other(lcNet);
        Probe probe(&other);
        other.setTlsPolicy(policy);
        other.connectToServer(bed.endpoint(QStringLiteral("pop3s")));
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QCOMPARE(probe.error.category(), Error::Category::Tls);
    }

    void certificateForAnotherNameIsRefused()
    {
        const TestBed &bed = TestBed::instance();
        // A certificate from the trusted CA, but for another host name.
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("wrong.key"));
        const QString csr = dir.filePath(QStringLiteral("wrong.csr"));
        const QString cert = dir.filePath(QStringLiteral("wrong.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-newkey"),
                                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                    QStringLiteral("ec_paramgen_curve:prime256v1"),
                                    QStringLiteral("-noenc"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=wrong.example"), QStringLiteral("-keyout"),
                                    key, QStringLiteral("-out"), csr}),
                 0);
        QCOMPARE(
            QProcess::execute(QStringLiteral("openssl"),
                              {QStringLiteral("x509"), QStringLiteral("-req"),
                               QStringLiteral("-in"), csr, QStringLiteral("-CA"), bed.caFile(),
                               QStringLiteral("-CAkey"), bed.caKeyFile(), QStringLiteral("-days"),
                               QStringLiteral("2"), QStringLiteral("-out"), cert}),
            0);
        ScriptedServer server;
        server.setCertificate(cert, key);
        server.setImplicitTls(true);
        server.send("* OK should never be read\r\n");
        QVERIFY(server.listenOnLoopback());

        Connection connection(lcNet);
        Probe probe(&connection);
        connection.setTlsPolicy(bed.tlsPolicy());
        connection.connectToServer(server.endpoint(Security::Tls));
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QCOMPARE(probe.error.category(), Error::Category::Tls);
        QVERIFY2(probe.error.message().contains(QLatin1String("host name"), Qt::CaseInsensitive),
                 qPrintable(probe.error.message()));
        QVERIFY(probe.units.isEmpty());
    }

    void selfSignedCertificateIsRefusedEvenWithTheTestCa()
    {
        const TestBed &bed = TestBed::instance();
        ScriptedServer server;
        server.setCertificate(bed.rogueCert(), bed.rogueKey());
        server.setImplicitTls(true);
        server.send("* OK rogue\r\n");
        QVERIFY(server.listenOnLoopback());
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.setTlsPolicy(bed.tlsPolicy());
        connection.connectToServer(
            {QStringLiteral("localhost"), server.serverPort(), Security::Tls, false});
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QCOMPARE(probe.error.category(), Error::Category::Tls);
        QCOMPARE(probe.error.certificateSha256(), certificateDigest(bed.rogueCert()));
    }

    void startTlsDiscardsWhatCameBeforeTheHandshake()
    {
        const TestBed &bed = TestBed::instance();
        ScriptedServer server;
        server.useTestBedTls(false);
        server.send("* OK ready\r\n")
            .expect("a1 STARTTLS")
            // The injected line rides in the same packet as the OK (CVE-2011-0411 style).
            .send("a1 OK Begin TLS\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n")
            .startTls()
            .send("* after TLS\r\n")
            .expect("a2 NOOP");
        QVERIFY(server.listenOnLoopback());

        Connection connection(lcNet);
        Probe probe(&connection);
        bool tlsStarted = false;
        connect(&connection, &Connection::received, this, [&](const QByteArray &unit) {
            if (unit == "* OK ready")
                connection.sendLine("a1 STARTTLS");
            else if (unit.startsWith("a1 OK"))
                connection.startTls();
            else if (unit == "* after TLS")
                connection.sendLine("a2 NOOP");
        });
        connect(&connection, &Connection::tlsStarted, this, [&] { tlsStarted = true; });
        connection.setTlsPolicy(bed.tlsPolicy());
        connection.connectToServer(server.endpoint(Security::StartTls));
        QTRY_VERIFY_WITH_TIMEOUT(server.scriptDone() || probe.error.isError(), 10000);
        QVERIFY2(!probe.error.isError(), qPrintable(probe.error.message()));
        QVERIFY(tlsStarted);
        QCOMPARE(probe.units, (QList<QByteArray>{"* OK ready", "a1 OK Begin TLS", "* after TLS"}));
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
    }

    void plaintextIsRefusedUnlessAllowed()
    {
        ScriptedServer server;
        server.send("* OK plaintext server\r\n");
        QVERIFY(server.listenOnLoopback());
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.connectToServer(server.endpoint(Security::Plain));
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 5000);
        QCOMPARE(probe.error.category(), Error::Category::Tls);
        QVERIFY(probe.error.message().contains(QLatin1String("without encryption")));
        QTest::qWait(100);
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(server.received().isEmpty());

        Connection allowed(lcNet);
        Probe allowedProbe(&allowed);
        allowed.connectToServer(
            {QStringLiteral("127.0.0.1"), server.serverPort(), Security::Plain, true});
        QTRY_COMPARE_WITH_TIMEOUT(allowedProbe.units, QList<QByteArray>{"* OK plaintext server"},
                                  5000);
    }

    void silentServerTimesOutQuickly()
    {
        // Accepts TCP, never answers the TLS handshake: a firewall or a stuck server.
        ScriptedServer server;
        server.pause(60000);
        QVERIFY(server.listenOnLoopback());
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.setTimeouts(1500, 1500);
        QElapsedTimer timer;
        timer.start();
        connection.connectToServer(server.endpoint(Security::Tls));
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(probe.error.category(), Error::Category::Network);
        QVERIFY2(probe.error.message().contains(QLatin1String("did not answer")),
                 qPrintable(probe.error.message()));
    }

    void stalledServerHitsTheReadTimeout()
    {
        const TestBed &bed = TestBed::instance();
        ScriptedServer server;
        server.useTestBedTls(true);
        server.send("* OK hello\r\n").pause(60000);
        QVERIFY(server.listenOnLoopback());
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.setTlsPolicy(bed.tlsPolicy());
        connection.setTimeouts(5000, 1000);
        connection.connectToServer(server.endpoint(Security::Tls));
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QCOMPARE(probe.units, QList<QByteArray>{"* OK hello"});
        QCOMPARE(probe.error.category(), Error::Category::Network);
        QVERIFY2(probe.error.message().contains(QLatin1String("stopped answering")),
                 qPrintable(probe.error.message()));
    }

    void oversizedLiteralEndsTheConnection()
    {
        const TestBed &bed = TestBed::instance();
        ScriptedServer server;
        server.useTestBedTls(true);
        server.send("* OK hi\r\n* 1 FETCH (BODY[] {4294967296}\r\nAAAA").pause(60000);
        QVERIFY(server.listenOnLoopback());
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.setFraming(LineFramer::Mode::ImapLiterals);
        connection.setTlsPolicy(bed.tlsPolicy());
        connection.connectToServer(server.endpoint(Security::Tls));
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QCOMPARE(probe.units, QList<QByteArray>{"* OK hi"});
        QCOMPARE(probe.error.category(), Error::Category::Server);
        QVERIFY2(probe.error.message().contains(QLatin1String("4294967296")),
                 qPrintable(probe.error.message()));
    }

    void serverThatHangsUpIsANetworkError()
    {
        const TestBed &bed = TestBed::instance();
        ScriptedServer server;
        server.useTestBedTls(true);
        server.send("* OK hi\r\n").close();
        QVERIFY(server.listenOnLoopback());
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.setTlsPolicy(bed.tlsPolicy());
        connection.connectToServer(server.endpoint(Security::Tls));
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QCOMPARE(probe.error.category(), Error::Category::Network);
    }

    void refusedPortIsANetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probeServer;
            QVERIFY(probeServer.listen(QHostAddress::LocalHost, 0));
            port = probeServer.serverPort();
        }
        Connection connection(lcNet);
        Probe probe(&connection);
        connection.connectToServer({QStringLiteral("127.0.0.1"), port, Security::Tls, false});
        QTRY_VERIFY_WITH_TIMEOUT(probe.error.isError(), 10000);
        QCOMPARE(probe.error.category(), Error::Category::Network);
        QVERIFY(probe.error.message().contains(QLatin1String("refused")));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
