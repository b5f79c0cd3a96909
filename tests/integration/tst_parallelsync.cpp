#include "imap/imapaccountsync.h"
#include "imap/imapappendjob.h"
#include "imap/imapfetchjob.h"
#include "imap/imapmailboxjob.h"
#include "imap/imapselectjob.h"
#include "imap/imapsession.h"
#include "jobrun.h"
#include "service/mailengine.h"
#include "store/mailcache.h"
#include "testbed.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace Satchel;
using Satchel::Test::runJob;
using Satchel::Test::uniqueName;
using namespace Satchel::Test;

// Folder syncs over extra connections (ImapParallelSync) against the test bed's Dovecot. The
// account is nora's, which no other test uses, so the logins counted in Dovecot's log are this
// test's own.
class TestParallelSync : public QObject
{
    Q_OBJECT

    const QString user = QStringLiteral("nora@example.test");

    // What the extra connections did, seen from the client.
    struct Extras
    {
        int made = 0;
        int open = 0;
        int maxOpen = 0;
        QList<QByteArray> selected; // the folder each had selected when it closed
        QList<QPointer<ImapSession>> sessions;
    };

    QString maildir(const QByteArray &folder) const
    {
        return TestBed::instance().directory() + QStringLiteral("/mail/") + user +
               QStringLiteral("/Maildir/.") + QString::fromUtf8(folder);
    }

