#include "imap/imapappendjob.h"
#include "imap/imapcompressjob.h"
#include "imap/imapfetchjob.h"
#include "imap/imapidlejob.h"
#include "imap/imaplistjob.h"
#include "imap/imapmailboxjob.h"
#include "imap/imapmovejob.h"
#include "imap/imapselectjob.h"
#include "imap/imapsession.h"
#include "imap/imapstorejob.h"
#include "jobrun.h"
#include "scriptedserver.h"
#include "service/folderlisting.h"
#include "sessionprobe.h"
#include "testbed.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

using namespace Satchel;
using Satchel::Test::JobRun;
using Satchel::Test::ScriptedServer;
using Satchel::Test::SessionProbe;
using Satchel::Test::TestBed;

namespace {

// The server's greeting: already authenticated, over implicit TLS with the test bed's certificate.
ScriptedServer &preauth(ScriptedServer &server, const QByteArray &capabilities)
{
    server.useTestBedTls(true);
    return server.send("* PREAUTH [CAPABILITY " + capabilities + "] ready\r\n");
}

// A session to a scripted server set up by preauth(), and what nobody claimed.
struct ScriptedSession
{
    ScriptedSession()
        : session(std::make_unique<ImapSession>())
        , probe(session.get())
    {
        QObject::connect(session.get(), &ImapSession::unsolicited, session.get(),
                         [this](const ImapParsedResponse &r) { unsolicited.append(r); });
    }
    // Lets the server listen and opens the session; true once it is open.
    bool open(ScriptedServer &server)
    {
        if (!server.listenOnLoopback())
            return false;
        session->setEndpoint(server.endpoint(Security::Tls));
        session->setTlsPolicy(TestBed::instance().tlsPolicy());
        session->open();
        return probe.waitUntilOpen(10000);
    }
    std::unique_ptr<ImapSession> session;
    SessionProbe probe;
    QList<ImapParsedResponse> unsolicited;
};

// UID FETCH of the flags.
ImapFetchJob *flagsOf(ImapSession *session, const QByteArray &uids)
{
    auto *job = new ImapFetchJob(session);
    job->setUids(uids);
    return job;
}

// What ImapMoveJob does without MOVE, to the folder "Archive".
ImapMoveJob *moveToArchive(ImapSession *session, const QByteArray &uids)
{
    auto *job = new ImapMoveJob(session);
    job->setUids(uids);
    job->setDestination("Archive");
    return job;
}

} // namespace

class TestImapSession : public QObject
{
    Q_OBJECT

private:
    // A session to the test bed's IMAPS port, open.
    ImapSession *openSession(const QString &user)
    {
        return TestBed::instance().openImapSession(user);
    }

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void listsFoldersWithTheirSpecialUse()
    {
        std::unique_ptr<ImapSession> session(openSession(QStringLiteral("alice@example.test")));
        QVERIFY(session);
        JobRun<ImapListJob> list(new ImapListJob(session.get()));
        QTRY_VERIFY_WITH_TIMEOUT(list.done, 10000);
        QVERIFY2(!list.job->error().isError(), qPrintable(list.job->error().message()));
        QSet<ImapListData::SpecialUse> roles;
        QStringList names;
        for (const ImapListData &mailbox : list.job->mailboxes()) {
            roles.insert(mailbox.specialUse);
            names << mailbox.name;
        }
        QVERIFY2(names.contains(QStringLiteral("INBOX")), qPrintable(names.join(u',')));
        for (auto role : {ImapListData::SpecialUse::Sent, ImapListData::SpecialUse::Drafts,
                          ImapListData::SpecialUse::Trash, ImapListData::SpecialUse::Junk,
                          ImapListData::SpecialUse::Archive})
            QVERIFY(roles.contains(role));
        if (session->hasCapability("LIST-STATUS"))
            QCOMPARE(list.job->statuses().size(), list.job->mailboxes().size());
    }

