#include "imap/imapaccountsync.h"
#include "imap/imapappendjob.h"
#include "imap/imapfetchjob.h"
#include "imap/imapinboxwatcher.h"
#include "imap/imapmailboxjob.h"
#include "imap/imapmovejob.h"
#include "imap/imapselectjob.h"
#include "imap/imapsession.h"
#include "imap/imapstorejob.h"
#include "jobrun.h"
#include "scriptedserver.h"
#include "service/mailengine.h"
#include "store/changequeue.h"
#include "store/mailcache.h"
#include "testbed.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::runJob;
using Satchel::Test::uniqueName;
using namespace Satchel::Test;

// Two-way sync against the test bed's Dovecot: Satchel's cache on one side, "another client"
// (a second, independent IMAP connection) on the other. The account is grace's, which no other
// test uses, so counts are exact.
class TestMailSync : public QObject
{
    Q_OBJECT

    const QString user = QStringLiteral("grace@example.test");

    ImapSession *openSession() { return TestBed::instance().openImapSession(user); }

    bool other(const std::function<ImapCommandJob *(ImapSession *)> &make)
    {
        return runJob(make(m_other.get()));
    }

    bool otherMailbox(ImapMailboxJob::Verb verb, const QByteArray &folder)
    {
        auto *job = new ImapMailboxJob(m_other.get(), verb);
        job->setMailbox(folder);
        return runJob(job);
    }

    void connectToGrace(MailEngine *engine, quint16 port = 0) const
    {
        const TestBed &bed = TestBed::instance();
        engine->setServer(graceImap(port), bed.password(user), bed.tlsPolicy());
    }

    ServiceConfig graceImap(quint16 port = 0) const
    {
        const TestBed &bed = TestBed::instance();
        ServiceConfig imap;
        imap.host = bed.host();
        imap.port = port ? port : bed.port(QStringLiteral("imaps"));
        imap.username = user;
        return imap;
    }

    bool selectOther(const QByteArray &folder)
    {
        auto *select = new ImapSelectJob(m_other.get());
        select->setMailbox(folder);
        return runJob(select);
    }

    bool append(const QByteArray &folder, const QByteArray &subject,
                const QList<QByteArray> &flags = {})
    {
        auto *job = new ImapAppendJob(m_other.get());
        job->setMailbox(folder);
        job->setFlags(flags);
        job->setMessage(
            "From: Other <other@example.test>\r\nTo: " + user.toUtf8() + "\r\nSubject: " + subject +
            "\r\nDate: Sun, 22 Nov 2026 09:00:00 +0000\r\n\r\nBody of " + subject + "\r\n");
        return runJob(job);
    }

    // The other client's view: UID, FLAGS and subject of every message in a folder.
    QList<ImapFetchData> otherFetch(const QByteArray &folder)
    {
        if (!selectOther(folder))
            return {};
        JobRun<ImapFetchJob> fetch([&] {
            auto *job = new ImapFetchJob(m_other.get());
            job->setUids("1:*");
            job->setItems("(UID FLAGS ENVELOPE)");
            return job;
        }());
        if (!QTest::qWaitFor([&] { return fetch.done; }, 20000))
            return {};
        return fetch.job->messages();
    }

    bool sync(MailCache *cache, QString *error = nullptr, bool bodies = false,
              QList<ImapAccountSync::FolderResult> *results = nullptr)
    {
        auto *job = new ImapAccountSync(m_satchel.get(), cache);
        job->setFetchBodies(bodies);
        JobRun<ImapAccountSync> run(job);
        if (!QTest::qWaitFor([&] { return run.done; }, 60000))
            return false;
        if (error)
            *error = run.job->error().message();
        if (results)
            *results = run.job->results();
        return !run.job->error().isError();
    }

    static std::optional<CachedMessage> bySubject(MailCache &cache, const QString &folder,
                                                  const QString &subject)
    {
        const std::optional<CachedFolder> found = cache.folder(folder);
        if (!found)
            return std::nullopt;
        MessageQuery query;
        query.folderId = found->id;
        for (const CachedMessage &message : cache.messages(query)) {
            if (message.subject == subject)
                return message;
        }
        return std::nullopt;
    }

