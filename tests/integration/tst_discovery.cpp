// DiscoveryJob end to end against real stand-ins for the outside world: dnsmasq serving the test
// domains' MX, SRV and TXT records, web servers serving autoconfig files over HTTPS (trusted and
// untrusted) and plain HTTP, and the test bed's Dovecot, Postfix and Radicale reached through
// --connect-to rules under the test host names.

#include "discovery/discoveryjob.h"
#include "discoveryrun.h"
#include "dnsbed.h"
#include "jobrun.h"
#include "net/networksettings.h"
#include "testbed.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

#include <functional>

using namespace Satchel;
using Satchel::Test::DnsBed;
using Satchel::Test::TestBed;

namespace {

using Outcome = Satchel::Test::DiscoveryOutcome;

// A port where nothing listens: connections are refused at once.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private:
    bool discover(const QString &email, const QStringList &rules, Outcome *outcome,
                  int deadlineMs = 15000,
                  const std::function<void(DiscoveryJob *)> &whileRunning = {})
    {
        return Test::runDiscovery(email, rules, outcome, deadlineMs, whileRunning);
    }

private slots:
    void init()
    {
        SATCHEL_REQUIRE_TESTBED();
        SATCHEL_REQUIRE_DNSBED();
    }

    void cleanup() { DnsBed::clear(); }

