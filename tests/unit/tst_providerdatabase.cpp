// The shipped provider database: every file parses strictly, lookups by domain and MX host, the
// expansion for an address, and each fact of Fastmail's help pages ("Server names and ports",
// "IMAP, POP, and SMTP") as its own assertion.

#include "discovery/autoconfigparser.h"
#include "discovery/providerdatabase.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Satchel;

namespace {

const QString email = QStringLiteral("trythis@example.com"); // the address Fastmail's pages use

const ProviderDatabase &db()
{
    return ProviderDatabase::shipped();
}

// Fastmail's settings filled in for trythis@example.com (a custom domain hosted at Fastmail).
ProviderConfig fastmail()
{
    const ProviderConfig *config = db().byId(QStringLiteral("fastmail.com"));
    if (!config)
        qFatal("fastmail.com.xml is missing from the shipped database");
    QString error;
    const std::optional<ProviderConfig> expanded = config->expandedFor(email, &error);
    if (!expanded)
        qFatal("%s", qPrintable(error));
    return *expanded;
}

ProviderService fastmailService(ProviderServiceType type)
{
    const ProviderConfig config = fastmail();
    const ProviderService *service = config.service(type);
    return service ? *service : ProviderService{};
}

QString idFor(const ProviderConfig *config)
{
    return config ? config->id : QStringLiteral("(none)");
}

const ProviderAlternative *alternativeOf(const ProviderService &service,
                                         ProviderAlternative::Kind kind)
{
    for (const ProviderAlternative &alternative : service.alternatives) {
        if (alternative.kind == kind)
            return &alternative;
    }
    return nullptr;
}

bool hasNote(const QList<ProviderNote> &notes, const char *kind)
{
    return std::any_of(notes.cbegin(), notes.cend(), [kind](const ProviderNote &note) {
        return note.kind == QLatin1String(kind);
    });
}

} // namespace

