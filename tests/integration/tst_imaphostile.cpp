#include "imap/imapaccountsync.h"
#include "imap/imapsession.h"
#include "jobrun.h"
#include "scriptedserver.h"
#include "sessionprobe.h"
#include "store/mailcache.h"
#include "testbed.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::JobRun;
using Satchel::Test::ScriptedServer;
using Satchel::Test::SessionProbe;
using Satchel::Test::TestBed;

Q_DECLARE_METATYPE(Error::Category)

namespace {

// The dialogue every hostile script starts from: a PREAUTH greeting, the folder list with one
// folder, and its SELECT. Each case breaks it somewhere.
const QByteArray greeting = "* PREAUTH [CAPABILITY IMAP4rev1 UIDPLUS] ready\r\n";
const QByteArray listCommand = "a1 LIST \"\" \"*\"";
const QByteArray listReply = "* LIST (\\HasNoChildren) \"/\" INBOX\r\na1 OK listed\r\n";
const QByteArray selectCommand = "a2 SELECT \"INBOX\"";
const QByteArray selectReply = "* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 3] ok\r\n"
                               "a2 OK [READ-WRITE] selected\r\n";
const QByteArray fetchCommand =
    "a3 UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)";
const QByteArray firstMessage =
    "* 1 FETCH (UID 1 FLAGS (\\Seen) INTERNALDATE \"22-Nov-2026 10:00:00 +0000\" "
    "RFC822.SIZE 100 ENVELOPE (\"Sun, 22 Nov 2026 10:00:00 +0000\" \"one\" NIL NIL NIL NIL NIL "
    "NIL NIL \"<1@x>\") BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1))\r\n";

enum class Break
{
    ByeAsGreeting,
    ByeAfterList,
    ByeDuringSelect,
    ByeDuringFetch,
    DisconnectMidFetch,
    UnterminatedLiteral,
    HugeLiteral,
    JunkAfterTaggedOk,
    Stall
};

void script(ScriptedServer &server, Break where)
{
    if (where == Break::ByeAsGreeting) {
        server.send("* BYE Too many connections from your address\r\n").close();
        return;
    }
    server.send(greeting).expect(listCommand);
    if (where == Break::ByeAfterList) {
        server.send("* BYE Autologout; idle for too long\r\n").close();
        return;
    }
    server.send(listReply).expect(selectCommand);
    switch (where) {
    case Break::ByeDuringSelect:
        server.send("* 2 EXISTS\r\n* BYE Server shutting down\r\n").close();
        return;
    case Break::JunkAfterTaggedOk:
        server.send(selectReply + "* 1 FETCH ((((garbage\r\n");
        return;
    case Break::Stall:
        server.pause(60000);
        return;
    default:
        break;
    }
    server.send(selectReply).expect(fetchCommand).send(firstMessage);
    switch (where) {
    case Break::ByeDuringFetch:
        server.send("* BYE Server shutting down\r\n").close();
        break;
    case Break::DisconnectMidFetch:
        server.send("* 2 FETCH (UID 2 FLAGS () ENVELOPE (\"Sun, 22 Nov").close();
        break;
    case Break::UnterminatedLiteral:
        server.send("* 2 FETCH (UID 2 FLAGS () ENVELOPE (NIL {40}\r\nonly a few bytes").close();
        break;
    case Break::HugeLiteral:
        server.send("* 2 FETCH (UID 2 FLAGS () ENVELOPE (NIL {4294967296}\r\n");
        break;
    default:
        break;
    }
}

} // namespace

