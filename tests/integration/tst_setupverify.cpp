// VerifySetupJob against the test bed: every chosen service logged in to with the password, the
// provider's username forms tried by themselves, the app-password sentence, firewall proxies
// when the standard port is refused or silently dropped, no password to an unapproved host, and a
// setup report without the password.

#include "discovery/setupplan.h"
#include "discovery/verifysetupjob.h"
#include "discoveryrun.h"
#include "dnsbed.h"
#include "jobrun.h"
#include "testbed.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace Satchel;
using Satchel::Test::DnsBed;
using Satchel::Test::TestBed;

namespace {

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

const ServiceVerification *resultOf(const QList<ServiceVerification> &results,
                                    ProviderServiceType type)
{
    for (const ServiceVerification &result : results) {
        if (result.found.service.type == type)
            return &result;
    }
    return nullptr;
}

int loginsTo(const SetupReport &report, const QString &host)
{
    int count = 0;
    for (const ProbeRecord &record : report.probes()) {
        if (record.method == QLatin1String("Verification") && record.what.contains(host))
            ++count;
    }
    return count;
}

} // namespace

class TestSetupVerify : public QObject
{
    Q_OBJECT

private:
    DiscoveryResult m_discovered;

    // Discovers the address with these routes (the example.test autoconfig among them).
    bool discover(const QString &email, const QStringList &rules)
    {
        Test::DiscoveryOutcome outcome;
        if (!Test::runDiscovery(email, rules, &outcome))
            return false;
        m_discovered = outcome.result;
        return m_discovered.provider.has_value();
    }

    struct Verified
    {
        QList<ServiceVerification> results;
        SetupReport report;
        qint64 elapsedMs = 0;
    };

    bool verify(const QString &email, const QString &password,
                const QList<DiscoveredService> &services, Verified *out,
                const QStringList &approved = {}, int connectMs = 5000)
    {
        auto *job = new VerifySetupJob;
        job->setEmail(email);
        job->setPassword(password);
        job->setProvider(m_discovered.provider);
        job->setServices(services);
        job->setApprovedDomains(approved);
        job->setTlsPolicy(TestBed::instance().tlsPolicy());
        job->setConnectTimeout(connectMs);
        QElapsedTimer clock;
        clock.start();
        Test::JobRun<VerifySetupJob> run(job);
        if (!QTest::qWaitFor([&] { return run.done; }, 60000))
            return false;
        out->elapsedMs = clock.elapsed();
        out->results = job->results();
        out->report = job->report();
        return !job->error().isError() && out->results.size() == services.size();
    }

    QList<DiscoveredService> only(std::initializer_list<ProviderServiceType> types) const
    {
        QList<DiscoveredService> chosen;
        for (const DiscoveredService &found : SetupPlan::choose(m_discovered)) {
            if (std::find(types.begin(), types.end(), found.service.type) != types.end())
                chosen << found;
        }
        return chosen;
    }

private slots:
    void init()
    {
        SATCHEL_REQUIRE_TESTBED();
        SATCHEL_REQUIRE_DNSBED();
    }

    void cleanup() { DnsBed::clear(); }

    void logsInToEveryServiceAndKeepsThePasswordOutOfTheReport()
    {
        const QString email = QStringLiteral("alice@example.test");
        const QString password = TestBed::instance().password(email);
        QVERIFY(discover(email, DnsBed::instance().exampleRules()));
        const QList<DiscoveredService> chosen = SetupPlan::choose(m_discovered);
        QCOMPARE(chosen.size(), 4); // IMAP, SMTP, CalDAV, CardDAV
        Verified verified;
        QVERIFY(verify(email, password, chosen, &verified));
        for (const ServiceVerification &result : std::as_const(verified.results)) {
            QVERIFY2(result.ok(), qPrintable(result.error.message()));
            QCOMPARE(result.used.username, email);
            QVERIFY(result.notes.isEmpty());
        }
        const Account account =
            SetupPlan::account(email, QStringLiteral("Alice"), verified.results);
        QVERIFY2(account.validate().isEmpty(), qPrintable(account.validate()));
        QCOMPARE(account.services.first().host, QStringLiteral("imap.example.test"));

        const QString text = verified.report.toText();
        const QByteArray json = QJsonDocument(verified.report.toJson()).toJson();
        QVERIFY(text.contains(QLatin1String("certificate 0: subject localhost")));
        QVERIFY(text.contains(QLatin1String("AUTH=PLAIN")));
        QVERIFY(text.contains(QLatin1String("<redacted>")));
        for (const QByteArray &secret :
             {password.toUtf8(), password.toUtf8().toBase64(),
              (email + QLatin1Char(':') + password).toUtf8().toBase64()}) {
            QVERIFY(!text.toUtf8().contains(secret));
            QVERIFY(!json.contains(secret));
        }
    }

    void findsTheUsernameFormTheServerTakes()
    {
        const QString email = QStringLiteral("frank@example.test");
        QVERIFY(discover(email, DnsBed::instance().exampleRules()));
        Verified verified;
        QVERIFY(verify(email, TestBed::instance().password(email), SetupPlan::choose(m_discovered),
                       &verified));
        for (const ServiceVerification &result : std::as_const(verified.results)) {
            QVERIFY2(result.ok(), qPrintable(result.error.message()));
            QCOMPARE(result.used.username, QStringLiteral("frank#example.test"));
        }
        const ServiceVerification *imap = resultOf(verified.results, ProviderServiceType::Imap);
        QVERIFY(imap->notes.join(QLatin1Char(' '))
                    .contains(QLatin1String("Logged in as frank#example.test")));
        // The incoming service found the form; the others used it at once.
        QCOMPARE(loginsTo(verified.report, QStringLiteral("imap.example.test")), 2);
        QCOMPARE(loginsTo(verified.report, QStringLiteral("smtp.example.test")), 1);
    }

