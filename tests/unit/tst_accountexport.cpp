// Exporting an account for another device: the autoconfig file reads back to the same servers
// with Satchel's own parser, the Apple profile is a well-formed property list with the right
// payloads, the settings sheet has the "Server names and ports" tables; none holds a password.

#include "discovery/autoconfigparser.h"
#include "discovery/providerdatabase.h"
#include "export/accountexport.h"
#include "export/autoconfigwriter.h"
#include "export/mobileconfigwriter.h"
#include "export/settingssheet.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Satchel;

namespace {

ServiceConfig service(ServiceType type, const QString &host, quint16 port, Security security,
                      const QString &username, const QString &url = {})
{
    ServiceConfig config;
    config.type = type;
    config.host = host;
    config.port = port;
    config.security = security;
    config.username = username;
    config.url = url;
    return config;
}

// A Fastmail account as the wizard would create it from the provider database.
Account fastmailAccount()
{
    Account account;
    account.id = QStringLiteral("k3x9");
    account.name = QStringLiteral("Try This");
    account.email = QStringLiteral("trythis@fastmail.com");
    ServiceConfig smtp = service(ServiceType::Smtp, QStringLiteral("smtp.fastmail.com"), 465,
                                 Security::Tls, account.email);
    smtp.auth = AuthMethod::Plain;
    ServiceConfig ldap = service(ServiceType::Ldap, QStringLiteral("ldap.fastmail.com"), 636,
                                 Security::Tls, QStringLiteral("cn=trythis@fastmail.com,dc=User"),
                                 QStringLiteral("dc=AddressBook"));
    ldap.auth = AuthMethod::Plain;
    account.services = {
        service(ServiceType::Imap, QStringLiteral("imap.fastmail.com"), 993, Security::Tls,
                account.email),
        smtp,
        service(ServiceType::CalDav, QStringLiteral("caldav.fastmail.com"), 443, Security::Tls,
                account.email, QStringLiteral("https://caldav.fastmail.com/")),
        service(ServiceType::CardDav, QStringLiteral("carddav.fastmail.com"), 443, Security::Tls,
                account.email, QStringLiteral("https://carddav.fastmail.com/")),
        ldap,
    };
    return account;
}

// A self-hosted account the database does not know: POP with STARTTLS, an odd username.
Account selfHostedAccount()
{
    Account account;
    account.id = QStringLiteral("p0p3");
    account.name = QStringLiteral("Bob");
    account.email = QStringLiteral("bob@example.test");
    account.services = {
        service(ServiceType::Pop3, QStringLiteral("mail.example.test"), 110, Security::StartTls,
                QStringLiteral("bob")),
        service(ServiceType::Smtp, QStringLiteral("mail.example.test"), 587, Security::StartTls,
                QStringLiteral("bob.smtp")),
    };
    return account;
}

QString describe(const ServiceConfig &s)
{
    return QStringLiteral("%1 %2:%3 %4 user=%5 auth=%6 url=%7")
        .arg(serviceTypeName(s.type), s.host)
        .arg(s.port)
        .arg(securityName(s.security), s.username, authMethodName(s.auth), s.url);
}

QStringList describeAll(const QList<ServiceConfig> &services)
{
    QStringList lines;
    for (const ServiceConfig &s : services)
        lines << describe(s);
    lines.sort();
    return lines;
}

} // namespace

class TestAccountExport : public QObject
{
    Q_OBJECT

private slots:
    void autoconfigReadsBackToTheSameServers_data()
    {
        QTest::addColumn<Account>("account");
        QTest::newRow("fastmail") << fastmailAccount();
        QTest::newRow("self-hosted") << selfHostedAccount();
    }

    void autoconfigReadsBackToTheSameServers()
    {
        QFETCH(Account, account);
        const QByteArray xml =
            AutoconfigWriter::write(account, AccountExport::providerFor(account));
        // Strict: the mode that refuses anything unknown, as for the shipped files.
        AutoconfigParser parser(AutoconfigParser::Mode::Strict);
        const std::optional<ProviderConfig> parsed = parser.parse(xml);
        QVERIFY2(parsed,
                 qPrintable(parser.errorString() + QLatin1Char('\n') + QString::fromUtf8(xml)));
        QString error;
        const std::optional<ProviderConfig> expanded = parsed->expandedFor(account.email, &error);
        QVERIFY2(expanded, qPrintable(error));
        QList<ServiceConfig> services;
        for (const ProviderService &read : expanded->services) {
            const std::optional<ServiceConfig> config = read.toServiceConfig();
            QVERIFY(config);
            services << *config;
        }
        QCOMPARE(describeAll(services), describeAll(account.services));
        QVERIFY(expanded->domains.contains(account.email.section(QLatin1Char('@'), 1)));
    }

    void autoconfigUsesPlaceholdersAndTheProvidersFacts()
    {
        const QByteArray xml =
            AccountExport::render(fastmailAccount(), AccountExport::Format::Autoconfig);
        QVERIFY(xml.contains("<username>%EMAILADDRESS%</username>"));
        QVERIFY(xml.contains("<displayName>Fastmail</displayName>"));
        QVERIFY(xml.contains("<satchel:appPassword required=\"always\""));
        QVERIFY(xml.contains("<socketType>SSL</socketType>"));
        const QByteArray own =
            AccountExport::render(selfHostedAccount(), AccountExport::Format::Autoconfig);
        QVERIFY(own.contains("<username>%EMAILLOCALPART%</username>"));
        QVERIFY(own.contains("<username>bob.smtp</username>"));
        QVERIFY(own.contains("<socketType>STARTTLS</socketType>"));
    }