// The engine against servers that misbehave on cue (the one place a scripted server is right):
// each case must end in a clear error, with nothing written to the cache half-way and the
// folder's sync state where it was, so the next sync starts clean.
class TestImapHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void syncEndsCleanly_data()
    {
        QTest::addColumn<Break>("where");
        QTest::addColumn<Error::Category>("category");
        QTest::addColumn<QString>("says");
        QTest::newRow("BYE as greeting")
            << Break::ByeAsGreeting << Error::Category::Server << QStringLiteral("Too many");
        QTest::newRow("BYE after LIST")
            << Break::ByeAfterList << Error::Category::Server << QStringLiteral("Autologout");
        QTest::newRow("BYE during SELECT")
            << Break::ByeDuringSelect << Error::Category::Server << QStringLiteral("shutting down");
        QTest::newRow("BYE during FETCH")
            << Break::ByeDuringFetch << Error::Category::Server << QStringLiteral("shutting down");
        QTest::newRow("disconnect mid-FETCH")
            << Break::DisconnectMidFetch << Error::Category::Network << QString();
        QTest::newRow("unterminated literal")
            << Break::UnterminatedLiteral << Error::Category::Network << QString();
        QTest::newRow("4 GiB literal") << Break::HugeLiteral << Error::Category::Server
                                       << QStringLiteral("more than the limit");
        QTest::newRow("junk after tagged OK")
            << Break::JunkAfterTaggedOk << Error::Category::Server << QString();
        QTest::newRow("stall") << Break::Stall << Error::Category::Network << QString();
    }

    void syncEndsCleanly()
    {
        QFETCH(Break, where);
        QFETCH(Error::Category, category);
        QFETCH(QString, says);
        ScriptedServer server;
        server.useTestBedTls(true);
        script(server, where);
        QVERIFY(server.listenOnLoopback());

        QTemporaryDir dir;
        MailCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(!cache.open().isError());
        ImapSession session;
        session.setEndpoint(server.endpoint(Security::Tls));
        session.setTlsPolicy(TestBed::instance().tlsPolicy());
        session.setTimeouts(5000, 1500);
        SessionProbe probe(&session);
        auto *sync = new ImapAccountSync(&session, &cache);
        connect(&session, &ImapSession::opened, sync, &Job::start);
        sync->setAutoDelete(false);
        std::unique_ptr<ImapAccountSync> owner(sync);
        bool finished = false;
        connect(sync, &Job::finished, this, [&] { finished = true; });
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(probe.closed, 15000);

        const Error error = finished ? sync->error() : probe.closeError;
        QVERIFY(error.isError());
        QCOMPARE(error.category(), category);
        QVERIFY(!error.message().isEmpty());
        if (!says.isEmpty())
            QVERIFY2(error.message().contains(says, Qt::CaseInsensitive),
                     qPrintable(error.message()));
        // Nothing half-way: no message of the broken FETCH, and no sync state that would make
        // the next sync skip what was never stored.
        for (const CachedFolder &folder : cache.folders()) {
            QCOMPARE(folder.uidValidity, 0u);
            QCOMPARE(cache.count(folder.id), 0u);
        }
    }

    void capabilitiesFromBeforeStartTlsAreForgotten()
    {
        ScriptedServer server;
        server.useTestBedTls(false);
        // Before TLS the server claims LIST-STATUS; after it, it has none of that (the
        // plaintext list could have been forged). The client must ask again and believe only
        // the answer it got under TLS.
        server.send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED LIST-STATUS] hi\r\n")
            .expect("a1 STARTTLS")
            .send("a1 OK begin TLS\r\n")
            .startTls()
            .expect("a2 CAPABILITY")
            .send("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na2 OK\r\n")
            .expect("a3 AUTHENTICATE PLAIN")
            .send("+ \r\n")
            .expect("*")
            .send("a3 OK [CAPABILITY IMAP4rev1 UIDPLUS] logged in\r\n")
            .pause(60000);
        QVERIFY(server.listenOnLoopback());
        ImapSession session;
        session.setEndpoint(server.endpoint(Security::StartTls));
        session.setTlsPolicy(TestBed::instance().tlsPolicy());
        session.setCredentials(QStringLiteral("user"), QStringLiteral("secret"));
        SessionProbe probe(&session);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(probe.opened || !server.failure().isEmpty(), 15000);
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
        QVERIFY(!session.hasCapability("LIST-STATUS"));
        QVERIFY(!session.hasCapability("LOGINDISABLED"));
        QVERIFY(session.hasCapability("UIDPLUS"));
    }
};

QTEST_GUILESS_MAIN(TestImapHostile)
#include "tst_imaphostile.moc"