class TestProviderDatabase : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedFileParses_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QString::fromLatin1(ProviderDatabase::resourceFolder));
        const QStringList names = dir.entryList({QStringLiteral("*.xml")}, QDir::Files);
        QVERIFY(names.size() >= 26);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void everyShippedFileParses()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        AutoconfigParser parser(AutoconfigParser::Mode::Strict);
        const std::optional<ProviderConfig> config = parser.parse(file.readAll());
        QVERIFY2(config, qPrintable(parser.errorString()));
        QVERIFY2(parser.warnings().isEmpty(), qPrintable(parser.warnings().join(u'\n')));
        QVERIFY(!config->displayName.isEmpty());
        QVERIFY(!config->domains.isEmpty() || !config->mxPatterns.isEmpty());
        // Every provider links its own help page, over https.
        QVERIFY(!config->documentation.isEmpty());
        for (const ProviderLink &link : config->documentation)
            QVERIFY2(link.url.startsWith(QLatin1String("https://")), qPrintable(link.url));
        // Satchel ships no plaintext setting.
        for (const ProviderService &service : config->services) {
            QVERIFY(service.security != Security::Plain);
            for (const ProviderAlternative &alternative : service.alternatives)
                QVERIFY(alternative.security != Security::Plain);
        }
        QCOMPARE(config->clientAccess, config->noClientAccessReason.isEmpty());
    }

    void resourceHoldsEverySourceFile()
    {
        const QStringList filter = {QStringLiteral("*.xml")};
        const QStringList built =
            QDir(QString::fromLatin1(ProviderDatabase::resourceFolder)).entryList(filter);
        const QStringList source =
            QDir(QStringLiteral(SATCHEL_PROVIDERS_SOURCE_DIR)).entryList(filter);
        QCOMPARE(built, source);
    }

    void shippedDatabaseLoadsWithoutErrors()
    {
        QVERIFY2(db().errors().isEmpty(), qPrintable(db().errors().join(u'\n')));
        QVERIFY(db().providers().size() >= 26);        // Fastmail and at least 25 others
        QCOMPARE(&ProviderDatabase::shipped(), &db()); // loaded once
    }

    void noDomainOrMxPatternIsClaimedTwice()
    {
        QSet<QString> domains;
        QSet<QString> patterns;
        for (const ProviderConfig &config : db().providers()) {
            for (const QString &domain : config.domains) {
                QVERIFY2(!domains.contains(domain), qPrintable(domain));
                domains.insert(domain);
            }
            for (const QString &pattern : config.mxPatterns) {
                QVERIFY2(!patterns.contains(pattern), qPrintable(pattern));
                patterns.insert(pattern);
            }
        }
    }

    void fastmailDomains()
    {
        for (const char *domain :
             {"fastmail.com", "fastmail.fm", "messagingengine.com", "sent.com"})
            QCOMPARE(idFor(db().byDomain(QLatin1String(domain))), QStringLiteral("fastmail.com"));
        QCOMPARE(idFor(db().byEmail(QStringLiteral("Someone@FastMail.FM"))),
                 QStringLiteral("fastmail.com"));
    }

    void fastmailImap()
    {
        const ProviderService imap = fastmailService(ProviderServiceType::Imap);
        QCOMPARE(imap.host, QStringLiteral("imap.fastmail.com"));
        QCOMPARE(imap.port, quint16(993));
        QCOMPARE(imap.security, Security::Tls); // SSL/TLS enabled, but not STARTTLS
        QCOMPARE(imap.username, email);         // the full address, including the domain
        QCOMPARE(imap.imap.folderSeparator, QStringLiteral("/"));
        QVERIFY(imap.imap.pathPrefix.has_value()); // "(leave blank)"
        QCOMPARE(*imap.imap.pathPrefix, QString());
        QVERIFY(hasNote(imap.notes, "no-spa"));
    }

    void fastmailPop()
    {
        const ProviderService pop = fastmailService(ProviderServiceType::Pop3);
        QCOMPARE(pop.host, QStringLiteral("pop.fastmail.com"));
        QCOMPARE(pop.port, quint16(995));
        QCOMPARE(pop.security, Security::Tls);
        QCOMPARE(pop.username, email);
        QVERIFY(hasNote(pop.notes, "pop-one-way")); // no sync from the client to the server
    }

    void fastmailPopFromFolder()
    {
        const ProviderService pop = fastmailService(ProviderServiceType::Pop3);
        QCOMPARE(pop.pop3.folderUsername, QStringLiteral("trythis+%FOLDER%@example.com"));
        const QString archive = ProviderTemplate::expand(
            pop.pop3.folderUsername, email, ProviderTemplate::Context::Text,
            {{QStringLiteral("FOLDER"), QStringLiteral("Archive")}});
        QCOMPARE(archive, QStringLiteral("trythis+Archive@example.com"));
        QVERIFY(pop.pop3.folderRestriction.contains(QLatin1String("spaces")));
    }

    void fastmailSmtp()
    {
        const ProviderService smtp = fastmailService(ProviderServiceType::Smtp);
        QCOMPARE(smtp.host, QStringLiteral("smtp.fastmail.com"));
        QCOMPARE(smtp.port, quint16(465));
        QCOMPARE(smtp.security, Security::Tls);
        QCOMPARE(smtp.username, email);
        QCOMPARE(smtp.saslMechanisms, QStringList{QStringLiteral("PLAIN")});
        const ProviderAlternative *starttls =
            alternativeOf(smtp, ProviderAlternative::Kind::OtherPort);
        QVERIFY(starttls);
        QCOMPARE(starttls->host, QStringLiteral("smtp.fastmail.com"));
        QCOMPARE(starttls->port, quint16(587));
        QCOMPARE(starttls->security, Security::StartTls);
    }

    void fastmailFirewallProxies()
    {
        const struct
        {
            ProviderServiceType type;
            const char *host;
        } proxies[] = {{ProviderServiceType::Imap, "imaps-proxy.fastmail.com"},
                       {ProviderServiceType::Pop3, "pops-proxy.fastmail.com"},
                       {ProviderServiceType::Smtp, "smtps-proxy.fastmail.com"}};
        for (const auto &expected : proxies) {
            const ProviderService service = fastmailService(expected.type);
            const ProviderAlternative *proxy =
                alternativeOf(service, ProviderAlternative::Kind::Proxy);
            QVERIFY(proxy);
            QCOMPARE(proxy->host, QLatin1String(expected.host));
            QVERIFY(proxy->anyPort());                // any port number works
            QCOMPARE(proxy->security, Security::Tls); // all these servers use SSL/TLS
            for (quint16 port : {80, 21, 25, 443})
                QVERIFY(proxy->suggestedPorts.contains(port));
        }
    }

    void fastmailCalDav()
    {
        const ProviderService caldav = fastmailService(ProviderServiceType::CalDav);
        QCOMPARE(caldav.url, QStringLiteral("https://caldav.fastmail.com/"));
        QCOMPARE(caldav.host, QStringLiteral("caldav.fastmail.com"));
        QCOMPARE(caldav.security, Security::Tls); // SSL/TLS required
        QCOMPARE(caldav.username, email);
        QVERIFY(hasNote(caldav.notes, "plan")); // not on legacy plans
    }

    void fastmailCardDav()
    {
        const ProviderService carddav = fastmailService(ProviderServiceType::CardDav);
        QCOMPARE(carddav.url, QStringLiteral("https://carddav.fastmail.com/"));
        QCOMPARE(carddav.security, Security::Tls);
        QCOMPARE(carddav.username, email);
        QCOMPARE(carddav.collections.size(), 2);
        const ProviderCollection personal = carddav.collections.at(0);
        QCOMPARE(personal.name, QStringLiteral("Default"));
        QCOMPARE(personal.url, QStringLiteral("https://carddav.fastmail.com/dav/addressbooks/user/"
                                              "trythis@example.com/Default"));
        QCOMPARE(personal.username, QStringLiteral("trythis+Default@example.com"));
        const ProviderCollection shared = carddav.collections.at(1);
        QCOMPARE(shared.name, QStringLiteral("Shared"));
        QCOMPARE(shared.username, QStringLiteral("trythis+Shared@example.com"));
        // Only the user knows whose contacts are shared: the master user stays a placeholder.
        QCOMPARE(ProviderTemplate::placeholders(shared.url),
                 QStringList{QStringLiteral("MASTERUSER")});
        const QString sharedUrl = ProviderTemplate::expand(
            shared.url, email, ProviderTemplate::Context::Url,
            {{QStringLiteral("MASTERUSER"), QStringLiteral("boss@example.com")}});
        QCOMPARE(sharedUrl, QStringLiteral("https://carddav.fastmail.com/dav/addressbooks/user/"
                                           "trythis@example.com/boss@example.com.Shared"));
        QVERIFY(hasNote(carddav.notes, "plan"));
    }

    void fastmailLdap()
    {
        const ProviderService ldap = fastmailService(ProviderServiceType::Ldap);
        QCOMPARE(ldap.host, QStringLiteral("ldap.fastmail.com"));
        QCOMPARE(ldap.port, quint16(636));
        QCOMPARE(ldap.security, Security::Tls); // enabled, but not STARTTLS
        QCOMPARE(ldap.username, QStringLiteral("cn=trythis@example.com,dc=User")); // the bind DN
        QCOMPARE(ldap.ldap.baseDn, QStringLiteral("dc=AddressBook"));
        QVERIFY(ldap.ldap.readOnly);
        QCOMPARE(ldap.saslMechanisms, QStringList{QStringLiteral("PLAIN")});
        for (const char *kind : {"case-sensitive", "read-only", "cache-delay", "online-only",
                                 "invalid-entries", "global-address-book"})
            QVERIFY2(hasNote(ldap.notes, kind), kind);
        const std::optional<ServiceConfig> config = ldap.toServiceConfig();
        QVERIFY(config);
        QCOMPARE(config->type, ServiceType::Ldap);
        QCOMPARE(config->url, QStringLiteral("dc=AddressBook"));
    }

    void fastmailFiles()
    {
        const ProviderService webdav = fastmailService(ProviderServiceType::WebDav);
        QCOMPARE(webdav.url, QStringLiteral("https://webdav.fastmail.com/"));
        QCOMPARE(webdav.username, email);
        QCOMPARE(webdav.files.path, QStringLiteral("/trythis.example.com/files/"));
        const ProviderAlternative *myFiles =
            alternativeOf(webdav, ProviderAlternative::Kind::OtherHost);
        QVERIFY(myFiles);
        QCOMPARE(myFiles->url, QStringLiteral("https://myfiles.fastmail.com/"));

        const ProviderService ftp = fastmailService(ProviderServiceType::Ftp);
        QCOMPARE(ftp.host, QStringLiteral("ftp.fastmail.com"));
        QCOMPARE(ftp.port, quint16(21));
        QCOMPARE(ftp.username, email);
        QVERIFY(ftp.files.ftps);  // FTPS supported
        QVERIFY(!ftp.files.sftp); // SFTP not
        QCOMPARE(ftp.files.path, QStringLiteral("/trythis.example.com/files/"));
        QVERIFY(!ftp.toServiceConfig()); // an Account holds no file services
    }

    void fastmailUsernameAlternatives()
    {
        const ProviderConfig config = fastmail();
        QCOMPARE(config.usernameAlternatives, (QStringList{QStringLiteral("trythis#example.com"),
                                                           QStringLiteral("trythis/example.com"),
                                                           QStringLiteral("trythis=example.com")}));
        QVERIFY(hasNote(config.notes, "sign-up-username")); // aliases will not work
    }

    void fastmailAppPasswordAndRecommendation()
    {
        const ProviderConfig config = fastmail();
        QCOMPARE(config.appPassword, ProviderConfig::AppPassword::Always);
        QVERIFY(config.appPasswordLink.url.startsWith(QLatin1String("https://www.fastmail.help/")));
        QVERIFY(config.recommendedIncoming == ProviderServiceType::Imap); // IMAP over POP
        QVERIFY(config.recommendation.contains(QLatin1String("IMAP over POP")));
        QCOMPARE(config.services.first().type, ProviderServiceType::Imap);
        QVERIFY(hasNote(config.notes, "tls-required"));
        QCOMPARE(config.mxPatterns, QStringList{QStringLiteral("*.messagingengine.com")});
    }

    void mxLookup_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("provider");
        const QString none = QStringLiteral("(none)");
        QTest::newRow("fastmail") << "in1-smtp.messagingengine.com"
                                  << "fastmail.com";
        QTest::newRow("dns form") << "IN2-SMTP.MessagingEngine.com."
                                  << "fastmail.com";
        QTest::newRow("google") << "aspmx.l.google.com"
                                << "gmail.com";
        QTest::newRow("google alt") << "alt1.aspmx.l.google.com"
                                    << "gmail.com";
        QTest::newRow("microsoft 365") << "contoso-com.mail.protection.outlook.com"
                                       << "microsoft365";
        QTest::newRow("outlook.com") << "outlook-com.olc.protection.outlook.com"
                                     << "outlook.com";
        QTest::newRow("icloud") << "mx01.mail.icloud.com"
                                << "icloud.com";
        QTest::newRow("zoho") << "mx2.zoho.com"
                              << "zoho-organization";
        QTest::newRow("migadu") << "aspmx1.migadu.com"
                                << "migadu.com";
        QTest::newRow("bare suffix") << "messagingengine.com" << none;
        QTest::newRow("lookalike") << "evilmessagingengine.com" << none;
        QTest::newRow("suffix inside") << "messagingengine.com.evil.example" << none;
        QTest::newRow("empty") << "" << none;
    }

    void mxLookup()
    {
        QFETCH(QString, host);
        QFETCH(QString, provider);
        QCOMPARE(idFor(db().byMxHost(host)), provider);
    }

    void otherProvidersSpotChecks()
    {
        QString error;
        const std::optional<ProviderConfig> gmail =
            db().settingsFor(QStringLiteral("ada@GoogleMail.com"), &error);
        QVERIFY2(gmail, qPrintable(error));
        QCOMPARE(gmail->service(ProviderServiceType::Imap)->host, QStringLiteral("imap.gmail.com"));
        QCOMPARE(gmail->service(ProviderServiceType::Imap)->username,
                 QStringLiteral("ada@googlemail.com"));

        const std::optional<ProviderConfig> icloud =
            db().settingsFor(QStringLiteral("ada@me.com"), &error);
        QVERIFY(icloud);
        QCOMPARE(icloud->service(ProviderServiceType::Imap)->username, QStringLiteral("ada"));
        QCOMPARE(icloud->service(ProviderServiceType::Smtp)->username,
                 QStringLiteral("ada@me.com"));
        QCOMPARE(icloud->service(ProviderServiceType::Smtp)->security, Security::StartTls);

        const std::optional<ProviderConfig> gmx =
            db().settingsFor(QStringLiteral("ada@gmx.de"), &error);
        QVERIFY(gmx);
        QCOMPARE(gmx->id, QStringLiteral("gmx.net"));
        QCOMPARE(gmx->enableSteps.size(), 1);
        QCOMPARE(gmx->service(ProviderServiceType::Imap)->alternatives.first().port, quint16(143));

        const ProviderConfig *proton = db().byDomain(QStringLiteral("pm.me"));
        QVERIFY(proton);
        QCOMPARE(proton->service(ProviderServiceType::Imap)->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(proton->service(ProviderServiceType::Imap)->port, quint16(1143));
        QCOMPARE(proton->service(ProviderServiceType::Imap)->security, Security::StartTls);
        QCOMPARE(proton->service(ProviderServiceType::Smtp)->port, quint16(1025));
        QVERIFY(hasNote(proton->notes, "local-bridge"));

        const ProviderConfig *tuta = db().byDomain(QStringLiteral("tutanota.com"));
        QVERIFY(tuta);
        QVERIFY(!tuta->clientAccess);
        QVERIFY(tuta->services.isEmpty());

        QCOMPARE(
            db().byDomain(QStringLiteral("posteo.de"))->service(ProviderServiceType::CalDav)->port,
            quint16(8443));
        QVERIFY(!db().byDomain(QStringLiteral("example.com")));
        QVERIFY(!db().settingsFor(QStringLiteral("ada@example.com"), &error));
        QVERIFY(error.contains(QLatin1String("example.com")));
    }

    void expansionWritesValuesForTheirPlace()
    {
        // A comma in the local part must not end the DN's cn; a slash must not end a URL segment.
        const QString odd = QStringLiteral("a,b/c@example.com");
        using Context = ProviderTemplate::Context;
        QCOMPARE(ProviderTemplate::expand(QStringLiteral("cn=%EMAILADDRESS%,dc=User"), odd,
                                          Context::LdapDn),
                 QStringLiteral("cn=a\\,b/c@example.com,dc=User"));
        QCOMPARE(ProviderTemplate::expand(QStringLiteral("https://x.example/%EMAILADDRESS%/"), odd,
                                          Context::Url),
                 QStringLiteral("https://x.example/a,b%2Fc@example.com/"));
        QCOMPARE(ProviderTemplate::expand(QStringLiteral("%EMAILLOCALPART%+x@%EMAILDOMAIN%"),
                                          QStringLiteral("Ada@Example.COM")),
                 QStringLiteral("Ada+x@example.com"));
        QCOMPARE(ProviderTemplate::expand(QStringLiteral("%UNKNOWN% 100%"), odd),
                 QStringLiteral("%UNKNOWN% 100%"));
    }

    void expansionRefusesNonAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("empty") << "";
        QTest::newRow("no at") << "trythis";
        QTest::newRow("no domain") << "trythis@";
        QTest::newRow("no local part") << "@example.com";
        QTest::newRow("space") << "try this@example.com";
        QTest::newRow("placeholder in domain") << "a@%EMAILADDRESS%";
    }

    void expansionRefusesNonAddresses()
    {
        QFETCH(QString, address);
        QString error;
        QVERIFY(!db().byId(QStringLiteral("fastmail.com"))->expandedFor(address, &error));
        QVERIFY(!error.isEmpty());
    }

    void serviceConfigForAnAccount()
    {
        const std::optional<ServiceConfig> imap =
            fastmailService(ProviderServiceType::Imap).toServiceConfig();
        QVERIFY(imap);
        QCOMPARE(imap->type, ServiceType::Imap);
        QCOMPARE(imap->endpoint().hostAndPort(), QStringLiteral("imap.fastmail.com:993"));
        QCOMPARE(imap->username, email);
        const std::optional<ServiceConfig> smtp =
            fastmailService(ProviderServiceType::Smtp).toServiceConfig();
        QCOMPARE(smtp->auth, AuthMethod::Plain);
    }
};

QTEST_GUILESS_MAIN(TestProviderDatabase)
#include "tst_providerdatabase.moc"
