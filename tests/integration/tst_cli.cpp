#include "net/certificatepins.h"
#include "testbed.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::TestBed;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString url(const char *scheme, const QString &portName)
{
    const TestBed &bed = TestBed::instance();
    return QStringLiteral("%1://%2:%3")
        .arg(QLatin1String(scheme), bed.host())
        .arg(bed.port(portName));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;

    CliResult run(QStringList arguments, const QByteArray &input = {}, bool withCa = true)
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(QStringLiteral("--profile"));
        if (withCa)
            arguments << QStringLiteral("--ca-file") << TestBed::instance().caFile();
        QProcess cli;
        cli.start(qEnvironmentVariable("SATCHEL_CLI"), arguments);
        if (!cli.waitForStarted())
            return {};
        if (!input.isEmpty())
            cli.write(input);
        cli.closeWriteChannel();
        if (!cli.waitForFinished(60000))
            cli.kill();
        return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()),
                QString::fromUtf8(cli.readAllStandardError())};
    }

    QByteArray passwordLine(const QString &email)
    {
        return TestBed::instance().password(email).toUtf8() + '\n';
    }

    void addAccount(const QString &email, const QString &incoming, const QString &smtp)
    {
        const QString incomingOption = incoming.startsWith(QLatin1String("pop"))
                                           ? QStringLiteral("--pop")
                                           : QStringLiteral("--imap");
        const CliResult r =
            run({QStringLiteral("account"), QStringLiteral("add"), email, incomingOption, incoming,
                 QStringLiteral("--smtp"), smtp, QStringLiteral("--password-stdin")},
                passwordLine(email));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(email));
    }

