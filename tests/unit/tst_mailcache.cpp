#include "store/mailcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

// The offline cache without a server: bodies live in files the database vouches for, removals
// wait for the commit, a cut-short file is downloaded again, and a schema-1 cache keeps its bodies;
// a schema-2 cache gains previews.
class TestMailCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dbPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static qint64 addFolder(MailCache &cache, const QByteArray &name)
    {
        CachedFolder folder;
        folder.rawName = name;
        folder.name = QString::fromLatin1(name);
        return cache.upsertFolder(folder);
    }

    static void addMessage(MailCache &cache, qint64 folder, quint32 uid, bool seen)
    {
        CachedMessage message;
        message.uid = uid;
        message.subject = QStringLiteral("message %1").arg(uid);
        if (seen)
            message.flags = {QByteArrayLiteral("\\Seen")};
        cache.insertMessage(folder, message);
    }

    static QString folderDir(const QString &db, qint64 folder)
    {
        QString root = db;
        root.chop(int(qstrlen(".sqlite")));
        return QStringLiteral("%1.bodies/%2").arg(root).arg(folder);
    }

    static QStringList segmentFiles(const QString &db, qint64 folder)
    {
        return QDir(folderDir(db, folder)).entryList({QStringLiteral("*.pack")}, QDir::Files);
    }

    static qint64 segmentBytes(const QString &db, qint64 folder)
    {
        qint64 total = 0;
        for (const QString &name : segmentFiles(db, folder))
            total += QFileInfo(folderDir(db, folder) + QLatin1Char('/') + name).size();
        return total;
    }

