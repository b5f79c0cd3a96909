#include "mailcommands.h"

#include "clioutput.h"
#include "mime/mimemessage.h"
#include "mimeoutput.h"
#include "service/accounts.h"
#include "service/mailjobs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Satchel {

namespace {

QString flagsText(const QList<QByteArray> &flags)
{
    return QString::fromUtf8(flags.join(' '));
}

QJsonArray flagsJson(const QList<QByteArray> &flags)
{
    QJsonArray array;
    for (const QByteArray &flag : flags)
        array.append(QString::fromUtf8(flag));
    return array;
}

QDateTime shownDate(const CachedMessage &message)
{
    return message.date.isValid() ? message.date : message.internalDate;
}

} // namespace

MailCommands::MailCommands(Accounts *accounts, bool json, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_json(json)
{}

void MailCommands::sync(const Account &account, const std::optional<QString> &password,
                        const QString &folder, bool bodies)
{
    SyncJob *job = m_accounts->sync(account, password);
    job->setFolder(folder);
    job->setFetchBodies(bodies);
    // Without waiting, a previews step would only hold up the exit.
    job->setPreviews(m_waitForPreviews ? SyncJob::Previews::Wait : SyncJob::Previews::Skip);
    connect(job, &Job::finished, this, [this, job] {
        printRefusals(job->report().refused);
        if (!job->error().isError())
            printSync(job->report());
        emit finished(job->error());
    });
    job->start();
}

void MailCommands::printSync(const SyncReport &report)
{
    QJsonArray folders;
    for (const ImapAccountSync::FolderResult &result : report.folders) {
        const ImapFolderSync::Stats &stats = result.stats;
        folders.append(QJsonObject{{QStringLiteral("folder"), result.name},
                                   {QStringLiteral("added"), qint64(stats.added)},
                                   {QStringLiteral("changed"), qint64(stats.changed)},
                                   {QStringLiteral("removed"), qint64(stats.removed)},
                                   {QStringLiteral("bodies"), qint64(stats.bodies)}});
        if (!m_json && stats.added + stats.changed + stats.removed + stats.bodies > 0) {
            CliOutput::printLine(tr("%1: %2 new, %3 changed, %4 removed, %5 downloaded")
                                     .arg(result.name)
                                     .arg(stats.added)
                                     .arg(stats.changed)
                                     .arg(stats.removed)
                                     .arg(stats.bodies));
        }
    }
    if (m_json) {
        CliOutput::printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("folders"), folders},
                                      {QStringLiteral("replayedChanges"), report.replayed}}));
    } else {
        CliOutput::printLine(tr("%n folder(s) in sync.", nullptr, int(report.folders.size())));
    }
}

void MailCommands::list(const Account &account, const QString &folder, const MessageQuery &query)
{
    MessageListJob *job = m_accounts->messages(account);
    job->setFolder(folder);
    job->setQuery(query);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->error().isError())
            printList(job->messages());
        emit finished(job->error());
    });
    job->start();
}

void MailCommands::printList(const QList<CachedMessage> &messages)
{
    QJsonArray array;
    for (const CachedMessage &message : messages) {
        const QString date = shownDate(message).toString(Qt::ISODate);
        if (m_json) {
            array.append(QJsonObject{{QStringLiteral("uid"), qint64(message.uid)},
                                     {QStringLiteral("date"), date},
                                     {QStringLiteral("from"), message.from},
                                     {QStringLiteral("subject"), message.subject},
                                     {QStringLiteral("flags"), flagsJson(message.flags)},
                                     {QStringLiteral("size"), qint64(message.size)},
                                     {QStringLiteral("preview"), message.preview}});
        } else {
            CliOutput::printLine(
                QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(message.uid)
                    .arg(date, message.from, message.subject, flagsText(message.flags)));
        }
    }
    if (m_json)
        CliOutput::printJson(QJsonDocument(array));
}

void MailCommands::read(const Account &account, const std::optional<QString> &password,
                        const QString &folder, quint32 uid, bool raw)
{
    ReadMessageJob *job = m_accounts->read(account, password);
    job->setMessage(folder, uid);
    connect(job, &Job::finished, this, [this, job, raw] {
        if (!job->error().isError()) {
            if (raw) {
                CliOutput::writeRaw(job->bytes());
            } else {
                const MimeMessage message = MimeMessage::parse(job->bytes());
                if (m_json)
                    CliOutput::printJson(QJsonDocument(MimeOutput::json(message)));
                else
                    CliOutput::printLine(MimeOutput::text(message));
            }
        }
        emit finished(job->error());
    });
    job->start();
}

void MailCommands::change(const Account &account, const std::optional<QString> &password,
                          const MailChangeRequest &request)
{
    MailChangeJob *job = m_accounts->change(account, password);
    job->setRequest(request);
    connect(job, &Job::finished, this, [this, job] {
        const ChangeReport &report = job->report();
        if (report.queued) {
            CliOutput::printWarning(
                tr("The server cannot be reached; the change is saved and will be made when it "
                   "can (the next command that connects, or sync)."));
        }
        Error error = job->error();
        QList<ImapChangeReplay::Refusal> earlier;
        for (const ImapChangeReplay::Refusal &refusal : report.refused) {
            if (refusal.change.id == report.changeId)
                error = refusal.error;
            else
                earlier.append(refusal);
        }
        printRefusals(earlier);
        emit finished(error);
    });
    job->start();
}

void MailCommands::printRefusals(const QList<ImapChangeReplay::Refusal> &refused)
{
    for (const ImapChangeReplay::Refusal &refusal : refused) {
        CliOutput::printWarning(tr("A change made offline was refused by the server and dropped "
                                   "(%1): %2")
                                    .arg(refusal.change.description(), refusal.error.message()));
    }
}

} // namespace Satchel