    void wrongPasswordAsksForAnAppPasswordAndStopsThere()
    {
        const QString email = QStringLiteral("bob@example.test");
        QVERIFY(discover(email, DnsBed::instance().exampleRules()));
        Verified verified;
        QVERIFY(verify(email, QStringLiteral("my-normal-password"), SetupPlan::choose(m_discovered),
                       &verified));
        const ServiceVerification *imap = resultOf(verified.results, ProviderServiceType::Imap);
        QCOMPARE(imap->error.category(), Error::Category::Authentication);
        const QString sentence = imap->error.message();
        QVERIFY2(sentence.contains(QLatin1String("needs an app password")), qPrintable(sentence));
        QVERIFY(sentence.contains(QLatin1String("https://example.test/app-passwords")));
        QVERIFY(sentence.contains(QLatin1String("bob#example.test")));
        QVERIFY(sentence.contains(QLatin1String("The server said:")));
        // Two attempts (the address and the provider's one other form), none on other servers.
        QCOMPARE(loginsTo(verified.report, QStringLiteral("imap.example.test")), 2);
        QCOMPARE(loginsTo(verified.report, QStringLiteral("smtp.example.test")), 0);
        const ServiceVerification *smtp = resultOf(verified.results, ProviderServiceType::Smtp);
        QVERIFY(smtp->error.message().contains(QLatin1String("Not tried")));
    }

    void refusedPortFallsBackToTheFirstProxyThatAnswers()
    {
        const QString email = QStringLiteral("carol@example.test");
        QStringList rules = DnsBed::instance().exampleRules();
        rules.prepend(DnsBed::rule(QStringLiteral("imap.example.test"), 993, closedPort()));
        rules << DnsBed::rule(QStringLiteral("imaps-proxy.example.test"), 443, closedPort())
              << DnsBed::toTestBed(QStringLiteral("imaps-proxy.example.test"), 80,
                                   QStringLiteral("imaps"))
              << DnsBed::toTestBed(QStringLiteral("imaps-proxy.example.test"), 21,
                                   QStringLiteral("imaps"));
        QVERIFY(discover(email, rules));
        Verified verified;
        QVERIFY(verify(email, TestBed::instance().password(email),
                       only({ProviderServiceType::Imap, ProviderServiceType::Smtp}), &verified));
        const ServiceVerification *imap = resultOf(verified.results, ProviderServiceType::Imap);
        QVERIFY2(imap->ok(), qPrintable(imap->error.message()));
        QCOMPARE(imap->used.host, QStringLiteral("imaps-proxy.example.test"));
        QCOMPARE(imap->used.port, quint16(80));
        QVERIFY(imap->notes.join(QLatin1Char(' '))
                    .contains(QLatin1String("uses imaps-proxy.example.test:80 instead")));
        QVERIFY(resultOf(verified.results, ProviderServiceType::Smtp)->ok());
    }

    void silentlyDroppedPortIsNoticedWithinSeconds()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString email = QStringLiteral("dave@example.test");
        QVERIFY(discover(email, DnsBed::instance().exampleRules()));
        // The firewall comes up after discovery: the standard port now swallows connections.
        QStringList rules = DnsBed::instance().exampleRules();
        rules.prepend(DnsBed::rule(QStringLiteral("imap.example.test"), 993, silent.serverPort()));
        rules << DnsBed::rule(QStringLiteral("imaps-proxy.example.test"), 443, silent.serverPort())
              << DnsBed::rule(QStringLiteral("imaps-proxy.example.test"), 80, closedPort())
              << DnsBed::toTestBed(QStringLiteral("imaps-proxy.example.test"), 21,
                                   QStringLiteral("imaps"));
        DnsBed::instance().apply(rules);
        Verified verified;
        QVERIFY(verify(email, TestBed::instance().password(email),
                       only({ProviderServiceType::Imap}), &verified, {}, 1500));
        const ServiceVerification *imap = resultOf(verified.results, ProviderServiceType::Imap);
        QVERIFY2(imap->ok(), qPrintable(imap->error.message()));
        QCOMPARE(imap->used.port, quint16(21));
        QVERIFY2(verified.elapsedMs < 6000, qPrintable(QString::number(verified.elapsedMs)));
    }

    void noPasswordGoesToAnUnapprovedHost()
    {
        const QString email = QStringLiteral("erin@example.test");
        const QString password = TestBed::instance().password(email);
        DnsBed::instance().apply({DnsBed::toTestBed(QStringLiteral("mail.other.test"), 465,
                                                    QStringLiteral("submissions"))});
        DiscoveredService smtp;
        smtp.service.type = ProviderServiceType::Smtp;
        smtp.service.host = QStringLiteral("mail.other.test");
        smtp.service.port = 465;
        smtp.service.security = Security::Tls;
        smtp.service.username = email;
        smtp.source = DiscoverySource::Srv;
        m_discovered = {};
        Verified verified;
        QVERIFY(verify(email, password, {smtp}, &verified));
        QCOMPARE(verified.results.first().error.reason(), Error::Reason::NeedsApproval);
        QCOMPARE(verified.results.first().error.detail(), QStringLiteral("other.test"));
        QCOMPARE(loginsTo(verified.report, QStringLiteral("mail.other.test")), 0);

        QVERIFY(verify(email, password, {smtp}, &verified, {QStringLiteral("other.test")}));
        QVERIFY2(verified.results.first().ok(),
                 qPrintable(verified.results.first().error.message()));
        QCOMPARE(loginsTo(verified.report, QStringLiteral("mail.other.test")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSetupVerify)
#include "tst_setupverify.moc"
