// `satchel-cli discover` and `account add --discover` end to end: the JSON shape of shared/cli.md,
// every Fastmail fact of the seeds read back from `discover you@fastmail.com --json`, and accounts
// set up from discovery against the test bed (username forms, firewall proxies, approvals, the
// setup report).

#include "clirun.h"
#include "dnsbed.h"
#include "testbed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::CliResult;
using Satchel::Test::DnsBed;
using Satchel::Test::TestBed;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject serviceOf(const QJsonObject &result, const char *type)
{
    for (const QJsonValue &service : result.value(s("services")).toArray()) {
        if (service[s("type")].toString() == s(type))
            return service.toObject();
    }
    return {};
}

QJsonObject alternativeOf(const QJsonObject &service, const char *kind)
{
    for (const QJsonValue &alternative : service.value(s("alternatives")).toArray()) {
        if (alternative[s("kind")].toString() == s(kind))
            return alternative.toObject();
    }
    return {};
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list << value.toString();
    return list;
}

QStringList noteKinds(const QJsonValue &notes)
{
    QStringList kinds;
    for (const QJsonValue &note : notes.toArray())
        kinds << note[s("kind")].toString();
    return kinds;
}

} // namespace

class TestCliDiscover : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;

    CliResult run(QStringList arguments, const QStringList &rules, const QByteArray &input = {})
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(s("--profile"));
        arguments << s("--ca-file") << TestBed::instance().caFile() << s("--dns-server")
                  << DnsBed::instance().nameserver().toString();
        for (const QString &rule : rules)
            arguments << s("--connect-to") << rule;
        return Test::runCli(arguments, input);
    }

    QJsonObject json(const CliResult &result)
    {
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    QByteArray passwordLine(const QString &email)
    {
        return TestBed::instance().password(email).toUtf8() + '\n';
    }

private slots:
    void initTestCase()
    {
        SATCHEL_REQUIRE_TESTBED();
        SATCHEL_REQUIRE_DNSBED();
        QVERIFY(!qEnvironmentVariable("SATCHEL_CLI").isEmpty());
    }

    void discoverJsonHasTheContractsShape()
    {
        const CliResult r = run({s("discover"), s("alice@example.test"), s("--json")},
                                DnsBed::instance().exampleRules());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject result = json(r);
        QCOMPARE(result[s("email")].toString(), s("alice@example.test"));
        QCOMPARE(result[s("provider")].toString(), s("Example Test Mail"));
        const QJsonArray services = result[s("services")].toArray();
        QCOMPARE(services.size(), 5);
        for (const QJsonValue &value : services) {
            const QJsonObject service = value.toObject();
            QVERIFY(QStringList({s("imap"), s("pop3"), s("smtp"), s("caldav"), s("carddav")})
                        .contains(service[s("type")].toString()));
            QVERIFY(!service[s("host")].toString().isEmpty());
            QVERIFY(service[s("port")].toInt() > 0);
            QVERIFY(QStringList({s("tls"), s("starttls"), s("none")})
                        .contains(service[s("security")].toString()));
            QCOMPARE(service[s("username")].toString(), s("alice@example.test"));
            QCOMPARE(service[s("source")].toString(), s("autoconfig"));
            QVERIFY(service[s("verified")].isBool());
            QVERIFY2(service[s("verified")].toBool(), qPrintable(r.out));
        }
        QCOMPARE(serviceOf(result, "caldav")[s("url")].toString(), s("https://dav.example.test/"));
    }

    void discoverReadsBackEveryFastmailFact()
    {
        // No network needed: the provider database knows Fastmail. The DNS bed refuses names
        // outside .test, so nothing is asked of the internet.
        const CliResult r = run({s("discover"), s("you@fastmail.com"), s("--json")}, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject result = json(r);
        QCOMPARE(result[s("provider")].toString(), s("Fastmail"));
        QCOMPARE(result[s("providerId")].toString(), s("fastmail.com"));
        // App password: always, and where it is made.
        const QJsonObject appPassword = result[s("appPassword")].toObject();
        QCOMPARE(appPassword[s("required")].toString(), s("always"));
        QVERIFY(appPassword[s("url")].toString().startsWith(
            s("https://www.fastmail.help/hc/en-us/articles/360058752854")));
        QVERIFY(appPassword[s("text")].toString().contains(s("two-step verification password")));
        // Username alternatives for software that has trouble with "@".
        QCOMPARE(
            strings(result[s("usernameAlternatives")]),
            QStringList({s("you#fastmail.com"), s("you/fastmail.com"), s("you=fastmail.com")}));
        // IMAP is recommended over POP.
        QCOMPARE(result[s("recommendedIncoming")].toString(), s("imap"));
        QVERIFY(result[s("recommendation")].toString().contains(s("IMAP")));
        QCOMPARE(result[s("documentation")].toArray().size(), 2);
        QVERIFY(noteKinds(result[s("providerNotes")]).contains(s("tls-required")));
        QVERIFY(noteKinds(result[s("providerNotes")]).contains(s("sign-up-username")));

        const QJsonObject imap = serviceOf(result, "imap");
        QCOMPARE(imap[s("host")].toString(), s("imap.fastmail.com"));
        QCOMPARE(imap[s("port")].toInt(), 993);
        QCOMPARE(imap[s("security")].toString(), s("tls"));
        QCOMPARE(imap[s("username")].toString(), s("you@fastmail.com"));
        QCOMPARE(imap[s("source")].toString(), s("providers"));
        QCOMPARE(imap[s("imap")][s("folderSeparator")].toString(), s("/"));
        QCOMPARE(imap[s("imap")][s("pathPrefix")].toString(), QString());
        QVERIFY(imap[s("imap")].toObject().contains(s("pathPrefix")));
        QVERIFY(noteKinds(imap[s("notes")]).contains(s("no-spa")));
        QVERIFY(strings(imap[s("authentication")]).contains(s("password-cleartext")));

        // The firewall proxies answer on any port; 443, 80, 21 and 25 are commonly open.
        const QList<QPair<const char *, const char *>> proxies = {
            {"imap", "imaps-proxy.fastmail.com"},
            {"pop3", "pops-proxy.fastmail.com"},
            {"smtp", "smtps-proxy.fastmail.com"}};
        for (const auto &[type, host] : proxies) {
            const QJsonObject proxy = alternativeOf(serviceOf(result, type), "proxy");
            QCOMPARE(proxy[s("host")].toString(), s(host));
            QVERIFY(proxy[s("anyPort")].toBool());
            QCOMPARE(proxy[s("security")].toString(), s("tls"));
            QCOMPARE(proxy[s("ports")].toArray(), QJsonArray({443, 80, 21, 25}));
        }

        const QJsonObject pop3 = serviceOf(result, "pop3");
        QCOMPARE(pop3[s("host")].toString(), s("pop.fastmail.com"));
        QCOMPARE(pop3[s("port")].toInt(), 995);
        QCOMPARE(pop3[s("security")].toString(), s("tls"));
        // POP from a folder: the folder name in the username.
        QCOMPARE(pop3[s("pop3")][s("folderUsername")].toString(), s("you+%FOLDER%@fastmail.com"));
        QVERIFY(pop3[s("pop3")][s("folderRestriction")].toString().contains(s("spaces")));
        QVERIFY(noteKinds(pop3[s("notes")]).contains(s("pop-one-way")));

        const QJsonObject smtp = serviceOf(result, "smtp");
        QCOMPARE(smtp[s("host")].toString(), s("smtp.fastmail.com"));
        QCOMPARE(smtp[s("port")].toInt(), 465);
        QCOMPARE(smtp[s("security")].toString(), s("tls"));
        QCOMPARE(strings(smtp[s("sasl")]), QStringList({s("PLAIN")}));
        const QJsonObject startTls = alternativeOf(smtp, "otherPort");
        QCOMPARE(startTls[s("host")].toString(), s("smtp.fastmail.com"));
        QCOMPARE(startTls[s("port")].toInt(), 587);
        QCOMPARE(startTls[s("security")].toString(), s("starttls"));

        const QJsonObject caldav = serviceOf(result, "caldav");
        QCOMPARE(caldav[s("url")].toString(), s("https://caldav.fastmail.com/"));
        QCOMPARE(caldav[s("username")].toString(), s("you@fastmail.com"));
        QVERIFY(noteKinds(caldav[s("notes")]).contains(s("plan")));

        const QJsonObject carddav = serviceOf(result, "carddav");
        QCOMPARE(carddav[s("url")].toString(), s("https://carddav.fastmail.com/"));
        QCOMPARE(carddav[s("username")].toString(), s("you@fastmail.com"));
        QVERIFY(noteKinds(carddav[s("notes")]).contains(s("plan")));
        const QJsonArray collections = carddav[s("collections")].toArray();
        QCOMPARE(collections.size(), 2);
        QCOMPARE(collections[0][s("name")].toString(), s("Default"));
        QCOMPARE(collections[0][s("url")].toString(),
                 s("https://carddav.fastmail.com/dav/addressbooks/user/you@fastmail.com/Default"));
        QCOMPARE(collections[0][s("username")].toString(), s("you+Default@fastmail.com"));
        QCOMPARE(collections[1][s("name")].toString(), s("Shared"));
        QCOMPARE(collections[1][s("url")].toString(),
                 s("https://carddav.fastmail.com/dav/addressbooks/user/you@fastmail.com/"
                   "%MASTERUSER%.Shared"));
        QCOMPARE(collections[1][s("username")].toString(), s("you+Shared@fastmail.com"));

        const QJsonObject ldap = serviceOf(result, "ldap");
        QCOMPARE(ldap[s("host")].toString(), s("ldap.fastmail.com"));
        QCOMPARE(ldap[s("port")].toInt(), 636);
        QCOMPARE(ldap[s("security")].toString(), s("tls"));
        QCOMPARE(ldap[s("username")].toString(), s("cn=you@fastmail.com,dc=User"));
        QCOMPARE(ldap[s("ldap")][s("baseDn")].toString(), s("dc=AddressBook"));
        QVERIFY(ldap[s("ldap")][s("readOnly")].toBool());
        QCOMPARE(strings(ldap[s("sasl")]), QStringList({s("PLAIN")}));
        for (const char *kind : {"case-sensitive", "read-only", "cache-delay", "online-only",
                                 "invalid-entries", "global-address-book"})
            QVERIFY2(noteKinds(ldap[s("notes")]).contains(s(kind)), kind);

        const QJsonObject webdav = serviceOf(result, "webdav");
        QCOMPARE(webdav[s("url")].toString(), s("https://webdav.fastmail.com/"));
        QCOMPARE(webdav[s("files")][s("path")].toString(), s("/you.fastmail.com/files/"));
        QCOMPARE(alternativeOf(webdav, "otherHost")[s("url")].toString(),
                 s("https://myfiles.fastmail.com/"));

        const QJsonObject ftp = serviceOf(result, "ftp");
        QCOMPARE(ftp[s("host")].toString(), s("ftp.fastmail.com"));
        QCOMPARE(ftp[s("port")].toInt(), 21);
        QCOMPARE(ftp[s("security")].toString(), s("starttls")); // FTPS, explicit
        QVERIFY(ftp[s("files")][s("ftps")].toBool());
        QVERIFY(!ftp[s("files")][s("sftp")].toBool());
        QCOMPARE(ftp[s("files")][s("path")].toString(), s("/you.fastmail.com/files/"));

        for (const QJsonValue &service : result[s("services")].toArray()) {
            QCOMPARE(service[s("source")].toString(), s("providers"));
            QVERIFY(!service[s("verified")].toBool());
        }
    }

    void discoverWritesAReport()
    {
        const QString report = m_profile.filePath(s("report.txt"));
        const CliResult r = run({s("discover"), s("alice@example.test"), s("--report"), report},
                                DnsBed::instance().exampleRules());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(s("imap.example.test:993")));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(s("Satchel setup report for alice@example.test")));
        QVERIFY(text.contains(s("DNS MX example.test")));
        QVERIFY(text.contains(s("GET https://autoconfig.example.test/mail/config-v1.1.xml")));
        QVERIFY(text.contains(s("S: * OK [CAPABILITY")));
    }

    void aGuessedServerWithAnUntrustedCertificateShowsItsFingerprint()
    {
        const CliResult r =
            run({s("discover"), s("alice@guess.test")},
                {DnsBed::rule(s("imap.guess.test"), 993, DnsBed::instance().port(s("rogue")))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(s("imap.guess.test:993")), qPrintable(r.out));
        QVERIFY(r.out.contains(s("failed (certificate)")));
        QVERIFY(r.out.contains(s("--accept-fingerprint")));
    }

    void accountAddDiscoverFindsTheUsernameFormAndStoresIt()
    {
        const QString email = s("frank@example.test");
        const QString report = m_profile.filePath(s("frank-report.json"));
        CliResult r = run({s("account"), s("add"), email, s("--discover"), s("--password-stdin"),
                           s("--report"), report},
                          DnsBed::instance().exampleRules(), passwordLine(email));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(s("Logged in as frank#example.test")));
        QVERIFY(r.out.contains(s("Added frank@example.test")));

        r = run({s("account"), s("show"), email, s("--json")}, {});
        const QJsonObject account = json(r);
        QCOMPARE(serviceOf(account, "imap")[s("host")].toString(), s("imap.example.test"));
        QCOMPARE(serviceOf(account, "imap")[s("username")].toString(), s("frank#example.test"));
        QCOMPARE(serviceOf(account, "smtp")[s("username")].toString(), s("frank#example.test"));
        QCOMPARE(serviceOf(account, "carddav")[s("url")].toString(),
                 s("https://dav.example.test/"));

        // The stored account works with the password from the keychain.
        r = run({s("check"), email}, DnsBed::instance().exampleRules());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(QJsonDocument::fromJson(bytes).isObject());
        QVERIFY(!bytes.contains(TestBed::instance().password(email).toUtf8()));
        QVERIFY(bytes.contains("Verification"));
    }

    void accountAddDiscoverUsesAFirewallProxy()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 refused = closed.serverPort();
        closed.close();
        const QString email = s("bob@example.test");
        QStringList rules = DnsBed::instance().exampleRules();
        rules.prepend(DnsBed::rule(s("imap.example.test"), 993, refused));
        rules << DnsBed::toTestBed(s("imaps-proxy.example.test"), 443, s("imaps"));
        const CliResult r = run(
            {s("account"), s("add"), email, s("--discover"), s("--password-stdin"), s("--json")},
            rules, passwordLine(email));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(s("uses imaps-proxy.example.test:443 instead")), qPrintable(r.err));
        const QJsonObject imap = serviceOf(json(r), "imap");
        QCOMPARE(imap[s("host")].toString(), s("imaps-proxy.example.test"));
        QCOMPARE(imap[s("port")].toInt(), 443);
    }

    void accountAddDiscoverAsksBeforeAHostOutsideTheDomain()
    {
        // srv.test's SRV records put submission at mail.other.test.
        const QString login = s("carol@example.test");
        const QStringList rules = {DnsBed::toTestBed(s("imap.srv.test"), 993, s("imaps")),
                                   DnsBed::toTestBed(s("dav.srv.test"), 443, s("dav")),
                                   DnsBed::toTestBed(s("mail.other.test"), 587, s("submission"))};
        const QStringList add = {s("account"),    s("add"), s("carol@srv.test"),  s("--discover"),
                                 s("--username"), login,    s("--password-stdin")};
        CliResult r = run(add, rules, passwordLine(login));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("--approve-host other.test")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        r = run({s("account"), s("list")}, {});
        QVERIFY(!r.out.contains(s("carol@srv.test")));

        r = run(add + QStringList{s("--approve-host"), s("other.test")}, rules,
                passwordLine(login));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = run({s("account"), s("show"), s("carol@srv.test"), s("--json")}, {});
        QCOMPARE(serviceOf(json(r), "smtp")[s("host")].toString(), s("mail.other.test"));
    }

    void accountAddDiscoverWithAWrongPasswordStoresNothing()
    {
        const QString email = s("dave@example.test");
        const CliResult r =
            run({s("account"), s("add"), email, s("--discover"), s("--password-stdin")},
                DnsBed::instance().exampleRules(), "not-the-app-password\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(s("https://example.test/app-passwords")));
        QVERIFY(!run({s("account"), s("list")}, {}).out.contains(email));
    }

    void badDiscoverUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("not an address") << QStringList{s("discover"), s("nobody")};
        QTest::newRow("bad deadline")
            << QStringList{s("discover"), s("a@example.test"), s("--deadline"), s("soon")};
        QTest::newRow("bad connect-to")
            << QStringList{s("discover"), s("a@example.test"), s("--connect-to"), s("x:1")};
        QTest::newRow("bad incoming")
            << QStringList{s("account"),    s("add"),        s("a@example.test"),
                           s("--discover"), s("--incoming"), s("ftp")};
    }

    void badDiscoverUsage()
    {
        QFETCH(QStringList, arguments);
        const CliResult r = run(arguments, {});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDiscover)
#include "tst_clidiscover.moc"
