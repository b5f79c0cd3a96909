#include "store/mailcache.h"
#include "store/sharedtransaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

// Folder syncs running at once share the cache's one transaction: a checkpoint commits everyone's
// writes, and a writer that fails never rolls back what another wrote. A second connection to the
// database sees what was committed.
class TestSharedTransaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 addFolder(MailCache &cache, const QByteArray &name)
    {
        CachedFolder folder;
        folder.rawName = name;
        folder.name = QString::fromLatin1(name);
        return cache.upsertFolder(folder);
    }

    static void addMessage(MailCache &cache, qint64 folder, quint32 uid)
    {
        CachedMessage message;
        message.uid = uid;
        message.subject = QStringLiteral("message %1").arg(uid);
        cache.insertMessage(folder, message);
    }

    // What another connection sees committed in the folder.
    quint32 committed(const QString &path, qint64 folder) const
    {
        MailCache reader(path);
        if (reader.open().isError())
            return 9999;
        return reader.count(folder);
    }

private slots:
    void checkpointCommitsEveryWritersMessages()
    {
        const QString path = m_dir.filePath(QStringLiteral("checkpoint.sqlite"));
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        const qint64 a = addFolder(cache, "A");
        const qint64 b = addFolder(cache, "B");
        SharedTransaction transaction(&cache);
        transaction.join();
        transaction.join();
        addMessage(cache, a, 1);
        addMessage(cache, b, 1);
        addMessage(cache, b, 2);
        QCOMPARE(committed(path, a), 0u);
        QVERIFY(transaction.checkpoint());
        QCOMPARE(committed(path, a), 1u);
        QCOMPARE(committed(path, b), 2u);
        addMessage(cache, b, 3);
        QVERIFY(transaction.leave());
        QCOMPARE(committed(path, b), 3u);
        addMessage(cache, a, 2); // the other writer is still in: its transaction is open
        QCOMPARE(committed(path, a), 1u);
        QVERIFY(transaction.leave());
        QCOMPARE(committed(path, a), 2u);
    }

    void failingBesideAnotherKeepsBothWriters()
    {
        const QString path = m_dir.filePath(QStringLiteral("beside.sqlite"));
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        const qint64 a = addFolder(cache, "A");
        const qint64 b = addFolder(cache, "B");
        SharedTransaction transaction(&cache);
        transaction.join();
        transaction.join();
        addMessage(cache, a, 1);
        addMessage(cache, b, 1);
        transaction.abandon(); // a fails: b's message must survive, and a's whole one with it
        addMessage(cache, b, 2);
        QVERIFY(transaction.leave());
        QCOMPARE(committed(path, a), 1u);
        QCOMPARE(committed(path, b), 2u);
    }

    void failingAloneRollsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("alone.sqlite"));
        MailCache cache(path);
        QVERIFY(!cache.open().isError());
        const qint64 a = addFolder(cache, "A");
        SharedTransaction transaction(&cache);
        transaction.join();
        addMessage(cache, a, 1);
        QVERIFY(transaction.checkpoint());
        addMessage(cache, a, 2);
        transaction.abandon();
        QCOMPARE(committed(path, a), 1u);
        QCOMPARE(cache.count(a), 1u);
        // The next writer starts a transaction of its own.
        transaction.join();
        addMessage(cache, a, 3);
        QVERIFY(transaction.leave());
        QCOMPARE(committed(path, a), 2u);
    }
};

QTEST_GUILESS_MAIN(TestSharedTransaction)
#include "tst_sharedtransaction.moc"