    void mobileconfigHasAPayloadPerService()
    {
        const Account account = fastmailAccount();
        const QByteArray plist =
            AccountExport::render(account, AccountExport::Format::Mobileconfig);
        QVERIFY(plist.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QVERIFY(plist.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""));
        QXmlStreamReader reader(plist);
        QStringList strings;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"string")
                strings << reader.readElementText();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        for (const char *type : {"Configuration", "com.apple.mail.managed",
                                 "com.apple.caldav.account", "com.apple.carddav.account"})
            QVERIFY2(strings.contains(QLatin1String(type)), type);
        QVERIFY(strings.contains(QStringLiteral("EmailTypeIMAP")));
        QVERIFY(strings.contains(QStringLiteral("imap.fastmail.com")));
        QVERIFY(strings.contains(QStringLiteral("https://caldav.fastmail.com/")));
        QVERIFY(!plist.contains("Password</key>\n\t<string"));
        static const QRegularExpression uuid(QStringLiteral(
            "^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"));
        QSet<QString> uuids;
        for (const QString &value : strings) {
            if (uuid.match(value).hasMatch())
                uuids.insert(value);
        }
        QCOMPARE(uuids.size(), 4); // the profile and its three payloads, all different
        // Exporting again replaces the installed profile instead of adding a second one.
        QCOMPARE(AccountExport::render(account, AccountExport::Format::Mobileconfig), plist);
    }

    void mobileconfigForPopWithoutDav()
    {
        const QByteArray plist =
            AccountExport::render(selfHostedAccount(), AccountExport::Format::Mobileconfig);
        QVERIFY(plist.contains("<string>EmailTypePOP</string>"));
        QVERIFY(!plist.contains("caldav"));
        static const QRegularExpression different(
            QStringLiteral("<key>OutgoingPasswordSameAsIncomingPassword</key>\\s*<false/>"));
        QVERIFY(different.match(QString::fromUtf8(plist)).hasMatch());
    }

    void sheetHasTheServerTables()
    {
        const SettingsSheet sheet(fastmailAccount(), AccountExport::providerFor(fastmailAccount()));
        const QString text = sheet.toText();
        QVERIFY(
            text.startsWith(QLatin1String("Server names and ports for trythis@fastmail.com\n")));
        // One column for the labels, as wide as the longest.
        static const QRegularExpression imap(
            QStringLiteral("\nIMAP\n  Server {24}imap\\.fastmail\\.com\n  Port {26}993\n"
                           "  SSL/TLS encryption {12}Enabled, but not STARTTLS\n"));
        QVERIFY2(imap.match(text).hasMatch(), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("  Root folder/IMAP path prefix  (leave blank)\n")));
        QVERIFY(text.contains(QLatin1String("  Folder separator              /\n")));
        QVERIFY(text.contains(
            QLatin1String("If your client supports STARTTLS only, you can use port 587 with "
                          "STARTTLS.")));
        QVERIFY(text.contains(
            QLatin1String("\n  SMTP                          smtps-proxy.fastmail.com\n")));
        QVERIFY(text.contains(QLatin1String("Commonly open ports include 443, 80, 21, 25.")));
        QVERIFY(text.contains(QLatin1String("trythis#fastmail.com")));
        QVERIFY(text.contains(QLatin1String("  Search base/Base DN           dc=AddressBook\n")));
        QVERIFY(text.contains(QLatin1String("Your app password (not printed on this sheet)")));
        QVERIFY(text.contains(QLatin1String("https://www.fastmail.help/hc/en-us/articles/"
                                            "360058752854-App-passwords")));

        const QString html = sheet.toHtml();
        QVERIFY(html.contains(QLatin1String("<h2>IMAP</h2>\n<table>\n<tr><th>Server</th>"
                                            "<td>imap.fastmail.com</td></tr>")));
        QCOMPARE(html.count(QLatin1String("<table>")), 6); // five services and the proxies
    }

    void sheetOfAnUnknownProvider()
    {
        const QString text = QString::fromUtf8(
            AccountExport::render(selfHostedAccount(), AccountExport::Format::Sheet));
        QVERIFY(text.contains(QLatin1String("\nPOP\n")));
        QVERIFY(text.contains(QLatin1String("STARTTLS")));
        QVERIFY(!text.contains(QLatin1String("Firewall")));
        QVERIFY(text.contains(QLatin1String("Your password (not printed on this sheet)")));
    }

    void providerIsFoundByDomainOrByServer()
    {
        QCOMPARE(AccountExport::providerFor(fastmailAccount())->id, QStringLiteral("fastmail.com"));
        Account custom = fastmailAccount();
        custom.email = QStringLiteral("me@my-own-domain.example");
        QCOMPARE(AccountExport::providerFor(custom)->id, QStringLiteral("fastmail.com"));
        QVERIFY(!AccountExport::providerFor(selfHostedAccount()));
        // Proton Mail Bridge listens on 127.0.0.1: a local server is nobody's provider.
        Account local = selfHostedAccount();
        local.services[0].host = QStringLiteral("127.0.0.1");
        QVERIFY(!AccountExport::providerFor(local));
    }

    void formatNames()
    {
        QCOMPARE(AccountExport::parseFormat(QStringLiteral("autoconfig")),
                 AccountExport::Format::Autoconfig);
        QCOMPARE(AccountExport::parseFormat(QStringLiteral("mobileconfig")),
                 AccountExport::Format::Mobileconfig);
        QCOMPARE(AccountExport::parseFormat(QStringLiteral("sheet")), AccountExport::Format::Sheet);
        QVERIFY(!AccountExport::parseFormat(QStringLiteral("pdf")));
    }
};

QTEST_GUILESS_MAIN(TestAccountExport)
#include "tst_accountexport.moc"