    void selectsAndFetchesADeliveredMessage()
    {
        const QString user = QStringLiteral("erin@example.test");
        const QByteArray subject =
            "Session test " + QByteArray::number(QRandomGenerator::global()->generate());
        QVERIFY(TestBed::instance().deliver(user, subject));
        QVERIFY(TestBed::instance().waitForMessage(user, subject));
        std::unique_ptr<ImapSession> session(openSession(user));
        QVERIFY(session);

        JobRun<ImapSelectJob> select([&] {
            auto *job = new ImapSelectJob(session.get());
            job->setMailbox("INBOX");
            return job;
        }());
        QTRY_VERIFY_WITH_TIMEOUT(select.done, 10000);
        QVERIFY2(!select.job->error().isError(), qPrintable(select.job->error().message()));
        const ImapMailboxState &state = select.job->mailboxState();
        QVERIFY(state.exists >= 1);
        QVERIFY(state.uidValidity > 0);
        QVERIFY(state.uidNext > 1);
        QVERIFY(state.highestModSeq.has_value()); // Dovecot has CONDSTORE
        QVERIFY(!state.readOnly);
        QCOMPARE(session->state(), ImapSession::State::Selected);
        QCOMPARE(session->selectedMailbox(), QByteArray("INBOX"));

        JobRun<ImapFetchJob> fetch([&] {
            auto *job = new ImapFetchJob(session.get());
            job->setUids("1:*");
            job->setItems("(UID FLAGS ENVELOPE RFC822.SIZE MODSEQ)");
            return job;
        }());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done, 10000);
        QVERIFY2(!fetch.job->error().isError(), qPrintable(fetch.job->error().message()));
        QCOMPARE(quint32(fetch.job->messages().size()), state.exists);
        const auto found = std::find_if(
            fetch.job->messages().cbegin(), fetch.job->messages().cend(),
            [&](const ImapFetchData &m) { return m.envelope && m.envelope->subject == subject; });
        QVERIFY(found != fetch.job->messages().cend());
        QVERIFY(found->rfc822Size.value_or(0) > 0);
        QVERIFY(found->modSeq.has_value());
        QCOMPARE(found->envelope->from.value(0).mailbox, QByteArray("alice"));
    }

    void createStoreAndMoveOnTheRealServer()
    {
        const QString user = QStringLiteral("erin@example.test");
        const QByteArray tag = QByteArray::number(QRandomGenerator::global()->generate());
        QVERIFY(TestBed::instance().deliver(user, "Keep " + tag));
        QVERIFY(TestBed::instance().deliver(user, "Move " + tag));
        QVERIFY(TestBed::instance().waitForMessage(user, "Move " + tag));
        std::unique_ptr<ImapSession> session(openSession(user));
        QVERIFY(session);
        const QByteArray folder = "Filed " + tag;
        JobRun<ImapMailboxJob> create([&] {
            auto *job = new ImapMailboxJob(session.get(), ImapMailboxJob::Verb::Create);
            job->setMailbox(folder);
            return job;
        }());
        QTRY_VERIFY_WITH_TIMEOUT(create.done, 10000);
        QVERIFY2(!create.job->error().isError(), qPrintable(create.job->error().message()));

        const auto select = [&](const QByteArray &mailbox) {
            auto *job = new ImapSelectJob(session.get());
            job->setMailbox(mailbox);
            return job;
        };
        const auto fetchAll = [&] {
            auto *job = new ImapFetchJob(session.get());
            job->setUids("1:*");
            job->setItems("(UID FLAGS ENVELOPE MODSEQ)");
            return job;
        };
        JobRun<ImapSelectJob> inbox(select("INBOX"));
        JobRun<ImapFetchJob> before(fetchAll());
        QTRY_VERIFY_WITH_TIMEOUT(before.done, 10000);
        quint32 keepUid = 0;
        quint32 moveUid = 0;
        quint64 keepModSeq = 0;
        for (const ImapFetchData &message : before.job->messages()) {
            if (message.envelope->subject == "Keep " + tag) {
                keepUid = *message.uid;
                keepModSeq = message.modSeq.value_or(0);
            }
            if (message.envelope->subject == "Move " + tag)
                moveUid = *message.uid;
        }
        QVERIFY(keepUid && moveUid && keepModSeq);

        const auto store = [&](quint64 unchangedSince) {
            auto *job = new ImapStoreJob(session.get());
            job->setUids(QByteArray::number(keepUid));
            job->setFlags(ImapStoreJob::Mode::Add, {"\\Flagged"});
            job->setUnchangedSince(unchangedSince);
            return job;
        };
        JobRun<ImapStoreJob> flag(store(keepModSeq));
        QTRY_VERIFY_WITH_TIMEOUT(flag.done, 10000);
        QVERIFY2(!flag.job->error().isError(), qPrintable(flag.job->error().message()));
        QVERIFY(
            flag.job->updated().value(0).flags.value_or(QList<QByteArray>()).contains("\\Flagged"));
        QVERIFY(flag.job->modified().isEmpty());
        // The same change against the old mod-sequence: the server reports a conflict.
        JobRun<ImapStoreJob> stale(store(keepModSeq));
        QTRY_VERIFY_WITH_TIMEOUT(stale.done, 10000);
        QVERIFY(stale.job->modified().contains(keepUid, keepUid));

        JobRun<ImapMoveJob> move([&] {
            auto *job = new ImapMoveJob(session.get());
            job->setUids(QByteArray::number(moveUid));
            job->setDestination(folder);
            return job;
        }());
        QTRY_VERIFY_WITH_TIMEOUT(move.done, 10000);
        QVERIFY2(!move.job->error().isError(), qPrintable(move.job->error().message()));
        JobRun<ImapFetchJob> after(fetchAll());
        QTRY_VERIFY_WITH_TIMEOUT(after.done, 10000);
        for (const ImapFetchData &message : after.job->messages())
            QVERIFY(message.uid != moveUid);
        JobRun<ImapSelectJob> filed(select(folder));
        QTRY_VERIFY_WITH_TIMEOUT(filed.done, 10000);
        QCOMPARE(filed.job->mailboxState().exists, 1u);
    }

    void idleBringsNewMailWithinASecond()
    {
        const QString user = QStringLiteral("erin@example.test");
        std::unique_ptr<ImapSession> session(openSession(user));
        QVERIFY(session);
        auto *select = new ImapSelectJob(session.get());
        select->setMailbox("INBOX");
        JobRun<ImapSelectJob> selected(select);
        QTRY_VERIFY_WITH_TIMEOUT(selected.done, 10000);

        auto *idle = new ImapIdleJob(session.get());
        QElapsedTimer clock;
        clock.start();
        qint64 pushedAt = -1;
        connect(idle, &ImapIdleJob::changed, this, [&](const ImapParsedResponse &response) {
            if (pushedAt < 0 && std::holds_alternative<ImapExistsData>(response.data))
                pushedAt = clock.elapsed();
        });
        JobRun<ImapIdleJob> run(idle);
        QTRY_VERIFY_WITH_TIMEOUT(run.job->isIdling(), 10000);
        QVERIFY(TestBed::instance().deliver(user, "Pushed while idling"));
        // From the moment Postfix accepted the message (curl's own start-up is not ours to count).
        const qint64 acceptedAt = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(pushedAt >= 0, 5000);
        const qint64 latency = qMax<qint64>(0, pushedAt - acceptedAt);
        qInfo("new mail was pushed %lld ms after the server accepted it", latency);
        QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        run.job->stop();
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        // The session goes on with ordinary commands afterwards.
        JobRun<ImapFetchJob> fetch([&] {
            auto *job = new ImapFetchJob(session.get());
            job->setUids("1:*");
            return job;
        }());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done, 10000);
        QVERIFY(!fetch.job->error().isError());
    }

    void idleEndsWithDone()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1 IDLE")
            .expect("a1 IDLE")
            .send("+ idling\r\n* 4 EXISTS\r\n")
            .expect("DONE")
            .send("a1 OK IDLE terminated\r\n");
        ScriptedSession scripted;
        QVERIFY(scripted.open(server));
        auto *idle = new ImapIdleJob(scripted.session.get());
        QList<ImapParsedResponse> changes;
        connect(idle, &ImapIdleJob::changed, this,
                [&](const ImapParsedResponse &response) { changes.append(response); });
        JobRun<ImapIdleJob> run(idle);
        QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 10000);
        run.job->stop();
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
        QVERIFY(scripted.unsolicited.isEmpty());

        ScriptedServer plain;
        preauth(plain, "IMAP4rev1");
        ScriptedSession withoutIdle;
        QVERIFY(withoutIdle.open(plain));
        JobRun<ImapIdleJob> refused(new ImapIdleJob(withoutIdle.session.get()));
        QVERIFY(refused.done);
        QCOMPARE(refused.job->error().category(), Error::Category::Server);
        QVERIFY(plain.received().isEmpty());
    }

    void compressedSessionWorksBothWays()
    {
        QVERIFY(TestBed::instance().deliver(QStringLiteral("alice@example.test"), "Squeezed"));
        std::unique_ptr<ImapSession> session(openSession(QStringLiteral("alice@example.test")));
        QVERIFY(session);
        QVERIFY(session->hasCapability("COMPRESS=DEFLATE"));
        JobRun<ImapCompressJob> compress(new ImapCompressJob(session.get()));
        // Queued behind the barrier: must go out compressed, and its answer must be inflated.
        JobRun<ImapListJob> list(new ImapListJob(session.get()));
        QTRY_VERIFY_WITH_TIMEOUT(compress.done && list.done, 10000);
        QVERIFY2(!compress.job->error().isError(), qPrintable(compress.job->error().message()));
        QVERIFY(session->isCompressed());
        QVERIFY2(!list.job->error().isError(), qPrintable(list.job->error().message()));
        QVERIFY(list.job->mailboxes().size() >= 6);
        auto *select = new ImapSelectJob(session.get());
        select->setMailbox("INBOX");
        JobRun<ImapSelectJob> selected(select);
        auto *fetch = new ImapFetchJob(session.get());
        fetch->setUids("1:*");
        fetch->setItems("(UID BODY.PEEK[])");
        JobRun<ImapFetchJob> fetched(fetch);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.done, 10000);
        QVERIFY2(!fetched.job->error().isError(), qPrintable(fetched.job->error().message()));
        QVERIFY(!fetched.job->messages().isEmpty());
        QVERIFY(fetched.job->messages().constFirst().sections.value(0).data.contains("\r\n\r\n"));
    }

    void appendStoresAMessageAndTellsItsUid()
    {
        const QString user = QStringLiteral("erin@example.test");
        std::unique_ptr<ImapSession> session(openSession(user));
        QVERIFY(session);
        const QByteArray subject =
            "Draft " + QByteArray::number(QRandomGenerator::global()->generate());
        const QByteArray message = "From: Erin <erin@example.test>\r\nSubject: " + subject +
                                   "\r\n\r\n" + QByteArray(10000, 'x') + "\r\n";
        auto *append = new ImapAppendJob(session.get());
        append->setMailbox("Drafts");
        append->setFlags({"\\Draft", "\\Seen"});
        append->setMessage(message);
        JobRun<ImapAppendJob> run(append);
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        QVERIFY(run.job->uid() > 0 && run.job->uidValidity() > 0);

        auto *select = new ImapSelectJob(session.get());
        select->setMailbox("Drafts");
        JobRun<ImapSelectJob> selected(select);
        auto *fetch = new ImapFetchJob(session.get());
        fetch->setUids(QByteArray::number(run.job->uid()));
        fetch->setItems("(UID FLAGS ENVELOPE RFC822.SIZE)");
        JobRun<ImapFetchJob> fetched(fetch);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.done, 10000);
        QCOMPARE(selected.job->mailboxState().uidValidity, run.job->uidValidity());
        QCOMPARE(fetched.job->messages().size(), 1);
        const ImapFetchData &stored = fetched.job->messages().first();
        QCOMPARE(stored.envelope->subject, subject);
        QCOMPARE(stored.rfc822Size.value_or(0), quint64(message.size()));
        QVERIFY(stored.flags.value_or(QList<QByteArray>()).contains("\\Draft"));
    }

    void appendWaitsForTheContinuationWithoutLiteralPlus()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1 UIDPLUS")
            .expect("a1 APPEND \"Sent\" (\\Seen) {21}")
            .send("+ Ready for literal data\r\n")
            .expect("Subject: hi")
            .expect("")
            .expect("body")
            .expect("") // the CRLF that ends the APPEND command after its literal
            .send("a1 OK [APPENDUID 5 9] appended\r\n");
        ScriptedSession scripted;
        QVERIFY(scripted.open(server));
        auto *append = new ImapAppendJob(scripted.session.get());
        append->setMailbox("Sent");
        append->setFlags({"\\Seen"});
        append->setMessage("Subject: hi\r\n\r\nbody\r\n");
        JobRun<ImapAppendJob> run(append);
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QVERIFY2(!run.job->error().isError(), qPrintable(run.job->error().message()));
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
        QCOMPARE(run.job->uidValidity(), 5u);
        QCOMPARE(run.job->uid(), 9u);
    }

    void moveWithoutMoveIsCopyDeleteAndUidExpunge()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1 UIDPLUS")
            .expect("a1 UID COPY 7 \"Archive\"")
            .send("a1 OK [COPYUID 9 7 100] copied\r\n")
            .expect("a2 UID STORE 7 +FLAGS (\\Deleted)")
            .send("* 3 FETCH (UID 7 FLAGS (\\Deleted))\r\na2 OK stored\r\n")
            .expect("a3 UID EXPUNGE 7")
            .send("* 3 EXPUNGE\r\na3 OK expunged\r\n");
        ScriptedSession scripted;
        QVERIFY(scripted.open(server));
        JobRun<ImapMoveJob> move(moveToArchive(scripted.session.get(), "7"));
        QTRY_VERIFY_WITH_TIMEOUT(move.done, 10000);
        QVERIFY2(!move.job->error().isError(), qPrintable(move.job->error().message()));
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
        QVERIFY(scripted.unsolicited.isEmpty());
    }

    void withoutUidPlusNothingIsExpunged()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1")
            .expect("a1 UID COPY 7 \"Archive\"")
            .send("a1 OK copied\r\n")
            .expect("a2 UID STORE 7 +FLAGS (\\Deleted)")
            .send("a2 OK stored\r\n");
        ScriptedSession scripted;
        QVERIFY(scripted.open(server));
        JobRun<ImapMoveJob> move(moveToArchive(scripted.session.get(), "7"));
        QTRY_VERIFY_WITH_TIMEOUT(move.done, 10000);
        QCOMPARE(move.job->error().category(), Error::Category::Server);
        QVERIFY(move.job->error().message().contains(QLatin1String("marked as deleted")));
        QTest::qWait(100);
        QCOMPARE(server.received().size(), 2); // never an EXPUNGE
        QVERIFY(server.failure().isEmpty());
    }

    void pipelinesCommandsButHoldsBarriers()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1 CONDSTORE")
            .expect("a1 UID FETCH 1 (UID FLAGS)")
            .expect("a2 UID FETCH 2 (UID FLAGS)") // sent before a1 completed: pipelined
            .send("* 1 FETCH (UID 1 FLAGS (\\Seen))\r\na1 OK done\r\n")
            .pause(200) // a SELECT sent now would break the script: it must wait for a2
            .send("* 2 FETCH (UID 2 FLAGS ())\r\na2 OK done\r\n")
            .expect("a3 SELECT \"INBOX\" (CONDSTORE)")
            .send("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [HIGHESTMODSEQ 99] ok\r\n"
                  "a3 OK [READ-WRITE] selected\r\n");
        ScriptedSession scripted;
        QVERIFY2(scripted.open(server), qPrintable(scripted.probe.closeError.message()));
        ImapSession *session = scripted.session.get();
        SessionProbe &probe = scripted.probe;

        JobRun<ImapFetchJob> first(flagsOf(session, "1"));
        JobRun<ImapFetchJob> second(flagsOf(session, "2"));
        auto *selectJob = new ImapSelectJob(session);
        selectJob->setMailbox("INBOX");
        JobRun<ImapSelectJob> select(selectJob);
        QTRY_VERIFY_WITH_TIMEOUT(select.done || probe.closed, 10000);
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
        QVERIFY(first.done && second.done);
        QCOMPARE(first.job->messages().value(0).flags.value(), QList<QByteArray>{"\\Seen"});
        QCOMPARE(second.job->messages().value(0).uid.value_or(0), 2u);
        QCOMPARE(select.job->mailboxState().uidValidity, 7u);
        QCOMPARE(select.job->mailboxState().highestModSeq.value_or(0), 99u);
        QVERIFY(scripted.unsolicited.isEmpty());
    }

    void dataNoCommandClaimsIsUnsolicited()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1")
            .expect("a1 UID FETCH 5 (UID FLAGS)")
            .send("* 9 EXISTS\r\n* 3 FETCH (FLAGS (\\Deleted))\r\n* 5 FETCH (UID 5 FLAGS ())\r\n"
                  "a1 OK done\r\n");
        ScriptedSession scripted;
        QVERIFY(scripted.open(server));
        ImapSession *session = scripted.session.get();
        JobRun<ImapFetchJob> fetch(flagsOf(session, "5"));
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done, 10000);
        QCOMPARE(fetch.job->messages().size(), 1);
        QCOMPARE(scripted.unsolicited.size(), 2); // the EXISTS and the FETCH without a UID
        QVERIFY(std::holds_alternative<ImapExistsData>(scripted.unsolicited[0].data));
    }

    void byeInTheMiddleFailsEveryPendingCommand()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1")
            .expect("a1 UID FETCH 1:* (UID FLAGS)")
            .send("* 1 FETCH (UID 1 FLAGS ())\r\n* BYE Server shutting down\r\n")
            .close();
        ScriptedSession scripted;
        QVERIFY(scripted.open(server));
        ImapSession *session = scripted.session.get();
        SessionProbe &probe = scripted.probe;
        JobRun<ImapFetchJob> fetch(flagsOf(session, "1:*"));
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done && probe.closed, 10000);
        QCOMPARE(fetch.job->error().category(), Error::Category::Server);
        QVERIFY(fetch.job->error().message().contains(QLatin1String("shutting down")));
        QCOMPARE(probe.closeError.category(), Error::Category::Server);
        // A job started after the close fails at once instead of waiting forever.
        JobRun<ImapFetchJob> lateRun(flagsOf(session, "1"));
        QVERIFY(lateRun.done);
        QCOMPARE(lateRun.job->error().category(), Error::Category::Network);
    }

    void foldersWithoutListStatusAskStatusPerFolder()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1 SPECIAL-USE")
            .expect("a1 LIST \"\" \"*\" RETURN (SPECIAL-USE)")
            .send("* LIST (\\HasNoChildren) \"/\" INBOX\r\n"
                  "* LIST (\\Sent) \"/\" \"Sent Items\"\r\n"
                  "* LIST (\\Noselect \\HasChildren) \"/\" Old\r\na1 OK listed\r\n")
            // Both STATUS commands go out before either is answered; Old is never asked.
            .expect("a2 STATUS \"INBOX\" (MESSAGES UNSEEN UIDNEXT UIDVALIDITY)")
            .expect("a3 STATUS \"Sent Items\" (MESSAGES UNSEEN UIDNEXT UIDVALIDITY)")
            .send("* STATUS INBOX (MESSAGES 12 UNSEEN 3 UIDNEXT 40 UIDVALIDITY 1)\r\na2 OK\r\n"
                  "* STATUS \"Sent Items\" (MESSAGES 5 UNSEEN 0 UIDNEXT 6 UIDVALIDITY 1)\r\n"
                  "a3 OK\r\n");
        ScriptedSession scripted;
        QVERIFY(scripted.open(server));
        ImapSession *session = scripted.session.get();
        FolderListing listing(session);
        QList<FolderInfo> folders;
        bool done = false;
        connect(&listing, &FolderListing::finished, this,
                [&](const QList<FolderInfo> &result, const Error &error) {
                    QVERIFY2(!error.isError(), qPrintable(error.message()));
                    folders = result;
                    done = true;
                });
        listing.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
        QCOMPARE(folders.size(), 3);
        QCOMPARE(folders[0].role, QStringLiteral("inbox"));
        QCOMPARE(folders[0].total, 12u);
        QCOMPARE(folders[0].unread, 3u);
        QCOMPARE(folders[1].name, QStringLiteral("Sent Items"));
        QCOMPARE(folders[1].role, QStringLiteral("sent"));
        QCOMPARE(folders[1].total, 5u);
        QVERIFY(!folders[2].selectable);
    }

    void aReplyToNothingClosesTheConnection()
    {
        ScriptedServer server;
        preauth(server, "IMAP4rev1")
            .expect("a1 UID FETCH 1 (UID FLAGS)")
            .send("zz9 OK what was that\r\n");
        ScriptedSession scripted;
        QVERIFY(scripted.open(server));
        ImapSession *session = scripted.session.get();
        SessionProbe &probe = scripted.probe;
        JobRun<ImapFetchJob> fetch(flagsOf(session, "1"));
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done, 10000);
        QCOMPARE(fetch.job->error().category(), Error::Category::Server);
        QVERIFY(probe.closed);
    }
};

QTEST_GUILESS_MAIN(TestImapSession)
#include "tst_imapsession.moc"