private slots:
    void initTestCase()
    {
        SATCHEL_REQUIRE_TESTBED();
        QVERIFY(!qEnvironmentVariable("SATCHEL_CLI").isEmpty());
    }

    void versionAndHelp()
    {
        CliResult r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("satchel-cli ")));
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("account add")));
        QVERIFY(r.out.contains(QLatin1String("--password-stdin")));
    }

    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("bad url") << QStringList{
            QStringLiteral("account"), QStringLiteral("add"),     QStringLiteral("x@example.test"),
            QStringLiteral("--imap"),  QStringLiteral("ftp://x"), QStringLiteral("--no-verify")};
        QTest::newRow("no servers")
            << QStringList{QStringLiteral("account"), QStringLiteral("add"),
                           QStringLiteral("x@example.test"), QStringLiteral("--no-verify")};
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("check"), QStringLiteral("x"), QStringLiteral("--imap"),
                           QStringLiteral("imaps://h")};
        QTest::newRow("unknown account")
            << QStringList{QStringLiteral("check"), QStringLiteral("nobody@example.test")};
        QTest::newRow("bad fingerprint")
            << QStringList{QStringLiteral("check"), QStringLiteral("x"),
                           QStringLiteral("--accept-fingerprint"), QStringLiteral("12:34")};
    }

    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const CliResult r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QLatin1String("satchel-cli: ")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one sentence
    }

    void profileComesFromTheEnvironmentToo()
    {
        QTemporaryDir other;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SATCHEL_PROFILE"), other.path());
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("SATCHEL_CLI"),
                  {QStringLiteral("account"), QStringLiteral("add"),
                   QStringLiteral("env@example.test"), QStringLiteral("--imap"),
                   QStringLiteral("imaps://imap.example.test"), QStringLiteral("--no-verify")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QFile::exists(other.filePath(QStringLiteral("accounts.json"))));
        // --profile wins over the environment.
        const CliResult r = run({QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY(!r.out.contains(QLatin1String("env@example.test")));
    }

    void addListShowCheckOverImplicitTls()
    {
        const QString email = QStringLiteral("alice@example.test");
        addAccount(email, url("imaps", QStringLiteral("imaps")),
                   url("smtps", QStringLiteral("submissions")));

        CliResult r =
            run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QLatin1String("email")].toString(), email);
        QCOMPARE(list[0][QLatin1String("incoming")].toString(), QStringLiteral("imap"));
        const QString id = list[0][QLatin1String("id")].toString();
        QVERIFY(!id.isEmpty());

        r = run({QStringLiteral("account"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray services = shown[QLatin1String("services")].toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[0][QLatin1String("type")].toString(), QStringLiteral("imap"));
        QCOMPARE(services[0][QLatin1String("security")].toString(), QStringLiteral("tls"));
        QCOMPARE(services[0][QLatin1String("port")].toInt(),
                 int(TestBed::instance().port(QStringLiteral("imaps"))));
        QCOMPARE(services[1][QLatin1String("username")].toString(), email);

        // The password comes from the keychain now.
        r = run({QStringLiteral("check"), email, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonArray checks = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(checks.size(), 2);
        for (const QJsonValue &check : checks)
            QVERIFY(check[QLatin1String("ok")].toBool());
    }

    void checkEveryProtocolWithStartTlsAndImplicitTls_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<QString>("smtp");
        QTest::newRow("imap starttls, smtp 587")
            << QStringLiteral("bob@example.test") << url("imap", QStringLiteral("imap"))
            << url("smtp", QStringLiteral("submission"));
        QTest::newRow("pop3 tls, smtp 465")
            << QStringLiteral("carol@example.test") << url("pop3s", QStringLiteral("pop3s"))
            << url("smtps", QStringLiteral("submissions"));
        QTest::newRow("pop3 stls, smtp 587")
            << QStringLiteral("dave@example.test") << url("pop3", QStringLiteral("pop3"))
            << url("smtp", QStringLiteral("submission"));
    }

    void checkEveryProtocolWithStartTlsAndImplicitTls()
    {
        QFETCH(QString, email);
        QFETCH(QString, incoming);
        QFETCH(QString, smtp);
        addAccount(email, incoming, smtp);
        const CliResult r = run({QStringLiteral("check"), email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QVERIFY2(line.contains(QLatin1String("  ok (")), qPrintable(line));
    }

    void foldersShowRolesAndCounts()
    {
        const QString email = QStringLiteral("bob@example.test");
        const QByteArray subject =
            "Folders test " + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(TestBed::instance().deliver(email, subject));
        CliResult r = run({QStringLiteral("folders"), email, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QHash<QString, QJsonObject> byRole;
        for (const QJsonValue &folder : QJsonDocument::fromJson(r.out.toUtf8()).array())
            byRole.insert(folder[QLatin1String("role")].toString(), folder.toObject());
        for (const char *role : {"inbox", "sent", "drafts", "trash", "junk", "archive"})
            QVERIFY2(byRole.contains(QLatin1String(role)), role);
        const QJsonObject inbox = byRole.value(QStringLiteral("inbox"));
        QCOMPARE(inbox[QLatin1String("name")].toString(), QStringLiteral("INBOX"));
        QVERIFY(r.out.indexOf(QLatin1String("\"inbox\"")) <
                r.out.indexOf(QLatin1String("\"trash\"")));
        QVERIFY(inbox[QLatin1String("total")].toInt() >= 1);
        QVERIFY(inbox[QLatin1String("unread")].toInt() >= 1);

        r = run({QStringLiteral("folders"), email});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(
                     QRegularExpression(QStringLiteral("^INBOX  inbox  \\d+ unread  \\d+ total$"),
                                        QRegularExpression::MultilineOption)),
                 qPrintable(r.out));

        r = run({QStringLiteral("folders"), QStringLiteral("carol@example.test")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("POP3")));
    }

    void mailCommandsSyncListReadAndChange()
    {
        const QString email = QStringLiteral("heidi@example.test");
        addAccount(email, url("imaps", QStringLiteral("imaps")),
                   url("smtps", QStringLiteral("submissions")));
        const QByteArray tag = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(TestBed::instance().deliver(email, "First " + tag));
        QVERIFY(TestBed::instance().deliver(email, "Second " + tag));
        CliResult r = run({QStringLiteral("sync"), email, QStringLiteral("--bodies")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("INBOX: 2 new")), qPrintable(r.out));

        r = run({QStringLiteral("list"), email, QStringLiteral("--json"),
                 QStringLiteral("--search"), QString::fromLatin1("First " + tag)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        const QJsonObject first = listed.at(0).toObject();
        for (const char *field : {"uid", "date", "from", "subject", "flags", "size"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(first[QLatin1String("from")].toString(),
                 QStringLiteral("Alice <alice@example.test>"));
        QVERIFY(
            QDateTime::fromString(first[QLatin1String("date")].toString(), Qt::ISODate).isValid());
        const QString uid = QString::number(first[QLatin1String("uid")].toInt());

        r = run({QStringLiteral("read"), email, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                 QStringLiteral("--uid"), uid, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject message = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(message[QLatin1String("headers")][QLatin1String("subject")].toString(),
                 QString::fromLatin1("First " + tag));
        QVERIFY(message[QLatin1String("text")].toString().contains(QLatin1String("test bed")));
        r = run({QStringLiteral("read"), email, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                 QStringLiteral("--uid"), uid, QStringLiteral("--raw")});
        // The exact bytes: CRLF line ends as the server stored them.
        QVERIFY2(r.out.contains(QString::fromLatin1("\r\nSubject: First " + tag + "\r\n")),
                 qPrintable(r.out));
        QVERIFY(r.out.endsWith(QLatin1String("Hello from the test bed.\r\n")));

        r = run({QStringLiteral("flag"), email, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                 QStringLiteral("--uid"), uid, QStringLiteral("--seen")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("list"), email, QStringLiteral("--unread")});
        QVERIFY(!r.out.contains(QString::fromLatin1("First " + tag)));
        QVERIFY(r.out.contains(QString::fromLatin1("Second " + tag)));

        const QString folder = QStringLiteral("Kept ") + QString::fromLatin1(tag);
        r = run({QStringLiteral("mkdir"), email, folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("move"), email, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                 QStringLiteral("--uid"), uid, QStringLiteral("--to"), folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("sync"), email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("list"), email, QStringLiteral("--folder"), folder});
        QVERIFY2(r.out.contains(QString::fromLatin1("First " + tag)), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("\\Seen")));

        r = run({QStringLiteral("list"), email});
        const QString secondUid = r.out.section(QLatin1Char('\t'), 0, 0);
        r = run({QStringLiteral("delete"), email, QStringLiteral("--folder"),
                 QStringLiteral("INBOX"), QStringLiteral("--uid"), secondUid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("sync"), email});
        r = run(
            {QStringLiteral("list"), email, QStringLiteral("--folder"), QStringLiteral("trash")});
        QVERIFY2(r.out.contains(QString::fromLatin1("Second " + tag)), qPrintable(r.out + r.err));

        r = run({QStringLiteral("flag"), email, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                 QStringLiteral("--uid"), uid});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("list"), email, QStringLiteral("--folder"),
                 QStringLiteral("No such folder")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("sync")));
        r = run({QStringLiteral("read"), email, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                 QStringLiteral("--uid"), QStringLiteral("999999")});
        QCOMPARE(r.exitCode, 2);
    }

    void checkIncludesCardDavAndCalDav()
    {
        const TestBed &bed = TestBed::instance();
        const QString email = QStringLiteral("erin@example.test");
        const QString dav =
            QStringLiteral("https://%1:%2/").arg(bed.host()).arg(bed.port(QStringLiteral("dav")));
        CliResult r =
            run({QStringLiteral("account"), QStringLiteral("add"), email, QStringLiteral("--imap"),
                 url("imaps", QStringLiteral("imaps")), QStringLiteral("--carddav"), dav,
                 QStringLiteral("--caldav"), dav + QStringLiteral(".well-known/caldav"),
                 QStringLiteral("--password-stdin")},
                passwordLine(email));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = run({QStringLiteral("check"), email, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QStringList services;
        for (const QJsonValue &check : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            services << check[QLatin1String("service")].toString();
            QVERIFY(check[QLatin1String("ok")].toBool());
        }
        QCOMPARE(services, (QStringList{QStringLiteral("imap"), QStringLiteral("carddav"),
                                        QStringLiteral("caldav")}));
    }

    void wrongPasswordIsAnAuthenticationFailure()
    {
        const CliResult r = run({QStringLiteral("check"), QStringLiteral("alice@example.test"),
                                 QStringLiteral("--password-stdin")},
                                "my-normal-password\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(QLatin1String("app password")), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1String("failed:")), 2);
    }

    void addWithAWrongPasswordStoresNothing()
    {
        const CliResult r =
            run({QStringLiteral("account"), QStringLiteral("add"),
                 QStringLiteral("frank@example.test"), QStringLiteral("--imap"),
                 url("imaps", QStringLiteral("imaps")), QStringLiteral("--password-stdin")},
                "wrong\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("app password")), qPrintable(r.err));
        const CliResult list = run({QStringLiteral("account"), QStringLiteral("show"),
                                    QStringLiteral("frank@example.test")});
        QCOMPARE(list.exitCode, 2);
    }

    void untrustedCertificateShowsItsFingerprintThenCanBePinned()
    {
        QFile pem(TestBed::instance().serverCert());
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QString fingerprint = CertificatePins::formatFingerprint(
            QSslCertificate(pem.readAll()).digest(QCryptographicHash::Sha256));

        CliResult r =
            run({QStringLiteral("check"), QStringLiteral("alice@example.test")}, {}, false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("--accept-fingerprint ") + fingerprint),
                 qPrintable(r.out));

        r = run({QStringLiteral("check"), QStringLiteral("alice@example.test"),
                 QStringLiteral("--accept-fingerprint"), fingerprint},
                {}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // Remembered per host and port: no flag needed any more.
        r = run({QStringLiteral("check"), QStringLiteral("alice@example.test")}, {}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void verboseLogRedactsThePassword()
    {
        const QString email = QStringLiteral("alice@example.test");
        const QString password = TestBed::instance().password(email);
        const CliResult r = run({QStringLiteral("-v"), QStringLiteral("check"), email});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("satchel.imap: C:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("satchel.smtp: C: AUTH PLAIN <redacted>")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(password));
        QByteArray plain;
        plain.append('\0').append(email.toUtf8()).append('\0').append(password.toUtf8());
        QVERIFY(!r.err.contains(QString::fromLatin1(plain.toBase64())));
    }

    void noPasswordInAnyProfileFile()
    {
        QDirIterator it(m_profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const char *user : {"alice", "bob", "carol", "dave"}) {
                const QString email = QStringLiteral("%1@example.test").arg(QLatin1String(user));
                QVERIFY2(!content.contains(TestBed::instance().password(email).toUtf8()),
                         qPrintable(file.fileName()));
            }
            ++files;
        }
        QVERIFY(files >= 2); // accounts.json and certificate-pins.json
    }

    void removeTakesThePasswordOutOfTheKeychain()
    {
        CliResult r = run({QStringLiteral("account"), QStringLiteral("show"),
                           QStringLiteral("dave@example.test"), QStringLiteral("--json")});
        const QString id =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(keychainLookup(id),
                 TestBed::instance().password(QStringLiteral("dave@example.test")));

        r = run({QStringLiteral("account"), QStringLiteral("remove"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(keychainLookup(id).isEmpty());
        r = run({QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY(!r.out.contains(QLatin1String("dave@example.test")));
        QVERIFY(r.out.contains(QLatin1String("bob@example.test")));
        r = run({QStringLiteral("check"), QStringLiteral("dave@example.test")});
        QCOMPARE(r.exitCode, 2);
    }

private:
    static QString keychainLookup(const QString &accountId)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Satchel"),
                    QStringLiteral("user"), accountId});
        tool.waitForFinished(10000);
        return QString::fromUtf8(tool.readAllStandardOutput());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
