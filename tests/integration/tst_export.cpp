// `satchel-cli export` on an account whose password is in the test bed's keychain: every format
// holds the settings and never the password; Debian's python3 plistlib reads the Apple profile;
// Satchel's own autoconfig parser reads the Thunderbird file back to the account's servers.

#include "accounts/secretjob.h"
#include "discovery/autoconfigparser.h"
#include "jobrun.h"
#include "testbed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::TestBed;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

const QString alice = QStringLiteral("alice@example.test");

QString url(const char *scheme, const char *portName)
{
    const TestBed &bed = TestBed::instance();
    return QStringLiteral("%1://%2:%3/")
        .arg(QLatin1String(scheme), bed.host())
        .arg(bed.port(QLatin1String(portName)));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    QString m_accountId;

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(qEnvironmentVariable("SATCHEL_CLI"),
                      QStringList{QStringLiteral("--profile"), m_profile.path(),
                                  QStringLiteral("--ca-file"), TestBed::instance().caFile()} +
                          arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run exportAs(const char *format)
    {
        return cli(
            {QStringLiteral("export"), alice, QStringLiteral("--format"), QLatin1String(format)});
    }

private slots:
    void initTestCase()
    {
        SATCHEL_REQUIRE_TESTBED();
        const TestBed &bed = TestBed::instance();
        const Run add = cli(
            {QStringLiteral("account"), QStringLiteral("add"), alice, QStringLiteral("--name"),
             QStringLiteral("Alice"), QStringLiteral("--imap"), url("imaps", "imaps").chopped(1),
             QStringLiteral("--smtp"), url("smtp", "submission").chopped(1),
             QStringLiteral("--carddav"), url("https", "dav"), QStringLiteral("--caldav"),
             url("https", "dav"), QStringLiteral("--password-stdin")},
            bed.password(alice).toUtf8() + '\n');
        QVERIFY2(add.exitCode == 0, qPrintable(QString::fromUtf8(add.out) + add.err));
        const Run list =
            cli({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
        m_accountId =
            QJsonDocument::fromJson(list.out).array().at(0)[QLatin1String("id")].toString();
        QVERIFY(!m_accountId.isEmpty());
    }

    void thePasswordIsInTheKeychainButInNoExport()
    {
        const QString password = TestBed::instance().password(alice);
        {
            Satchel::Test::JobRun<SecretJob> read(SecretJob::read(m_accountId));
            QTRY_VERIFY_WITH_TIMEOUT(read.done, 10000);
            QCOMPARE(read.job->password(), password);
        }
        for (const char *format : {"autoconfig", "mobileconfig", "sheet"}) {
            const Run run = exportAs(format);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains("example.test"), format); // autoconfig: %EMAILADDRESS%
            QVERIFY2(!run.out.contains(password.toUtf8()), format);
            QVERIFY2(!run.out.contains(password.toUtf8().toBase64()), format);
        }
    }

    void pythonPlistlibReadsTheAppleProfile()
    {
        const Run run = exportAs("mobileconfig");
        QCOMPARE(run.exitCode, 0);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("alice.mobileconfig")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out);
        file.close();
        QProcess python;
        python.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import json, plistlib, sys\n"
                 "profile = plistlib.load(open(sys.argv[1], 'rb'))\n"
                 "print(json.dumps({'type': profile['PayloadType'],\n"
                 "  'payloads': {p['PayloadType']: p for p in profile['PayloadContent']}}))"),
             file.fileName()});
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject profile =
            QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(profile[QLatin1String("type")].toString(), QStringLiteral("Configuration"));
        const QJsonObject payloads = profile[QLatin1String("payloads")].toObject();
        QCOMPARE(payloads.keys(), (QStringList{QStringLiteral("com.apple.caldav.account"),
                                               QStringLiteral("com.apple.carddav.account"),
                                               QStringLiteral("com.apple.mail.managed")}));
        const QJsonObject mail = payloads[QLatin1String("com.apple.mail.managed")].toObject();
        const TestBed &bed = TestBed::instance();
        QCOMPARE(mail[QLatin1String("EmailAccountType")].toString(),
                 QStringLiteral("EmailTypeIMAP"));
        QCOMPARE(mail[QLatin1String("IncomingMailServerHostName")].toString(), bed.host());
        QCOMPARE(mail[QLatin1String("IncomingMailServerPortNumber")].toInt(),
                 bed.port(QStringLiteral("imaps")));
        QCOMPARE(mail[QLatin1String("IncomingMailServerUseSSL")].toBool(), true);
        QCOMPARE(mail[QLatin1String("OutgoingMailServerPortNumber")].toInt(),
                 bed.port(QStringLiteral("submission")));
        QCOMPARE(mail[QLatin1String("EmailAddress")].toString(), alice);
        QVERIFY(!mail.contains(QLatin1String("IncomingPassword")));
        const QJsonObject caldav = payloads[QLatin1String("com.apple.caldav.account")].toObject();
        QCOMPARE(caldav[QLatin1String("CalDAVPort")].toInt(), bed.port(QStringLiteral("dav")));
        QCOMPARE(caldav[QLatin1String("CalDAVUsername")].toString(), alice);
        QVERIFY(!caldav.contains(QLatin1String("CalDAVPassword")));
    }

    void autoconfigReadsBackToTheAccountsServers()
    {
        const Run run = exportAs("autoconfig");
        QCOMPARE(run.exitCode, 0);
        AutoconfigParser parser(AutoconfigParser::Mode::Strict);
        const std::optional<ProviderConfig> config = parser.parse(run.out);
        QVERIFY2(config, qPrintable(parser.errorString()));
        QString error;
        const std::optional<ProviderConfig> expanded = config->expandedFor(alice, &error);
        QVERIFY(expanded);
        const Run show = cli(
            {QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("show"), alice});
        const QJsonArray services =
            QJsonDocument::fromJson(show.out).object()[QLatin1String("services")].toArray();
        QCOMPARE(expanded->services.size(), services.size());
        for (const QJsonValue &value : services) {
            const QJsonObject service = value.toObject();
            const ProviderService *read = expanded->service(
                *parseProviderServiceType(service[QLatin1String("type")].toString()));
            QVERIFY(read);
            QCOMPARE(read->host, service[QLatin1String("host")].toString());
            QCOMPARE(int(read->port), service[QLatin1String("port")].toInt());
            QCOMPARE(securityName(read->security), service[QLatin1String("security")].toString());
            QCOMPARE(read->username, service[QLatin1String("username")].toString());
        }
    }

    void sheetIsLaidOutLikeTheProvidersTables()
    {
        const Run run = exportAs("sheet");
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.startsWith(QLatin1String("Server names and ports for alice@example.test\n")));
        QVERIFY(text.contains(
            QStringLiteral("\nIMAP\n  Server              %1\n  Port                %2\n")
                .arg(TestBed::instance().host())
                .arg(TestBed::instance().port(QStringLiteral("imaps")))));
        QVERIFY(text.contains(QLatin1String("\nSMTP\n")));
        QVERIFY(text.contains(QLatin1String("STARTTLS")));
        QVERIFY(text.contains(QLatin1String("\nCalDAV\n")));
    }

    void formatMustBeGiven()
    {
        Run run = cli({QStringLiteral("export"), alice});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--format autoconfig")));
        run = exportAs("pdf");
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("export"), QStringLiteral("nobody@example.test"),
                   QStringLiteral("--format"), QStringLiteral("sheet")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