    // A new folder holding count messages, written straight into its Maildir (much faster than
    // APPEND); Dovecot takes them in at the next STATUS or SELECT.
    bool seedFolder(const QByteArray &folder, int count)
    {
        auto *create = new ImapMailboxJob(m_other.get(), ImapMailboxJob::Verb::Create);
        create->setMailbox(folder);
        if (!runJob(create))
            return false;
        const QString dir = maildir(folder);
        struct stat owner = {};
        if (::stat(QFile::encodeName(dir).constData(), &owner) != 0)
            return false;
        for (int i = 0; i < count; ++i) {
            const QByteArray message = "From: Other <other@example.test>\r\nTo: " + user.toUtf8() +
                                       "\r\nSubject: " + folder + " " + QByteArray::number(i) +
                                       "\r\nDate: Sun, 22 Nov 2026 09:00:00 +0000\r\n\r\nBody\r\n";
            const QString path = dir + QStringLiteral("/new/%1.seed%2.bed,S=%3")
                                           .arg(QString::fromLatin1(folder))
                                           .arg(i)
                                           .arg(message.size());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size())
                return false;
            file.close();
            if (::chown(QFile::encodeName(path).constData(), owner.st_uid, owner.st_gid) != 0)
                return false;
        }
        return true;
    }

    bool append(const QByteArray &folder, const QByteArray &subject)
    {
        auto *job = new ImapAppendJob(m_other.get());
        job->setMailbox(folder);
        job->setMessage("From: Other <other@example.test>\r\nSubject: " + subject +
                        "\r\nDate: Sun, 22 Nov 2026 09:00:00 +0000\r\n\r\nBody\r\n");
        return runJob(job);
    }

    // The UIDs in the folder, as another client sees them.
    QList<quint32> serverUids(const QByteArray &folder)
    {
        auto *select = new ImapSelectJob(m_other.get());
        select->setMailbox(folder);
        if (!runJob(select))
            return {};
        JobRun<ImapFetchJob> fetch([&] {
            auto *job = new ImapFetchJob(m_other.get());
            job->setUids("1:*");
            job->setItems("(UID)");
            return job;
        }());
        if (!QTest::qWaitFor([&] { return fetch.done; }, 20000))
            return {};
        QList<quint32> uids;
        for (const ImapFetchData &data : fetch.job->messages())
            uids.append(*data.uid);
        std::sort(uids.begin(), uids.end());
        return uids;
    }

    static QList<quint32> cachedUids(MailCache &cache, const QByteArray &folder)
    {
        const std::optional<CachedFolder> cached = cache.folder(QString::fromUtf8(folder));
        return cached ? cache.uids(cached->id) : QList<quint32>();
    }

    ImapParallelSync::SessionFactory factory(Extras *extras, const QString &password)
    {
        return [this, extras, password] {
            const TestBed &bed = TestBed::instance();
            auto *session = new ImapSession(this);
            session->setEndpoint(bed.endpoint(QStringLiteral("imaps")));
            session->setCredentials(user, password);
            session->setTlsPolicy(bed.tlsPolicy());
            ++extras->made;
            extras->sessions.append(session);
            auto opened = std::make_shared<bool>(false);
            connect(session, &ImapSession::opened, this, [extras, opened] {
                *opened = true;
                extras->maxOpen = std::max(extras->maxOpen, ++extras->open);
            });
            connect(session, &ImapSession::closed, this, [extras, opened, session] {
                if (*opened)
                    --extras->open;
                extras->selected.append(session->selectedMailbox());
            });
            return session;
        };
    }

    struct Outcome
    {
        bool done = false;
        Error error;
        QList<ImapAccountSync::FolderResult> results;

        const ImapAccountSync::FolderResult *result(const QByteArray &folder) const
        {
            for (const ImapAccountSync::FolderResult &result : results) {
                if (result.name == QString::fromUtf8(folder))
                    return &result;
            }
            return nullptr;
        }
    };

    Outcome sync(MailCache *cache, int extra, Extras *extras, const QString &password = {})
    {
        auto *job = new ImapAccountSync(m_satchel.get(), cache);
        job->setExtraSessions(
            extra,
            factory(extras, password.isEmpty() ? TestBed::instance().password(user) : password));
        JobRun<ImapAccountSync> run(job);
        Outcome outcome;
        outcome.done = QTest::qWaitFor([&] { return run.done; }, 60000);
        if (outcome.done) {
            outcome.error = run.job->error();
            outcome.results = run.job->results();
        }
        return outcome;
    }

    // Logins of the user that Dovecot logged since the offset (a byte position in its log).
    int loginsSince(qint64 offset) const
    {
        QFile log(TestBed::instance().directory() + QStringLiteral("/logs/dovecot.log"));
        if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
            return -1;
        const QByteArray login = "imap-login: Info: Login: user=<" + user.toUtf8() + '>';
        return int(log.readAll().count(login));
    }

    static qint64 logSize()
    {
        return QFileInfo(TestBed::instance().directory() + QStringLiteral("/logs/dovecot.log"))
            .size();
    }

    // Every extra connection was logged out (or dropped) and deleted.
    static bool allClosed(const Extras &extras)
    {
        return QTest::qWaitFor(
            [&] {
                return std::all_of(extras.sessions.cbegin(), extras.sessions.cend(),
                                   [](const QPointer<ImapSession> &s) { return s.isNull(); });
            },
            10000);
    }

    std::unique_ptr<ImapSession> m_other;
    std::unique_ptr<ImapSession> m_satchel;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        SATCHEL_REQUIRE_TESTBED();
        m_other.reset(TestBed::instance().openImapSession(user));
        m_satchel.reset(TestBed::instance().openImapSession(user));
        QVERIFY(m_other && m_satchel);
    }

    void severalFoldersSyncOverExtraConnections()
    {
        const QByteArray base = uniqueName("Par");
        QList<QByteArray> folders;
        for (int i = 0; i < 4; ++i) {
            folders.append(base + char('A' + i));
            QVERIFY(seedFolder(folders.last(), 300 + 20 * i));
        }
        MailCache cache(m_dir.filePath(QStringLiteral("parallel.sqlite")));
        QVERIFY(!cache.open().isError());
        Extras extras;
        const qint64 logStart = logSize();
        const Outcome outcome = sync(&cache, 2, &extras);
        QVERIFY(outcome.done);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        for (int i = 0; i < folders.size(); ++i) {
            const ImapAccountSync::FolderResult *result = outcome.result(folders[i]);
            QVERIFY(result);
            QVERIFY(!result->error.isError());
            QCOMPARE(result->stats.added, quint32(300 + 20 * i));
            const QList<quint32> server = serverUids(folders[i]);
            QCOMPARE(server.size(), 300 + 20 * i);
            QCOMPARE(cachedUids(cache, folders[i]), server);
            QCOMPARE(cache.folder(QString::fromUtf8(folders[i]))->total, quint32(server.size()));
        }
        // The cap: two extra connections were made, never more, and both were closed again.
        QCOMPARE(extras.made, 2);
        QVERIFY(extras.maxOpen <= 2);
        QVERIFY(allClosed(extras));
        QCOMPARE(extras.open, 0);
        QTRY_COMPARE_WITH_TIMEOUT(loginsSince(logStart), 2, 5000);
        // They did work: at least one folder was synced on an extra connection.
        QVERIFY(std::any_of(extras.selected.cbegin(), extras.selected.cend(),
                            [](const QByteArray &folder) { return !folder.isEmpty(); }));

        // New mail in one folder only: no extra connection for that.
        QVERIFY(append(folders[1], "one more"));
        Extras none;
        const qint64 secondStart = logSize();
        const Outcome again = sync(&cache, 2, &none);
        QVERIFY(again.done);
        QVERIFY2(!again.error.isError(), qPrintable(again.error.message()));
        QCOMPARE(again.result(folders[1])->stats.added, 1u);
        QVERIFY(again.result(folders[0])->stats.unchanged);
        QCOMPARE(cachedUids(cache, folders[1]), serverUids(folders[1]));
        QCOMPARE(none.made, 0);
        QTest::qWait(200); // a login would be logged by now
        QCOMPARE(loginsSince(secondStart), 0);
    }

    void oneFolderFailingKeepsTheOthers()
    {
        const QByteArray base = uniqueName("Fail");
        const QByteArray broken = base + "Broken";
        QList<QByteArray> good;
        for (int i = 0; i < 3; ++i) {
            good.append(base + char('A' + i));
            QVERIFY(seedFolder(good.last(), 100));
        }
        QVERIFY(seedFolder(broken, 50));
        MailCache cache(m_dir.filePath(QStringLiteral("failing.sqlite")));
        QVERIFY(!cache.open().isError());
        // Dovecot still lists the folder, but cannot open it: SELECT fails, deterministically.
        const QByteArray brokenDir = QFile::encodeName(maildir(broken));
        QCOMPARE(::chmod(brokenDir.constData(), 0), 0);
        Extras extras;
        const Outcome outcome = sync(&cache, 2, &extras);
        QCOMPARE(::chmod(brokenDir.constData(), 0700), 0);
        QVERIFY(outcome.done);
        QVERIFY(outcome.error.isError());
        const ImapAccountSync::FolderResult *failed = outcome.result(broken);
        QVERIFY(failed);
        QVERIFY(failed->error.isError());
        QCOMPARE(outcome.error.message(), failed->error.message());
        for (const QByteArray &folder : good) {
            const ImapAccountSync::FolderResult *result = outcome.result(folder);
            QVERIFY(result);
            QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
            QCOMPARE(cachedUids(cache, folder), serverUids(folder));
            QCOMPARE(cachedUids(cache, folder).size(), 100);
        }
        QVERIFY(cache.folder(QString::fromUtf8(broken))->uidValidity == 0);
        QVERIFY(allClosed(extras));

        // Repaired, the next sync brings the folder in and leaves the others as they are.
        Extras next;
        const Outcome repaired = sync(&cache, 2, &next);
        QVERIFY(repaired.done);
        QVERIFY2(!repaired.error.isError(), qPrintable(repaired.error.message()));
        QCOMPARE(repaired.result(broken)->stats.added, 50u);
        QCOMPARE(cachedUids(cache, broken), serverUids(broken));
        for (const QByteArray &folder : good)
            QVERIFY(repaired.result(folder)->stats.unchanged);
    }

    void refusedExtraConnectionsAreDoneWithout()
    {
        const QByteArray base = uniqueName("Refused");
        QList<QByteArray> folders;
        for (int i = 0; i < 3; ++i) {
            folders.append(base + char('A' + i));
            QVERIFY(seedFolder(folders.last(), 40));
        }
        MailCache cache(m_dir.filePath(QStringLiteral("refused.sqlite")));
        QVERIFY(!cache.open().isError());
        // The server turns every extra login down, as one at its connection limit does.
        Extras extras;
        const Outcome outcome = sync(&cache, 3, &extras, QStringLiteral("not the password"));
        QVERIFY(outcome.done);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(extras.made, 3);
        QCOMPARE(extras.maxOpen, 0);
        for (const QByteArray &folder : folders) {
            QCOMPARE(outcome.result(folder)->stats.added, 40u);
            QCOMPARE(cachedUids(cache, folder), serverUids(folder));
        }
        QVERIFY(allClosed(extras));
    }

    // An extra connection that goes away while it syncs a folder: the folder is synced again on
    // a connection that works, and nothing is lost or doubled.
    void droppedExtraConnectionHandsItsFolderOn()
    {
        const QByteArray base = uniqueName("Drop");
        QList<QByteArray> folders;
        for (int i = 0; i < 3; ++i) {
            folders.append(base + char('A' + i));
            QVERIFY(seedFolder(folders.last(), 400));
        }
        MailCache cache(m_dir.filePath(QStringLiteral("dropped.sqlite")));
        QVERIFY(!cache.open().isError());
        Extras extras;
        bool dropped = false;
        QTimer watch;
        // The first extra connection to select a folder times out in the middle of its sync.
        connect(&watch, &QTimer::timeout, this, [&] {
            for (const QPointer<ImapSession> &session : std::as_const(extras.sessions)) {
                if (!dropped && session && !session->selectedMailbox().isEmpty()) {
                    dropped = true;
                    session->setReadTimeout(1);
                }
            }
        });
        watch.start(1);
        const Outcome outcome = sync(&cache, 2, &extras);
        watch.stop();
        QVERIFY(outcome.done);
        QVERIFY(dropped);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        for (const QByteArray &folder : folders) {
            QVERIFY(!outcome.result(folder)->error.isError());
            QCOMPARE(cachedUids(cache, folder), serverUids(folder));
            QCOMPARE(cache.folder(QString::fromUtf8(folder))->total, 400u);
        }
        QVERIFY(allClosed(extras));
    }

    // The account's setting reaches the engine: with syncConnections 1, exactly one connection
    // beside the engine's own.
    void engineKeepsToTheAccountsSetting()
    {
        const QByteArray base = uniqueName("Engine");
        for (int i = 0; i < 3; ++i)
            QVERIFY(seedFolder(base + char('A' + i), 30));
        const TestBed &bed = TestBed::instance();
        ServiceConfig imap;
        imap.host = bed.host();
        imap.port = bed.port(QStringLiteral("imaps"));
        imap.username = user;
        imap.syncConnections = 1;
        MailEngine engine(m_dir.filePath(QStringLiteral("engine.sqlite")));
        engine.setServer(imap, bed.password(user), bed.tlsPolicy());
        QSignalSpy synced(&engine, &MailEngine::synced);
        const qint64 logStart = logSize();
        engine.sync(7, QString(), false);
        QVERIFY(synced.wait(30000));
        const SyncReport report = synced.at(0).at(1).value<SyncReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message()));
        int engineFolders = 0;
        for (const ImapAccountSync::FolderResult &result : report.folders) {
            if (result.name.startsWith(QString::fromUtf8(base))) {
                QCOMPARE(result.stats.added, 30u);
                ++engineFolders;
            }
        }
        QCOMPARE(engineFolders, 3);
        QTRY_COMPARE_WITH_TIMEOUT(loginsSince(logStart), 2, 5000);
        QTest::qWait(200);
        QCOMPARE(loginsSince(logStart), 2);
        engine.close();
    }
};

QTEST_GUILESS_MAIN(TestParallelSync)
#include "tst_parallelsync.moc"