    void providerDatabaseAnswersWithoutAnyNetwork()
    {
        // A nameserver address where nothing listens: no DNS, and so no route to any server.
        Outcome outcome;
        NetworkSettings::setNameserver(QHostAddress(QStringLiteral("127.54.0.1")));
        auto *job = new DiscoveryJob;
        job->setEmail(QStringLiteral("you@fastmail.com"));
        QElapsedTimer clock;
        clock.start();
        Test::JobRun<DiscoveryJob> run(job);
        QVERIFY(QTest::qWaitFor([&] { return run.done; }, 20000));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        const DiscoveryResult &result = job->result();
        QVERIFY(result.provider);
        QCOMPARE(result.provider->displayName, QStringLiteral("Fastmail"));
        const QList<DiscoveredService> imap = result.servicesOf(ProviderServiceType::Imap);
        QCOMPARE(imap.size(), 1);
        QCOMPARE(imap.first().service.host, QStringLiteral("imap.fastmail.com"));
        QCOMPARE(imap.first().source, DiscoverySource::Providers);
        QVERIFY(!imap.first().verified);
        QVERIFY(!imap.first().needsApproval);
        QCOMPARE(serviceProblemName(imap.first().error), QStringLiteral("network"));
        for (ProviderServiceType type :
             {ProviderServiceType::Pop3, ProviderServiceType::Smtp, ProviderServiceType::CalDav,
              ProviderServiceType::CardDav, ProviderServiceType::Ldap})
            QVERIFY(!result.servicesOf(type).isEmpty());
        const QString notes = result.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("DNS server gave no usable answer")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("not verified")), qPrintable(notes));
        for (const DiscoveryStep &step : job->steps()) {
            QVERIFY(step.state != DiscoveryStep::State::Running);
            if (step.method == QLatin1String("MX records"))
                QCOMPARE(step.state, DiscoveryStep::State::Failed);
        }
    }

    void mxRecordsPointToAKnownProvider()
    {
        Outcome outcome;
        QVERIFY(discover(QStringLiteral("someone@mx.test"), {}, &outcome));
        QVERIFY(outcome.result.provider);
        QCOMPARE(outcome.result.provider->id, QStringLiteral("fastmail.com"));
        const DiscoveredService *imap = outcome.service(ProviderServiceType::Imap);
        QVERIFY(imap);
        QCOMPARE(imap->source, DiscoverySource::ProvidersMx);
        QCOMPARE(imap->service.username, QStringLiteral("someone@mx.test"));
        // Plain DNS named a host outside mx.test: no password goes there unapproved.
        QVERIFY(imap->needsApproval);
        QCOMPARE(imap->approvalDomain, QStringLiteral("fastmail.com"));
        QCOMPARE(outcome.step(QStringLiteral("MX records"))->state, DiscoveryStep::State::Found);
        QVERIFY(outcome.result.notes.join(QLatin1Char(' '))
                    .contains(QLatin1String("after you approve fastmail.com")));
    }

    void autoconfigFromTheDomainOverHttps()
    {
        Outcome outcome;
        QVERIFY(discover(QStringLiteral("alice@example.test"), DnsBed::instance().exampleRules(),
                         &outcome));
        QVERIFY(outcome.result.provider);
        QCOMPARE(outcome.result.provider->displayName, QStringLiteral("Example Test Mail"));
        const DiscoveredService *imap = outcome.service(ProviderServiceType::Imap);
        QVERIFY(imap);
        QCOMPARE(imap->service.host, QStringLiteral("imap.example.test"));
        QCOMPARE(imap->service.port, quint16(993));
        QCOMPARE(imap->source, DiscoverySource::Autoconfig);
        QVERIFY2(imap->verified, qPrintable(imap->error.message()));
        QVERIFY(imap->capabilities.contains("AUTH=PLAIN"));
        const DiscoveredService *caldav = outcome.service(ProviderServiceType::CalDav);
        QVERIFY(caldav);
        QCOMPARE(caldav->service.url, QStringLiteral("https://dav.example.test/"));
        QVERIFY2(caldav->verified, qPrintable(caldav->error.message()));
        QVERIFY(outcome.service(ProviderServiceType::Smtp)->verified);
        QVERIFY(outcome.found >= 5);
        QVERIFY(outcome.changed > 0);
        QVERIFY(DnsBed::instance().requests().contains(
            QStringLiteral("%1 GET autoconfig.example.test "
                           "/mail/config-v1.1.xml?emailaddress=alice%40example.test")
                .arg(DnsBed::instance().port(QStringLiteral("https")))));
        QCOMPARE(outcome.step(QStringLiteral("Autoconfig"))->state, DiscoveryStep::State::Found);
    }

    void srvRecordsIncludingNotOffered()
    {
        Outcome outcome;
        QVERIFY(discover(
            QStringLiteral("bob@srv.test"),
            {DnsBed::toTestBed(QStringLiteral("imap.srv.test"), 993, QStringLiteral("imaps")),
             DnsBed::toTestBed(QStringLiteral("dav.srv.test"), 443, QStringLiteral("dav")),
             DnsBed::toTestBed(QStringLiteral("mail.other.test"), 587,
                               QStringLiteral("submission"))},
            &outcome));
        const DiscoveredService *imap = outcome.service(ProviderServiceType::Imap);
        QVERIFY(imap);
        QCOMPARE(imap->source, DiscoverySource::Srv);
        QCOMPARE(imap->service.host, QStringLiteral("imap.srv.test"));
        QCOMPARE(imap->service.security, Security::Tls);
        QVERIFY(imap->verified);
        QVERIFY(!imap->needsApproval);
        QCOMPARE(outcome.result.servicesOf(ProviderServiceType::Imap).size(), 1); // _imap is "."
        QVERIFY(!outcome.service(ProviderServiceType::Pop3));                     // _pop3s is "."
        const DiscoveredService *smtp = outcome.service(ProviderServiceType::Smtp);
        QVERIFY(smtp);
        QCOMPARE(smtp->service.host, QStringLiteral("mail.other.test"));
        QCOMPARE(smtp->service.port, quint16(587));
        QCOMPARE(smtp->service.security, Security::StartTls);
        QVERIFY2(smtp->verified, qPrintable(smtp->error.message()));
        QVERIFY(smtp->needsApproval);
        QCOMPARE(smtp->approvalDomain, QStringLiteral("other.test"));
        QCOMPARE(outcome.service(ProviderServiceType::CalDav)->service.url,
                 QStringLiteral("https://dav.srv.test/")); // the TXT record's path
        const DiscoveredService *carddav = outcome.service(ProviderServiceType::CardDav);
        QCOMPARE(carddav->service.url, QStringLiteral("https://dav.srv.test/.well-known/carddav"));
        QVERIFY2(carddav->verified, qPrintable(carddav->error.message()));
        const QString detail = outcome.step(QStringLiteral("SRV records"))->detail;
        QVERIFY2(detail.contains(QLatin1String("not offered: _imap, _pop3s")), qPrintable(detail));
    }

    void guessingPrefersImplicitTls()
    {
        Outcome outcome;
        QVERIFY(discover(
            QStringLiteral("carol@guess.test"),
            {DnsBed::toTestBed(QStringLiteral("imap.guess.test"), 993, QStringLiteral("imaps")),
             DnsBed::toTestBed(QStringLiteral("imap.guess.test"), 143, QStringLiteral("imap")),
             DnsBed::toTestBed(QStringLiteral("mail.guess.test"), 995, QStringLiteral("pop3s")),
             DnsBed::toTestBed(QStringLiteral("smtp.guess.test"), 465,
                               QStringLiteral("submissions")),
             DnsBed::toTestBed(QStringLiteral("smtp.guess.test"), 587,
                               QStringLiteral("submission"))},
            &outcome));
        const DiscoveredService *imap = outcome.service(ProviderServiceType::Imap);
        QVERIFY(imap);
        QCOMPARE(imap->source, DiscoverySource::Guess);
        QCOMPARE(imap->service.host, QStringLiteral("imap.guess.test"));
        QCOMPARE(imap->service.port, quint16(993));
        QCOMPARE(imap->service.security, Security::Tls);
        QVERIFY(imap->verified);
        QCOMPARE(imap->service.alternatives.size(), 1);
        QCOMPARE(imap->service.alternatives.first().port, quint16(143));
        QCOMPARE(imap->service.alternatives.first().security, Security::StartTls);
        const DiscoveredService *pop3 = outcome.service(ProviderServiceType::Pop3);
        QVERIFY(pop3);
        QCOMPARE(pop3->service.host, QStringLiteral("mail.guess.test"));
        const DiscoveredService *smtp = outcome.service(ProviderServiceType::Smtp);
        QCOMPARE(smtp->service.port, quint16(465));
        QCOMPARE(smtp->service.alternatives.first().port, quint16(587));
    }

    void guessingSettlesForStartTlsWhenThatIsAllThereIs()
    {
        Outcome outcome;
        QVERIFY(discover(
            QStringLiteral("dave@guess.test"),
            {DnsBed::toTestBed(QStringLiteral("mail.guess.test"), 143, QStringLiteral("imap"))},
            &outcome));
        const DiscoveredService *imap = outcome.service(ProviderServiceType::Imap);
        QVERIFY(imap);
        QCOMPARE(imap->service.host, QStringLiteral("mail.guess.test"));
        QCOMPARE(imap->service.security, Security::StartTls);
        QVERIFY(imap->verified);
        // Read after STARTTLS: the server offers logins only under TLS.
        QVERIFY(imap->capabilities.contains("AUTH=PLAIN"));
        QVERIFY(outcome.report.toText().contains(QLatin1String("starting TLS")));
    }

    void deadlineEndsDiscoveryWithWhatWasFound()
    {
        QTcpServer silent; // accepts, then never says a word: the TLS handshake hangs
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Outcome outcome;
        QVERIFY(
            discover(QStringLiteral("erin@guess.test"),
                     {DnsBed::rule(QStringLiteral("imap.guess.test"), 993, silent.serverPort())},
                     &outcome, 1200));
        QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
        const DiscoveryStep *guessing = outcome.step(QStringLiteral("Guessing"));
        QVERIFY(guessing);
        QCOMPARE(guessing->state, DiscoveryStep::State::Failed);
        QVERIFY(outcome.result.notes.join(QLatin1Char(' ')).contains(QLatin1String("Guessing")));
    }

    void cancelEndsAtOnce()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Outcome outcome;
        QElapsedTimer cancelled;
        QVERIFY(discover(QStringLiteral("you@fastmail.com"),
                         {QStringLiteral("::127.0.0.1:%1").arg(silent.serverPort())}, &outcome,
                         15000, [&](DiscoveryJob *job) {
                             QTest::qWait(300);
                             cancelled.start();
                             job->cancel();
                             QVERIFY(job->isFinished());
                         }));
        QVERIFY(cancelled.elapsed() < 1000);
        QVERIFY(outcome.result.provider); // what was found before stays
        QVERIFY(std::any_of(outcome.steps.cbegin(), outcome.steps.cend(), [](const auto &step) {
            return step.state == DiscoveryStep::State::Skipped;
        }));
    }

    void untrustedAutoconfigIsRefused()
    {
        Outcome outcome;
        QVERIFY(discover(QStringLiteral("alice@insecure.test"),
                         {DnsBed::rule(QStringLiteral("autoconfig.insecure.test"), 443,
                                       DnsBed::instance().port(QStringLiteral("rogue")))},
                         &outcome));
        QVERIFY(!outcome.result.provider);
        QVERIFY(outcome.result.services.isEmpty());
        QVERIFY(outcome.result.notes.join(QLatin1Char(' '))
                    .contains(QLatin1String("certificate could not be verified")));
        QVERIFY(outcome.report.toText().contains(QLatin1String("certificate problem")));
        for (const QString &request : DnsBed::instance().requests())
            QVERIFY2(!request.contains(QLatin1String("insecure.test")), qPrintable(request));
    }

    void plainHttpAutoconfigIsNeverAsked()
    {
        const quint16 http = DnsBed::instance().port(QStringLiteral("http"));
        Outcome outcome;
        QVERIFY(discover(QStringLiteral("alice@httponly.test"),
                         {DnsBed::rule(QStringLiteral("autoconfig.httponly.test"), 443, http),
                          DnsBed::rule(QStringLiteral("autoconfig.httponly.test"), 80, http),
                          DnsBed::rule(QStringLiteral("httponly.test"), 443, http),
                          DnsBed::rule(QStringLiteral("httponly.test"), 80, http)},
                         &outcome));
        QVERIFY(!outcome.result.provider);
        QVERIFY(outcome.result.services.isEmpty());
        for (const QString &request : DnsBed::instance().requests())
            QVERIFY2(!request.contains(QLatin1String("httponly.test")), qPrintable(request));
    }

    void redirectToPlainHttpIsRefused()
    {
        Outcome outcome;
        QVERIFY(discover(QStringLiteral("bob@example.test"),
                         {DnsBed::rule(QStringLiteral("example.test"), 443,
                                       DnsBed::instance().port(QStringLiteral("https")))},
                         &outcome));
        QVERIFY(!outcome.result.provider);
        QVERIFY(outcome.report.toText().contains(
            QLatin1String("sent Satchel on to http://autoconfig.example.test")));
    }

    void aRefusedServerIsReportedAsANetworkProblem()
    {
        Outcome outcome;
        QStringList rules = DnsBed::instance().exampleRules();
        rules.prepend(DnsBed::rule(QStringLiteral("imap.example.test"), 993, closedPort()));
        QVERIFY(discover(QStringLiteral("alice@example.test"), rules, &outcome));
        const DiscoveredService *imap = outcome.service(ProviderServiceType::Imap);
        QVERIFY(imap);
        QVERIFY(!imap->verified);
        QCOMPARE(imap->error.reason(), Error::Reason::Refused);
        QCOMPARE(serviceProblemName(imap->error), QStringLiteral("network"));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
