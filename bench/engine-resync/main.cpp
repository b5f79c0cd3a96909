// A running Satchel's resync, timed inside the process: the account worker keeps its IMAP
// connection between syncs, as the desktop app does, so what is measured is the sync itself
// rather than process start, TLS and login (satchel-cli pays those on every run). Previews are
// skipped as satchel-cli sync skips them: the app makes them in the background after a sync, in
// 50-message steps between requests, which is not the sync's time.
//
//   engine-resync --profile DIR [--ca-file PEM] ACCOUNT < input
//
// The first line of input is the password; then each line "sync" runs one header sync and
// prints one JSON line {"seconds", "added", "changed", "removed"}; end of input quits.

#include "common/profile.h"
#include "service/accounts.h"
#include "service/mailjobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Satchel;

namespace {

void reply(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "engine-resync: %s\n", qPrintable(message));
    return 2;
}

class Driver : public QObject
{
public:
    Driver(Accounts *accounts, Account account)
        : m_accounts(accounts)
        , m_account(std::move(account))
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_stdin, &QSocketNotifier::activated, this, &Driver::readInput);
    }

private:
    void readInput()
    {
        char chunk[4096];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            m_stdin.setEnabled(false);
            m_atEnd = true;
        } else {
            m_buffer.append(chunk, got);
        }
        nextLine();
    }

    // One line at a time: a sync must end before the next line is looked at.
    void nextLine()
    {
        if (m_busy)
            return;
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_atEnd)
                QCoreApplication::quit();
            return;
        }
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        if (m_password.isNull())
            m_password = QString::fromUtf8(line);
        else if (line == "sync")
            sync();
        QMetaObject::invokeMethod(this, &Driver::nextLine, Qt::QueuedConnection);
    }

    void sync()
    {
        m_busy = true;
        SyncJob *job = m_accounts->sync(m_account, m_password);
        job->setPreviews(SyncJob::Previews::Skip);
        auto clock = std::make_shared<QElapsedTimer>();
        connect(job, &Job::finished, this, [this, job, clock] {
            const double seconds = double(clock->nsecsElapsed()) / 1e9;
            QJsonObject result{{QStringLiteral("seconds"), seconds}};
            quint32 added = 0, changed = 0, removed = 0;
            for (const ImapAccountSync::FolderResult &folder : job->report().folders) {
                added += folder.stats.added;
                changed += folder.stats.changed;
                removed += folder.stats.removed;
            }
            result.insert(QStringLiteral("added"), qint64(added));
            result.insert(QStringLiteral("changed"), qint64(changed));
            result.insert(QStringLiteral("removed"), qint64(removed));
            if (job->error().isError())
                result.insert(QStringLiteral("error"), job->error().message());
            reply(result);
            m_busy = false;
            nextLine();
        });
        clock->start();
        job->start();
    }

    Accounts *m_accounts;
    Account m_account;
    QSocketNotifier m_stdin;
    QByteArray m_buffer;
    QString m_password;
    bool m_busy = false;
    bool m_atEnd = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QStringLiteral("profile"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("ca-file"), QStringLiteral("CA"), QStringLiteral("pem")});
    parser.addPositionalArgument(QStringLiteral("account"), QStringLiteral("id or address"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("one account, please"));
    Accounts accounts(Profile::resolve(parser.value(QStringLiteral("profile"))));
    if (const Error error = accounts.load(); error.isError())
        return fail(error.message());
    QString problem;
    if (parser.isSet(QStringLiteral("ca-file")) &&
        !accounts.tlsPolicy().addCaFile(parser.value(QStringLiteral("ca-file")), &problem))
        return fail(problem);
    const std::optional<Account> account = accounts.find(parser.positionalArguments().first());
    if (!account)
        return fail(QStringLiteral("no such account"));
    Driver driver(&accounts, *account);
    return app.exec();
}
