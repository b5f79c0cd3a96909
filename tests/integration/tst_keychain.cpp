#include "accounts/secretjob.h"
#include "jobrun.h"
#include "testbed.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

using SecretRun = Satchel::Test::JobRun<SecretJob>;

QString uniqueKey()
{
    return QStringLiteral("test-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
}

// What the real Secret Service holds, read with libsecret's own tool.
QString secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), SecretJob::serviceName(),
                QStringLiteral("user"), key});
    tool.waitForFinished(10000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void writeReadDeleteInTheRealSecretService()
    {
        const QString key = uniqueKey();
        const QString password = QStringLiteral("app-pässword-%1").arg(key);
        {
            SecretRun write(SecretJob::write(key, password));
            QTRY_VERIFY_WITH_TIMEOUT(write.done, 10000);
            QVERIFY2(!write.job->error().isError(), qPrintable(write.job->error().message()));
        }
        QCOMPARE(secretToolLookup(key), password);
        {
            SecretRun read(SecretJob::read(key));
            QTRY_VERIFY_WITH_TIMEOUT(read.done, 10000);
            QVERIFY2(!read.job->error().isError(), qPrintable(read.job->error().message()));
            QCOMPARE(read.job->password(), password);
        }
        {
            SecretRun remove(SecretJob::remove(key));
            QTRY_VERIFY_WITH_TIMEOUT(remove.done, 10000);
            QVERIFY(!remove.job->error().isError());
        }
        QVERIFY(secretToolLookup(key).isEmpty());
    }

    void missingPasswordSaysWhatToDo()
    {
        SecretRun read(SecretJob::read(uniqueKey()));
        QTRY_VERIFY_WITH_TIMEOUT(read.done, 10000);
        QCOMPARE(read.job->error().category(), Error::Category::Keychain);
        QVERIFY(read.job->error().message().contains(QLatin1String("--password-stdin")));
    }

    void aJobDeletedBeforeTheKeychainAnswersIsHarmless()
    {
        // The GUI drops jobs whose window closed: the keychain's late answer must not reach them.
        QList<SecretJob *> pending;
        for (int i = 0; i < 4; ++i) {
            pending.append(SecretJob::read(uniqueKey()));
            pending.last()->start();
        }
        QTest::qWait(1);
        qDeleteAll(pending);
        QTest::qWait(300);
        SecretRun read(SecretJob::read(uniqueKey()));
        QTRY_VERIFY_WITH_TIMEOUT(read.done, 10000);
        QCOMPARE(read.job->error().category(), Error::Category::Keychain);
    }

    void deletingWhatIsNotThereIsFine()
    {
        SecretRun remove(SecretJob::remove(uniqueKey()));
        QTRY_VERIFY_WITH_TIMEOUT(remove.done, 10000);
        QVERIFY(!remove.job->error().isError());
    }

    void withoutAKeychainNothingIsStoredAnywhere()
    {
        // satchel-cli on a session bus that does not exist: a clear error, and the password in
        // no file of the profile.
        QTemporaryDir profile;
        const QString password = QStringLiteral("never-on-disk-%1").arg(uniqueKey());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=%1/no-bus").arg(profile.path()));
        env.remove(QStringLiteral("DISPLAY"));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("SATCHEL_CLI"),
                  {QStringLiteral("--profile"), profile.path(), QStringLiteral("account"),
                   QStringLiteral("add"), QStringLiteral("nokeychain@example.test"),
                   QStringLiteral("--imap"), QStringLiteral("imaps://127.0.0.1:1"),
                   QStringLiteral("--no-verify"), QStringLiteral("--password-stdin")});
        QVERIFY(cli.waitForStarted());
        cli.write(password.toUtf8() + '\n');
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(30000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("keychain")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("never in a file")), qPrintable(err));

        QDirIterator it(profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(password.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!content.contains("nokeychain@example.test"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
