#include "smtp/outbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

SubmissionMessage message(const QByteArray &subject)
{
    Error error;
    return *SubmissionMessage::prepare("From: a@x.test\r\nTo: b@x.test\r\nSubject: " + subject +
                                           "\r\n\r\nbody\r\n",
                                       QStringLiteral("a@x.test"), &error);
}

void backdate(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-7200),
                             QFileDevice::FileModificationTime));
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void addsDurablyAndListsInOrder()
    {
        QTemporaryDir profile;
        Outbox outbox(Outbox::directoryFor(profile.path(), QStringLiteral("acc")));
        QCOMPARE(outbox.directory(), profile.path() + QStringLiteral("/outbox/acc"));
        OutboxEntry first;
        OutboxEntry second;
        QVERIFY(!outbox.add(message("one"), &first).isError());
        QTest::qWait(2); // distinct millisecond in the id
        QVERIFY(!outbox.add(message("two"), &second).isError());
        QVERIFY(first.id < second.id);

        Error error;
        const QList<OutboxEntry> entries = outbox.entries(&error);
        QVERIFY(!error.isError());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].subject, QStringLiteral("one"));
        QCOMPARE(entries[0].state, OutboxEntry::State::Queued);
        QCOMPARE(entries[0].envelope.recipients, QStringList{QStringLiteral("b@x.test")});
        QCOMPARE(entries[1].messageId, second.messageId);
        const std::optional<QByteArray> bytes = outbox.message(entries[0], &error);
        QVERIFY(bytes && bytes->endsWith("\r\n\r\nbody\r\n"));
        QCOMPARE(QFile::permissions(outbox.directory() + QLatin1Char('/') + first.id +
                                    QStringLiteral(".eml")),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        // Nothing but the two pairs of files: no temporary files left behind.
        QCOMPARE(QDir(outbox.directory()).entryList(QDir::Files).size(), 4);
    }

    void recordsStateChangesAndRemoves()
    {
        QTemporaryDir profile;
        Outbox outbox(profile.path());
        OutboxEntry entry;
        QVERIFY(!outbox.add(message("state"), &entry).isError());
        entry.state = OutboxEntry::State::Sent;
        entry.recipients = {{QStringLiteral("b@x.test"), true, QStringLiteral("250 2.0.0 Ok")},
                            {QStringLiteral("c@x.test"), false, QStringLiteral("550 no")}};
        QVERIFY(!outbox.update(entry, DurableFile::Sync::Disk).isError());
        Error error;
        OutboxEntry loaded = outbox.entries(&error).value(0);
        QCOMPARE(loaded.state, OutboxEntry::State::Sent);
        QCOMPARE(loaded.recipients.size(), 2);
        QVERIFY(!loaded.recipients[1].accepted);
        QCOMPARE(loaded.recipients[1].reply, QStringLiteral("550 no"));
        QCOMPARE(loaded.toJson(), entry.toJson());

        QVERIFY(!outbox.remove(entry).isError());
        QVERIFY(outbox.entries(&error).isEmpty());
        QVERIFY(QDir(profile.path()).entryList(QDir::Files).isEmpty());
    }

    void leftoversOfAnInterruptedAddGoOnlyWhenOld()
    {
        QTemporaryDir profile;
        Outbox outbox(profile.path());
        const QString orphan = profile.filePath(QStringLiteral("20240101T000000000-1.eml"));
        const QString temporary = profile.filePath(QStringLiteral("x.json.tmp-1"));
        for (const QString &path : {orphan, temporary}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("partial");
        }
        Error error;
        QVERIFY(outbox.entries(&error).isEmpty());
        QVERIFY(QFile::exists(orphan)); // could be another process's add in progress
        backdate(orphan);
        backdate(temporary);
        QVERIFY(outbox.entries(&error).isEmpty());
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(!QFile::exists(temporary));
        QVERIFY(!error.isError());
    }

    void damagedRecordIsReported()
    {
        QTemporaryDir profile;
        Outbox outbox(profile.path());
        OutboxEntry good;
        QVERIFY(!outbox.add(message("fine"), &good).isError());
        QFile damaged(profile.filePath(QStringLiteral("20000101T000000000-0.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"id\": 12");
        damaged.close();
        Error error;
        const QList<OutboxEntry> entries = outbox.entries(&error);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].id, good.id);
        QVERIFY(error.isError());
        QVERIFY(error.message().contains(QLatin1String("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