    std::unique_ptr<ImapSession> m_other;
    std::unique_ptr<ImapSession> m_satchel;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        SATCHEL_REQUIRE_TESTBED();
        m_other.reset(openSession());
        m_satchel.reset(openSession());
        QVERIFY(m_other && m_satchel);
    }

    void firstSyncThenNothingChanged()
    {
        const QByteArray folder = uniqueName("First");
        QVERIFY(otherMailbox(ImapMailboxJob::Verb::Create, folder));
        QVERIFY(append(folder, "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?= one", {"\\Seen"}));
        QVERIFY(append(folder, "two"));
        QVERIFY(append(folder, "three", {"\\Flagged"}));

        MailCache cache(m_dir.filePath(QStringLiteral("first.sqlite")));
        QVERIFY(!cache.open().isError());
        QString error;
        QVERIFY2(sync(&cache, &error), qPrintable(error));
        const std::optional<CachedFolder> cached = cache.folder(QString::fromUtf8(folder));
        QVERIFY(cached);
        QCOMPARE(cached->total, 3u);
        QCOMPARE(cached->unread, 2u);
        QVERIFY(cached->uidValidity != 0);
        const std::optional<CachedMessage> one =
            bySubject(cache, QString::fromUtf8(folder), QStringLiteral("Grüße one"));
        QVERIFY(one);
        QCOMPARE(one->flags, QList<QByteArray>{"\\Seen"});
        QCOMPARE(one->from, QStringLiteral("Other <other@example.test>"));
        QVERIFY(one->structure.contains("text/plain"));
        QVERIFY(bySubject(cache, QString::fromUtf8(folder), QStringLiteral("three"))
                    ->flags.contains("\\Flagged"));
        QVERIFY(!cache.folder(QStringLiteral("inbox"))->role.isEmpty());

        QList<ImapAccountSync::FolderResult> results;
        QVERIFY2(sync(&cache, &error, false, &results), qPrintable(error));
        QVERIFY(!results.isEmpty());
        for (const ImapAccountSync::FolderResult &result : results) {
            QVERIFY2(result.stats.unchanged, qPrintable(result.name));
            QCOMPARE(result.stats.added + result.stats.changed + result.stats.removed, 0u);
        }
    }

    void changesMadeElsewhereShowUp()
    {
        const QByteArray folder = uniqueName("Elsewhere");
        QVERIFY(otherMailbox(ImapMailboxJob::Verb::Create, folder));
        for (const char *subject : {"flag me", "move me", "expunge me", "keep me"})
            QVERIFY(append(folder, subject));
        MailCache cache(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        QVERIFY(!cache.open().isError());
        QString error;
        QVERIFY2(sync(&cache, &error), qPrintable(error));
        const QString name = QString::fromUtf8(folder);
        QCOMPARE(cache.folder(name)->total, 4u);

        const auto uidOf = [&](const char *subject) {
            return QByteArray::number(bySubject(cache, name, QString::fromLatin1(subject))->uid);
        };
        QVERIFY(selectOther(folder));
        QVERIFY(other([&](ImapSession *s) {
            auto *job = new ImapStoreJob(s);
            job->setUids(uidOf("flag me"));
            job->setFlags(ImapStoreJob::Mode::Add, {"\\Flagged", "\\Seen"});
            return job;
        }));
        auto *move = new ImapMoveJob(m_other.get());
        move->setUids(uidOf("move me"));
        move->setDestination("Archive");
        QVERIFY(runJob(move));
        QVERIFY(other([&](ImapSession *s) {
            auto *job = new ImapStoreJob(s);
            job->setUids(uidOf("expunge me"));
            job->setFlags(ImapStoreJob::Mode::Add, {"\\Deleted"});
            return job;
        }));
        auto *expunge = new ImapMoveJob(m_other.get()); // a move to Trash expunges the original
        expunge->setUids(uidOf("expunge me"));
        expunge->setDestination("Trash");
        QVERIFY(runJob(expunge));
        QVERIFY(append(folder, "arrived later"));
        const QByteArray newFolder = uniqueName("Brand new ");
        QVERIFY(otherMailbox(ImapMailboxJob::Verb::Create, newFolder));

        QVERIFY2(sync(&cache, &error), qPrintable(error));
        QCOMPARE(cache.folder(name)->total, 3u);
        QVERIFY(bySubject(cache, name, QStringLiteral("flag me"))->flags.contains("\\Flagged"));
        QVERIFY(!bySubject(cache, name, QStringLiteral("move me")));
        QVERIFY(!bySubject(cache, name, QStringLiteral("expunge me")));
        QVERIFY(bySubject(cache, QStringLiteral("Archive"), QStringLiteral("move me")));
        QVERIFY(bySubject(cache, name, QStringLiteral("arrived later")));
        QVERIFY(cache.folder(QString::fromUtf8(newFolder)));
    }

    void changesMadeHereShowElsewhere()
    {
        const QByteArray folder = uniqueName("Here");
        QVERIFY(otherMailbox(ImapMailboxJob::Verb::Create, folder));
        for (const char *subject : {"read me", "file me", "delete me"})
            QVERIFY(append(folder, subject));
        const QString cachePath = m_dir.filePath(QStringLiteral("engine.sqlite"));
        MailEngine engine(cachePath);
        connectToGrace(&engine);
        QSignalSpy synced(&engine, &MailEngine::synced);
        engine.sync(1, {}, false);
        QVERIFY(synced.wait(30000));
        QVERIFY2(!synced.at(0).at(1).value<SyncReport>().error.isError(),
                 qPrintable(synced.at(0).at(1).value<SyncReport>().error.message()));

        const QString name = QString::fromUtf8(folder);
        const auto uidOf = [&](const char *subject) {
            MailCache cache(cachePath);
            cache.open();
            return bySubject(cache, name, QString::fromLatin1(subject))->uid;
        };
        const QByteArray target = uniqueName("Filed");
        QSignalSpy changed(&engine, &MailEngine::changed);
        const QList<MailChangeRequest> requests = {
            {PendingChange::Kind::Flag, name, uidOf("read me"), QStringLiteral("+\\Seen")},
            {PendingChange::Kind::CreateFolder, QString::fromUtf8(target), 0, {}},
        };
        for (const MailChangeRequest &request : requests)
            engine.change(quint64(changed.size() + 10), request);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 30000);
        engine.sync(2, {}, false); // learns the new folder
        QVERIFY(synced.wait(30000));
        engine.change(
            20, {PendingChange::Kind::Move, name, uidOf("file me"), QString::fromUtf8(target)});
        engine.change(21, {PendingChange::Kind::Delete, name, uidOf("delete me"), {}});
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 4, 30000);
        for (const QList<QVariant> &answer : changed) {
            const ChangeReport report = answer.at(1).value<ChangeReport>();
            QVERIFY2(!report.error.isError(), qPrintable(report.error.message()));
            QVERIFY(!report.queued);
            QVERIFY(report.refused.isEmpty());
        }

        QStringList remaining;
        for (const ImapFetchData &message : otherFetch(folder)) {
            remaining.append(QString::fromUtf8(message.envelope->subject));
            QVERIFY(message.flags->contains("\\Seen"));
        }
        QCOMPARE(remaining, QStringList{QStringLiteral("read me")});
        const QList<ImapFetchData> filed = otherFetch(target);
        QCOMPARE(filed.size(), 1);
        QCOMPARE(filed.at(0).envelope->subject, QByteArray("file me"));
        bool inTrash = false;
        for (const ImapFetchData &message : otherFetch("Trash"))
            inTrash |= message.envelope->subject == "delete me";
        QVERIFY(inTrash);
    }

    void offlineChangesReplayInOrderAndRefusalsAreReported()
    {
        const QByteArray folder = uniqueName("Offline");
        const QByteArray doomed = uniqueName("Doomed");
        for (const QByteArray &name : {folder, doomed}) {
            QVERIFY(otherMailbox(ImapMailboxJob::Verb::Create, name));
        }
        QVERIFY(append(folder, "flag offline"));
        QVERIFY(append(folder, "move offline"));
        const QString cachePath = m_dir.filePath(QStringLiteral("offline.sqlite"));
        MailEngine engine(cachePath);
        connectToGrace(&engine);
        QSignalSpy synced(&engine, &MailEngine::synced);
        engine.sync(1, {}, false);
        QVERIFY(synced.wait(30000));

        const QString name = QString::fromUtf8(folder);
        MailCache reader(cachePath);
        QVERIFY(!reader.open().isError());
        const quint32 flagUid = bySubject(reader, name, QStringLiteral("flag offline"))->uid;
        const quint32 moveUid = bySubject(reader, name, QStringLiteral("move offline"))->uid;

        connectToGrace(&engine, 1); // nothing listens there: refused at once
        QSignalSpy changed(&engine, &MailEngine::changed);
        engine.change(5, {PendingChange::Kind::Flag, name, flagUid, QStringLiteral("+\\Flagged")});
        engine.change(6, {PendingChange::Kind::Move, name, moveUid, QString::fromUtf8(doomed)});
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 30000);
        for (const QList<QVariant> &answer : changed)
            QVERIFY(answer.at(1).value<ChangeReport>().queued);
        // The cache shows both at once, and they survive in the queue.
        QVERIFY(
            bySubject(reader, name, QStringLiteral("flag offline"))->flags.contains("\\Flagged"));
        QVERIFY(!bySubject(reader, name, QStringLiteral("move offline")));
        QCOMPARE(ChangeQueue(&reader).pending().size(), 2);

        // Meanwhile another client deletes the destination: that change can never be made.
        QVERIFY(otherMailbox(ImapMailboxJob::Verb::Delete, doomed));
        connectToGrace(&engine);
        engine.sync(2, name, false);
        QVERIFY(synced.wait(30000));
        const SyncReport report = synced.at(1).at(1).value<SyncReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message()));
        QCOMPARE(report.replayed, 1);
        QCOMPARE(report.refused.size(), 1);
        QCOMPARE(report.refused.at(0).change.uid, moveUid);
        QVERIFY(report.refused.at(0).error.message().contains(QString::fromUtf8(doomed)));
        QCOMPARE(ChangeQueue(&reader).pending().size(), 0);
        bool flagged = false;
        for (const ImapFetchData &message : otherFetch(folder)) {
            if (message.envelope->subject == "flag offline")
                flagged = message.flags->contains("\\Flagged");
        }
        QVERIFY(flagged);
        // The refused move leaves the message where the server has it, and the sync shows it.
        QVERIFY(bySubject(reader, name, QStringLiteral("move offline")));
    }

    void uidValidityChangeDropsOnlyThatFolder()
    {
        const QByteArray folder = uniqueName("Volatile");
        QVERIFY(otherMailbox(ImapMailboxJob::Verb::Create, folder));
        QVERIFY(append(folder, "old one"));
        QVERIFY(append(folder, "old two"));
        QVERIFY(append("INBOX", "stays"));
        MailCache cache(m_dir.filePath(QStringLiteral("volatile.sqlite")));
        QVERIFY(!cache.open().isError());
        QString error;
        QVERIFY2(sync(&cache, &error, true), qPrintable(error));
        const QString name = QString::fromUtf8(folder);
        const quint32 before = cache.folder(name)->uidValidity;
        const CachedMessage stays =
            *bySubject(cache, QStringLiteral("INBOX"), QStringLiteral("stays"));
        QVERIFY(stays.hasBody);

        for (auto verb : {ImapMailboxJob::Verb::Delete, ImapMailboxJob::Verb::Create}) {
            QVERIFY(otherMailbox(verb, folder));
        }
        QVERIFY(append(folder, "new one"));
        QVERIFY2(sync(&cache, &error), qPrintable(error));
        QVERIFY(cache.folder(name)->uidValidity != before);
        QCOMPARE(cache.folder(name)->total, 1u);
        QVERIFY(bySubject(cache, name, QStringLiteral("new one")));
        QVERIFY(!bySubject(cache, name, QStringLiteral("old one")));
        const std::optional<CachedMessage> still =
            bySubject(cache, QStringLiteral("INBOX"), QStringLiteral("stays"));
        QVERIFY(still && still->hasBody && still->uid == stays.uid);
    }

    void newMailShowsWithinASecondWhileWatching()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("watch.sqlite"));
        MailEngine engine(cachePath);
        connectToGrace(&engine);
        QSignalSpy synced(&engine, &MailEngine::synced);
        engine.sync(1, QStringLiteral("INBOX"), false);
        QVERIFY(synced.wait(30000));
        engine.setWatching(true);
        QTest::qWait(1000); // the watch connection logs in and starts IDLE

        const QByteArray subject = uniqueName("Pushed ");
        QVERIFY(TestBed::instance().deliver(user, subject));
        QElapsedTimer timer;
        timer.start();
        MailCache reader(cachePath);
        QVERIFY(!reader.open().isError());
        const auto arrived = [&] {
            return bySubject(reader, QStringLiteral("INBOX"), QString::fromLatin1(subject))
                .has_value();
        };
        QTRY_VERIFY_WITH_TIMEOUT(arrived(), 5000);
        qInfo("new mail in the cache %lld ms after the server accepted it", timer.elapsed());
        QVERIFY(timer.elapsed() < 1500);
        QCOMPARE(synced.constLast().at(0).toULongLong(), 0ull);
        engine.setWatching(false);
    }

    void withoutIdleTheWatcherPolls()
    {
        ScriptedServer server;
        server.useTestBedTls(true);
        server.send("* PREAUTH [CAPABILITY IMAP4rev1] ready\r\n")
            .expect("a1 EXAMINE \"INBOX\"")
            .send("* 1 EXISTS\r\n* OK [UIDVALIDITY 3] ok\r\na1 OK [READ-ONLY] done\r\n")
            .expect("a2 NOOP")
            .send("a2 OK nothing\r\n")
            .expect("a3 NOOP")
            .send("* 2 EXISTS\r\na3 OK\r\n")
            .pause(60000);
        QVERIFY(server.listenOnLoopback());
        ImapInboxWatcher watcher;
        watcher.setServer(server.endpoint(Security::Tls), {}, {}, TestBed::instance().tlsPolicy());
        watcher.setPollInterval(200);
        QSignalSpy changed(&watcher, &ImapInboxWatcher::changed);
        watcher.start();
        QVERIFY(changed.wait(5000));
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!watcher.isIdling());
    }

    void newFoldersGoBelowThePersonalNamespace()
    {
        ScriptedServer server;
        server.useTestBedTls(true);
        server.send("* PREAUTH [CAPABILITY IMAP4rev1 NAMESPACE UIDPLUS] ready\r\n")
            .expect("a1 NAMESPACE")
            .expect("a2 LIST \"\" \"*\"")
            .send("* NAMESPACE ((\"INBOX.\" \".\")) NIL NIL\r\na1 OK\r\n"
                  "* LIST () \".\" INBOX\r\na2 OK\r\n")
            .expect("a3 SELECT \"INBOX\"")
            .send("* 0 EXISTS\r\n* OK [UIDVALIDITY 1] ok\r\n* OK [UIDNEXT 1] ok\r\n"
                  "a3 OK [READ-WRITE] ok\r\n")
            .expect("a4 CREATE \"INBOX.Projects.2026\"")
            .send("a4 OK created\r\n")
            .expect("a5 SUBSCRIBE \"INBOX.Projects.2026\"")
            .send("a5 OK subscribed\r\n")
            .pause(60000);
        QVERIFY(server.listenOnLoopback());
        MailEngine engine(m_dir.filePath(QStringLiteral("namespace.sqlite")));
        ServiceConfig imap;
        const Endpoint endpoint = server.endpoint(Security::Tls);
        imap.host = endpoint.host;
        imap.port = endpoint.port;
        engine.setServer(imap, {}, TestBed::instance().tlsPolicy());
        QSignalSpy synced(&engine, &MailEngine::synced);
        engine.sync(1, {}, false);
        QVERIFY(synced.wait(10000));
        QSignalSpy changed(&engine, &MailEngine::changed);
        engine.change(2,
                      {PendingChange::Kind::CreateFolder, QStringLiteral("Projects/2026"), 0, {}});
        QVERIFY(changed.wait(10000));
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
        const ChangeReport report = changed.at(0).at(1).value<ChangeReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message()));
        QCOMPARE(report.replayed, 1);
    }

    void bodiesAreKeptForOfflineReading()
    {
        const QByteArray folder = uniqueName("Bodies");
        QVERIFY(otherMailbox(ImapMailboxJob::Verb::Create, folder));
        QVERIFY(append(folder, "with body"));
        MailCache cache(m_dir.filePath(QStringLiteral("bodies.sqlite")));
        QVERIFY(!cache.open().isError());
        QString error;
        QVERIFY2(sync(&cache, &error, true), qPrintable(error));
        const std::optional<CachedFolder> cached = cache.folder(QString::fromUtf8(folder));
        const CachedMessage message = *bySubject(cache, cached->name, QStringLiteral("with body"));
        QVERIFY(message.hasBody);
        const QByteArray body = *cache.body(cached->id, message.uid);
        QVERIFY(body.startsWith("From: Other <other@example.test>\r\n"));
        QVERIFY(body.endsWith("Body of with body\r\n"));
        QCOMPARE(quint64(body.size()), message.size);
    }
};

QTEST_GUILESS_MAIN(TestMailSync)
#include "tst_mailsync.moc"
