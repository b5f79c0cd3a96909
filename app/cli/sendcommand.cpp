#include "sendcommand.h"

#include "clioutput.h"
#include "messagefile.h"
#include "service/accounts.h"
#include "service/sendjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Satchel {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString subjectOf(const OutboxReport &report)
{
    return report.subject.isEmpty() ? SendCommand::tr("(no subject)") : report.subject;
}

QStringList accepted(const OutboxReport &report)
{
    QStringList list;
    for (const SmtpRecipientResult &result : report.recipients) {
        if (result.accepted)
            list << result.address;
    }
    return list;
}

QJsonObject reportJson(const OutboxReport &report)
{
    QJsonArray recipients;
    for (const SmtpRecipientResult &result : report.recipients)
        recipients.append(QJsonObject{{key("address"), result.address},
                                      {key("accepted"), result.accepted},
                                      {key("reply"), result.reply}});
    QJsonObject object{{key("id"), report.id},
                       {key("messageId"), report.messageId},
                       {key("subject"), report.subject},
                       {key("state"), OutboxEntry::stateName(report.state)},
                       {key("recipients"), recipients}};
    if (report.error.isError())
        object.insert(key("error"), report.error.message());
    if (report.copyError.isError())
        object.insert(key("copyError"), report.copyError.message());
    return object;
}

} // namespace

SendCommand::SendCommand(Accounts *accounts, const QCommandLineParser &parser, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_parser(parser)
{}

QStringList SendCommand::optionNames()
{
    return {key("flush"), key("queue-only"), key("accept-fingerprint")};
}

void SendCommand::start(const Account &account, const std::optional<QString> &password,
                        const QString &file)
{
    const bool flush = m_parser.isSet(key("flush"));
    if (file.isEmpty() == !flush) {
        emit finished(Error(Error::Category::Usage,
                            tr("Give either a message file to send (\"-\": standard input) or "
                               "--flush to send what waits in the outbox.")));
        return;
    }
    if (file == QLatin1String("-") && m_parser.isSet(key("password-stdin"))) {
        emit finished(Error(Error::Category::Usage,
                            tr("The message and the password cannot both come from standard "
                               "input; give the message as a file.")));
        return;
    }
    QByteArray message;
    QString problem;
    if (!file.isEmpty() && !MessageFile::read(file, &message, &problem)) {
        emit finished(Error(Error::Category::Input, problem));
        return;
    }
    SendJob *job = m_accounts->send(account, password);
    job->setMessage(message);
    job->setQueueOnly(m_parser.isSet(key("queue-only")));
    connect(job, &Job::finished, this, [this, job] { onFinished(job); });
    job->start();
}

void SendCommand::onFinished(const SendJob *job)
{
    if (m_parser.isSet(key("json")))
        printJson(job);
    else
        printText(job);
    for (const OutboxReport &report : job->reports()) {
        if (report.error.isError() && report.error.message() != job->error().message())
            CliOutput::printWarning(report.error.message());
        if (report.copyError.isError())
            CliOutput::printWarning(tr("\"%1\" was sent, but no copy was filed in Sent: %2")
                                        .arg(subjectOf(report), report.copyError.message()));
    }
    if (job->heldBefore() > 0)
        CliOutput::printWarning(
            tr("%n message(s) refused earlier are held in the outbox.", "", job->heldBefore()));
    emit finished(job->error());
}

void SendCommand::printText(const SendJob *job) const
{
    for (const OutboxReport &report : job->reports()) {
        switch (report.state) {
        case OutboxEntry::State::Sent:
        case OutboxEntry::State::Copied:
            CliOutput::printLine(
                tr("Sent \"%1\" to %2.").arg(subjectOf(report), accepted(report).join(u", ")));
            break;
        case OutboxEntry::State::Queued:
        case OutboxEntry::State::Sending:
            CliOutput::printLine(tr("\"%1\" waits in the outbox.").arg(subjectOf(report)));
            break;
        case OutboxEntry::State::Held:
            CliOutput::printLine(tr("\"%1\" is held in the outbox.").arg(subjectOf(report)));
            break;
        }
    }
}

void SendCommand::printJson(const SendJob *job) const
{
    QJsonArray messages;
    for (const OutboxReport &report : job->reports())
        messages.append(reportJson(report));
    QJsonObject root{{key("messages"), messages}, {key("heldBefore"), job->heldBefore()}};
    if (!job->queuedId().isEmpty())
        root.insert(key("queuedId"), job->queuedId());
    CliOutput::printJson(QJsonDocument(root));
}

} // namespace Satchel
