// The pure parts of discovery: --connect-to rules and routes, the trust rule, RFC 6764 context
// paths, the guessing candidates, the order of findings, autoconfig addresses, the choice of
// services and the report's redaction.

#include "discovery/autoconfigdiscovery.h"
#include "discovery/davcontextpath.h"
#include "discovery/discoverytrust.h"
#include "discovery/guessdiscovery.h"
#include "discovery/setupplan.h"
#include "discovery/setupreport.h"
#include "net/loginerrors.h"
#include "net/networksettings.h"

#include <QTest>

using namespace Satchel;

namespace {

DiscoveredService found(ProviderServiceType type, const QString &host, quint16 port,
                        Security security, DiscoverySource source)
{
    DiscoveredService service;
    service.service.type = type;
    service.service.host = host;
    service.service.port = port;
    service.service.security = security;
    service.source = source;
    return service;
}

} // namespace

class TestDiscoveryUnits : public QObject
{
    Q_OBJECT

private slots:
    void connectToRulesParseLikeCurl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("targetHost");
        QTest::addColumn<int>("targetPort");
        QTest::newRow("full") << "IMAP.Example.com:993:127.0.0.1:10993"
                              << "imap.example.com" << 993 << "127.0.0.1" << 10993;
        QTest::newRow("any host") << ":443:localhost:8443"
                                  << "" << 443 << "localhost" << 8443;
        QTest::newRow("any port, same port") << "a.test::b.test:"
                                             << "a.test" << 0 << "b.test" << 0;
        QTest::newRow("ipv6") << "[::1]:993:[fe80::1]:10993"
                              << "::1" << 993 << "fe80::1" << 10993;
    }

    void connectToRulesParseLikeCurl()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, targetHost);
        QFETCH(int, targetPort);
        QString error;
        const std::optional<ConnectToRule> rule = ConnectToRule::parse(text, &error);
        QVERIFY2(rule, qPrintable(error));
        QCOMPARE(rule->host, host);
        QCOMPARE(int(rule->port), port);
        QCOMPARE(rule->targetHost, targetHost);
        QCOMPARE(int(rule->targetPort), targetPort);
        QCOMPARE(ConnectToRule::parse(rule->toString(), &error)->toString(), rule->toString());
    }

    void badConnectToRulesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("three fields") << "a:1:b";
        QTest::newRow("port zero") << "a:0:b:1";
        QTest::newRow("port too big") << "a:70000:b:1";
        QTest::newRow("letters") << "a:x:b:1";
        QTest::newRow("unclosed bracket") << "[::1:993:b:1";
        QTest::newRow("bracketed name") << "[example.com]:993:b:1";
        QTest::newRow("user info") << "a@b:1:c:2";
    }

    void badConnectToRulesAreRefused()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ConnectToRule::parse(text, &error));
        QVERIFY(error.contains(QLatin1String("HOST:PORT:HOST2:PORT2")));
    }

    void routesFollowTheFirstMatchingRule()
    {
        QString error;
        NetworkSettings::setConnectTo(
            {*ConnectToRule::parse(QStringLiteral("a.test:993::1993"), &error),
             *ConnectToRule::parse(QStringLiteral(":993:b.test:"), &error)});
        NetworkSettings::Route route = NetworkSettings::route(QStringLiteral("A.test"), 993);
        QCOMPARE(route.host, QStringLiteral("A.test"));
        QCOMPARE(route.port, quint16(1993));
        QVERIFY(route.rerouted);
        route = NetworkSettings::route(QStringLiteral("c.test"), 993);
        QCOMPARE(route.host, QStringLiteral("b.test"));
        QCOMPARE(route.port, quint16(993));
        route = NetworkSettings::route(QStringLiteral("c.test"), 143);
        QCOMPARE(route.host, QStringLiteral("c.test"));
        QVERIFY(!route.rerouted);
        NetworkSettings::setConnectTo({});
    }

    void trustNeedsApprovalOnlyOutsideTheDomainFromPlainDns()
    {
        using namespace DiscoveryTrust;
        QVERIFY(hostInDomain(QStringLiteral("imap.Example.com."), QStringLiteral("example.com")));
        QVERIFY(hostInDomain(QStringLiteral("example.com"), QStringLiteral("example.com")));
        QVERIFY(!hostInDomain(QStringLiteral("badexample.com"), QStringLiteral("example.com")));
        QVERIFY(!needsApproval(QStringLiteral("imap.fastmail.com"), QStringLiteral("mx.test"),
                               DiscoverySource::Providers));
        QVERIFY(!needsApproval(QStringLiteral("imap.fastmail.com"), QStringLiteral("mx.test"),
                               DiscoverySource::Autoconfig));
        for (DiscoverySource source :
             {DiscoverySource::ProvidersMx, DiscoverySource::Srv, DiscoverySource::Guess}) {
            QVERIFY(needsApproval(QStringLiteral("imap.fastmail.com"), QStringLiteral("mx.test"),
                                  source));
            QVERIFY(
                !needsApproval(QStringLiteral("mail.mx.test"), QStringLiteral("mx.test"), source));
        }
        QCOMPARE(approvalDomainFor(QStringLiteral("in1-smtp.messagingengine.com")),
                 QStringLiteral("messagingengine.com"));
        QCOMPARE(approvalDomainFor(QStringLiteral("example.org")), QStringLiteral("example.org"));
        QVERIFY(isApproved(QStringLiteral("smtp.fastmail.com"), {QStringLiteral("fastmail.com")}));
        QVERIFY(!isApproved(QStringLiteral("fastmail.com.evil.test"),
                            {QStringLiteral("fastmail.com")}));
    }

    void davContextPathIsAPlainAbsolutePath()
    {
        QCOMPARE(davContextPath({"other=1", "path=/dav/"}), QStringLiteral("/dav/"));
        QCOMPARE(davContextPath({"path=//evil.test/x"}), QString());
        QCOMPARE(davContextPath({"path=https://evil.test/"}), QString());
        QCOMPARE(davContextPath({"path=relative"}), QString());
        QCOMPARE(davContextPath({}), QString());
    }

    void guessingTriesTheUsualNamesAndPorts()
    {
        const QList<ProviderService> candidates =
            GuessDiscovery::candidates(QStringLiteral("example.com"));
        QCOMPARE(candidates.size(), 20);
        QCOMPARE(candidates.first().host, QStringLiteral("imap.example.com"));
        QCOMPARE(candidates.first().port, quint16(993));
        QCOMPARE(candidates.at(3).security, Security::StartTls);
        QCOMPARE(candidates.at(3).port, quint16(143));
        QStringList hosts;
        for (const ProviderService &service : candidates)
            hosts << QStringLiteral("%1:%2").arg(service.host).arg(service.port);
        for (const char *expected :
             {"mail.example.com:993", "example.com:143", "pop.example.com:995",
              "pop3.example.com:110", "smtp.example.com:465", "mail.example.com:587",
              "example.com:465"})
            QVERIFY2(hosts.contains(QLatin1String(expected)), expected);
    }

    void findingsAreOrderedBestFirst()
    {
        DiscoveryResult result;
        result.services = {
            found(ProviderServiceType::Smtp, QStringLiteral("s"), 465, Security::Tls,
                  DiscoverySource::Guess),
            found(ProviderServiceType::Imap, QStringLiteral("srv"), 143, Security::StartTls,
                  DiscoverySource::Srv),
            found(ProviderServiceType::Imap, QStringLiteral("guess"), 993, Security::Tls,
                  DiscoverySource::Guess),
            found(ProviderServiceType::Imap, QStringLiteral("db"), 993, Security::Tls,
                  DiscoverySource::Providers),
            found(ProviderServiceType::Imap, QStringLiteral("broken"), 993, Security::Tls,
                  DiscoverySource::Providers),
        };
        result.services[4].error = Error(Error::Category::Network, QStringLiteral("refused"));
        result.sortServices();
        QStringList order;
        for (const DiscoveredService &service : std::as_const(result.services))
            order << service.service.host;
        QCOMPARE(order,
                 QStringList({QStringLiteral("db"), QStringLiteral("guess"), QStringLiteral("srv"),
                              QStringLiteral("broken"), QStringLiteral("s")}));
    }

    void autoconfigIsAskedOverHttpsOnly()
    {
        const QList<QUrl> urls = AutoconfigDiscovery::urlsFor(QStringLiteral("a+b@example.com"),
                                                              QStringLiteral("example.com"));
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://autoconfig.example.com/mail/config-v1.1.xml"
                                "?emailaddress=a%2Bb%40example.com"));
        QCOMPARE(urls.at(1).toString(),
                 QStringLiteral("https://example.com/.well-known/autoconfig/mail/config-v1.1.xml"));
    }

    void planTakesTheRecommendedIncomingService()
    {
        DiscoveryResult result;
        result.services = {
            found(ProviderServiceType::Imap, QStringLiteral("imap"), 993, Security::Tls,
                  DiscoverySource::Providers),
            found(ProviderServiceType::Pop3, QStringLiteral("pop"), 995, Security::Tls,
                  DiscoverySource::Providers),
            found(ProviderServiceType::Smtp, QStringLiteral("smtp"), 465, Security::Tls,
                  DiscoverySource::Providers),
            found(ProviderServiceType::Ldap, QStringLiteral("ldap"), 636, Security::Tls,
                  DiscoverySource::Providers),
        };
        QList<DiscoveredService> chosen = SetupPlan::choose(result);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0).service.host, QStringLiteral("imap"));
        QCOMPARE(chosen.at(1).service.host, QStringLiteral("smtp"));
        result.provider = ProviderConfig();
        result.provider->recommendedIncoming = ProviderServiceType::Pop3;
        QCOMPARE(SetupPlan::choose(result).at(0).service.host, QStringLiteral("pop"));
        QCOMPARE(SetupPlan::choose(result, ProviderServiceType::Imap).at(0).service.host,
                 QStringLiteral("imap"));
    }

    void reportScrubsThePasswordInEveryForm()
    {
        SetupReport report;
        ProbeRecord record;
        record.what = QStringLiteral("IMAP login");
        record.transcript = {QStringLiteral("C: a1 LOGIN \"me\" \"s3cret\""),
                             QStringLiteral("C: AUTH PLAIN ") +
                                 QString::fromLatin1(LoginErrors::saslPlain(
                                     QStringLiteral("me"), QStringLiteral("s3cret")))};
        record.outcome = QStringLiteral("s3cret was wrong");
        report.add(record);
        report.scrub(QStringLiteral("me"), QStringLiteral("s3cret"));
        const QString text = report.toText();
        QVERIFY(!text.contains(QLatin1String("s3cret")));
        QVERIFY(!text.contains(QString::fromLatin1(
            LoginErrors::saslPlain(QStringLiteral("me"), QStringLiteral("s3cret")))));
        QVERIFY(text.contains(QLatin1String("<redacted>")));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryUnits)
#include "tst_discoveryunits.moc"
