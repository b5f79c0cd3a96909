#include "sendcommand.h"

#include "clioutput.h"
#include "messagefile.h"
#include "service/accounts.h"
#include "service/sendjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

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
    return QStringList{key("flush"), key("queue-only"), key("accept-fingerprint")} +
           composeOptions();
}

QStringList SendCommand::composeOptions()
{
    return {key("to"), key("cc"), key("subject"), key("body"), key("attach")};
}

std::optional<OutgoingMessage> SendCommand::compose(const Account &account, Error *error) const
{
    OutgoingMessage message;
    message.from = {account.name, account.email};
    const struct
    {
        const char *option;
        QList<MimeMailbox> *list;
    } lists[] = {{"to", &message.to}, {"cc", &message.cc}};
    for (const auto &list : lists) {
        for (const QString &value : m_parser.values(key(list.option))) {
            const std::optional<QList<MimeMailbox>> mailboxes =
                OutgoingMessage::parseMailboxes(value, error);
            if (!mailboxes)
                return std::nullopt;
            *list.list += *mailboxes;
        }
    }
    message.subject = m_parser.value(key("subject"));
    message.text = m_parser.value(key("body"));
    for (const QString &path : m_parser.values(key("attach"))) {
        const std::optional<OutgoingAttachment> attachment =
            OutgoingAttachment::fromFile(path, error);
        if (!attachment)
            return std::nullopt;
        message.attachments.append(*attachment);
    }
    return message;
}

void SendCommand::start(const Account &account, const std::optional<QString> &password,
                        const QString &file)
{
    const bool flush = m_parser.isSet(key("flush"));
    const QStringList composeNames = composeOptions();
    const bool composing =
        std::any_of(composeNames.cbegin(), composeNames.cend(),
                    [this](const QString &name) { return m_parser.isSet(name); });
    if (int(!file.isEmpty()) + int(flush) + int(composing) != 1) {
        emit finished(Error(Error::Category::Usage,
                            tr("Give one of: a message file to send (\"-\": standard input), "
                               "--to with --subject and --body to write one, or --flush to send "
                               "what waits in the outbox.")));
        return;
    }
    if (composing && !m_parser.isSet(key("to"))) {
        emit finished(Error(Error::Category::Usage, tr("Say whom to send to with --to.")));
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
    Error error;
    const std::optional<OutgoingMessage> composed =
        composing ? compose(account, &error) : std::nullopt;
    if (error.isError()) {
        emit finished(error);
        return;
    }
    SendJob *job = m_accounts->send(account, password);
    if (composed)
        job->setMessage(*composed);
    else
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