private slots:
    void bodiesRoundTripThroughFiles()
    {
        const QString path = dbPath("roundtrip.sqlite");
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        const qint64 inbox = addFolder(cache, "INBOX");
        addMessage(cache, inbox, 1, true);
        addMessage(cache, inbox, 2, false);
        QCOMPARE(cache.uidsWithoutBody(inbox), (QList<quint32>{1, 2}));
        const QByteArray body("Subject: one\r\n\r\nhello\r\n");
        cache.storeBody(inbox, 1, body);
        QVERIFY(!cache.takeError().isError());
        QCOMPARE(cache.body(inbox, 1).value_or(QByteArray()), body);
        QVERIFY(!cache.body(inbox, 2));
        QVERIFY(cache.message(inbox, 1)->hasBody);
        QCOMPARE(cache.uidsWithoutBody(inbox), QList<quint32>{2});
        QCOMPARE(segmentFiles(path, inbox), QStringList{QStringLiteral("1.pack")});
    }

    void cutShortBodyIsFetchedAgain()
    {
        const QString path = dbPath("cut.sqlite");
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        const qint64 inbox = addFolder(cache, "INBOX");
        addMessage(cache, inbox, 7, false);
        cache.storeBody(inbox, 7, QByteArray(5000, 'x'));
        QFile file(folderDir(path, inbox) + QStringLiteral("/1.pack"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(100));
        file.close();
        QVERIFY(!cache.body(inbox, 7));
        QVERIFY(!cache.message(inbox, 7)->hasBody);
        QCOMPARE(cache.uidsWithoutBody(inbox), QList<quint32>{7});
    }

    void removalWaitsForCommit()
    {
        const QString path = dbPath("removal.sqlite");
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        const qint64 inbox = addFolder(cache, "INBOX");
        addMessage(cache, inbox, 3, false);
        cache.storeBody(inbox, 3, "three");
        QVERIFY(cache.begin());
        QCOMPARE(cache.removeMessages(inbox, {3}), 1u);
        cache.rollback();
        QCOMPARE(cache.body(inbox, 3).value_or(QByteArray()), QByteArray("three"));
        QVERIFY(cache.begin());
        QCOMPARE(cache.removeMessages(inbox, {3}), 1u);
        QVERIFY(cache.commit());
        QVERIFY(!cache.body(inbox, 3));
    }

    void resetFolderDropsOnlyItsBodies()
    {
        const QString path = dbPath("reset.sqlite");
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        const qint64 inbox = addFolder(cache, "INBOX");
        const qint64 other = addFolder(cache, "Other");
        addMessage(cache, inbox, 1, false);
        addMessage(cache, other, 1, false);
        cache.storeBody(inbox, 1, "inbox");
        cache.storeBody(other, 1, "other");
        cache.resetFolder(inbox);
        QVERIFY(!QFileInfo::exists(folderDir(path, inbox)));
        QVERIFY(!cache.message(inbox, 1));
        QCOMPARE(cache.body(other, 1).value_or(QByteArray()), QByteArray("other"));
    }

    // Space of removed messages comes back: an emptied segment is deleted, a sparse one rewritten.
    void removalsAreCompacted()
    {
        const QString path = dbPath("compact.sqlite");
        qint64 inbox = 0;
        {
            MailCache cache(path);
            QVERIFY(!cache.open().isError());
            inbox = addFolder(cache, "INBOX");
            for (quint32 uid = 1; uid <= 10; ++uid) {
                addMessage(cache, inbox, uid, false);
                cache.storeBody(inbox, uid, QByteArray(1 << 20, char('a' + uid)));
            }
            QVERIFY(!cache.takeError().isError());
        }
        QCOMPARE(segmentBytes(path, inbox), qint64(10) << 20);
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        QVERIFY(cache.begin());
        QCOMPARE(cache.removeMessages(inbox, {1, 2, 3, 4, 5, 6}), 6u);
        QVERIFY(cache.commit());
        QCOMPARE(segmentFiles(path, inbox), QStringList{QStringLiteral("2.pack")});
        QCOMPARE(segmentBytes(path, inbox), qint64(4) << 20);
        for (quint32 uid = 7; uid <= 10; ++uid)
            QCOMPARE(cache.body(inbox, uid).value_or(QByteArray()),
                     QByteArray(1 << 20, char('a' + uid)));
        QVERIFY(cache.begin());
        QCOMPARE(cache.removeMessages(inbox, {7, 8, 9, 10}), 4u);
        QVERIFY(cache.commit());
        QVERIFY(segmentFiles(path, inbox).isEmpty());
    }

    // Short runs one after another (satchel-cli read) add to one segment, not a file each.
    void laterRunsContinueTheLastSegment()
    {
        const QString path = dbPath("runs.sqlite");
        qint64 inbox = 0;
        for (quint32 uid = 1; uid <= 3; ++uid) {
            MailCache cache(path);
            QVERIFY(!cache.open().isError());
            inbox = addFolder(cache, "INBOX");
            addMessage(cache, inbox, uid, false);
            cache.storeBody(inbox, uid, QByteArray(10, char('0' + uid)));
        }
        QCOMPARE(segmentFiles(path, inbox), QStringList{QStringLiteral("1.pack")});
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        for (quint32 uid = 1; uid <= 3; ++uid)
            QCOMPARE(cache.body(inbox, uid).value_or(QByteArray()),
                     QByteArray(10, char('0' + uid)));
    }

    // Two Satchels on one profile (the app and satchel-cli) never write into the same segment.
    void twoCachesOnOneProfile()
    {
        const QString path = dbPath("shared.sqlite");
        MailCache first(path);
        QVERIFY(!first.open().isError());
        const qint64 inbox = addFolder(first, "INBOX");
        MailCache second(path);
        QVERIFY(!second.open().isError());
        for (quint32 uid = 1; uid <= 6; ++uid)
            addMessage(first, inbox, uid, false);
        for (quint32 uid = 1; uid <= 6; ++uid)
            (uid % 2 ? first : second)
                .storeBody(inbox, uid, QByteArray(100 + uid, char('0' + uid)));
        for (quint32 uid = 1; uid <= 6; ++uid) {
            QCOMPARE(first.body(inbox, uid).value_or(QByteArray()),
                     QByteArray(100 + uid, char('0' + uid)));
        }
        QCOMPARE(segmentFiles(path, inbox).size(), 2);
    }

    void folderCountsTotalAndUnread()
    {
        MailCache cache(dbPath("counts.sqlite"));
        QVERIFY(!cache.open().isError());
        const qint64 inbox = addFolder(cache, "INBOX");
        for (quint32 uid = 1; uid <= 10; ++uid)
            addMessage(cache, inbox, uid, uid % 3 == 0);
        const std::optional<CachedFolder> folder = cache.folderById(inbox);
        QVERIFY(folder);
        QCOMPARE(folder->total, 10u);
        QCOMPARE(folder->unread, 7u);
    }

    // A cache written before bodies moved to files: its bodies move out, nothing is lost.
    void schemaOneCacheKeepsItsBodies()
    {
        const QString path = dbPath("old.sqlite");
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"CREATE TABLE folders (id INTEGER PRIMARY KEY, raw_name BLOB NOT NULL UNIQUE,"
                  " name TEXT NOT NULL, delimiter TEXT NOT NULL DEFAULT '', role TEXT NOT NULL"
                  " DEFAULT '', selectable INTEGER NOT NULL DEFAULT 1, subscribed INTEGER NOT"
                  " NULL DEFAULT 0, uid_validity INTEGER NOT NULL DEFAULT 0, uid_next INTEGER"
                  " NOT NULL DEFAULT 0, highest_modseq INTEGER NOT NULL DEFAULT 0, server_exists"
                  " INTEGER NOT NULL DEFAULT 0)",
                  "CREATE TABLE messages (folder_id INTEGER NOT NULL, uid INTEGER NOT NULL,"
                  " modseq INTEGER NOT NULL DEFAULT 0, flags TEXT NOT NULL DEFAULT '', seen"
                  " INTEGER NOT NULL DEFAULT 0, internal_date INTEGER, size INTEGER NOT NULL"
                  " DEFAULT 0, date INTEGER, date_offset INTEGER, subject TEXT NOT NULL DEFAULT"
                  " '', from_ TEXT NOT NULL DEFAULT '', to_ TEXT NOT NULL DEFAULT '', cc TEXT"
                  " NOT NULL DEFAULT '', message_id BLOB, in_reply_to BLOB, structure BLOB,"
                  " PRIMARY KEY (folder_id, uid)) WITHOUT ROWID",
                  "CREATE TABLE bodies (folder_id INTEGER NOT NULL, uid INTEGER NOT NULL, data"
                  " BLOB NOT NULL, PRIMARY KEY (folder_id, uid))",
                  "INSERT INTO folders (id, raw_name, name) VALUES (1, 'INBOX', 'INBOX')",
                  "INSERT INTO messages (folder_id, uid) VALUES (1, 5)",
                  "INSERT INTO messages (folder_id, uid) VALUES (1, 6)",
                  "INSERT INTO bodies VALUES (1, 5, x'48656c6c6f')", "PRAGMA user_version=1"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        MailCache cache(path);
        const Error error = cache.open();
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(cache.body(1, 5).value_or(QByteArray()), QByteArray("Hello"));
        QCOMPARE(cache.uidsWithoutBody(1), QList<quint32>{6});
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'bodies'")));
        QVERIFY(!q.next());
        QCOMPARE(cache.message(1, 6)->preview, QString());
    }

    // A cache of schema 2 gains previews: its messages and bodies stay, each without a preview
    // until one is made; an empty preview counts as made.
    void schemaTwoCacheGainsPreviews()
    {
        const QString path = dbPath("two.sqlite");
        {
            MailCache cache(path);
            QVERIFY(!cache.open().isError());
            const qint64 inbox = addFolder(cache, "INBOX");
            for (quint32 uid = 1; uid <= 3; ++uid)
                addMessage(cache, inbox, uid, false);
            cache.storeBody(inbox, 2, "Subject: two\r\n\r\nhello\r\n");
            QSqlQuery q(cache.database());
            for (const char *sql :
                 {"ALTER TABLE messages DROP COLUMN preview", "PRAGMA user_version=2"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        MailCache cache(path);
        const Error error = cache.open();
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(cache.body(1, 2).value_or(QByteArray()),
                 QByteArray("Subject: two\r\n\r\nhello\r\n"));
        MessageQuery query;
        query.folderId = 1;
        query.withoutPreview = true;
        QCOMPARE(cache.messages(query).size(), 3);
        QVERIFY(cache.messages(query).constFirst().preview.isNull());
        cache.setPreview(1, 3, QStringLiteral("Hello there"));
        cache.setPreview(1, 1, QString());
        QVERIFY(!cache.takeError().isError());
        QCOMPARE(cache.messages(query).size(), 1);
        QCOMPARE(cache.message(1, 3)->preview, QStringLiteral("Hello there"));
        QVERIFY(!cache.message(1, 1)->preview.isNull());
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMailCache)
#include "tst_mailcache.moc"
