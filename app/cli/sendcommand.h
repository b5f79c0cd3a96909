#pragma once

#include "accounts/account.h"
#include "mime/outgoingmessage.h"
#include "service/outboxreport.h"

#include <QCommandLineParser>
#include <QObject>

#include <optional>

namespace Satchel {

class Accounts;
class SendJob;

// `satchel-cli send ID FILE.eml`, `send ID --to A [--cc B] --subject S --body TEXT [--attach F]…`,
// `send ID --flush`, and --queue-only with the first two: puts the message in the account's
// outbox, sends what the outbox holds, and prints what became of each
// message (with --json as one document); each message's own trouble goes to stderr as a warning
// unless it is the error the command ends with.
class SendCommand : public QObject
{
    Q_OBJECT

public:
    SendCommand(Accounts *accounts, const QCommandLineParser &parser, QObject *parent = nullptr);

    // The options the command takes besides the global ones.
    static QStringList optionNames();

    // file: the message ("-" for standard input), or empty with --flush or --to.
    void start(const Account &account, const std::optional<QString> &password, const QString &file);

signals:
    // The error that matters most across the messages, or none: the caller prints its sentence
    // and exits with its status.
    void finished(const Satchel::Error &error);

private:
    static QStringList composeOptions();
    // The message --to, --cc, --subject, --body and --attach describe, from the account.
    std::optional<OutgoingMessage> compose(const Account &account, Error *error) const;
    void onFinished(const SendJob *job);
    void printText(const SendJob *job) const;
    void printJson(const SendJob *job) const;

    Accounts *m_accounts;
    const QCommandLineParser &m_parser;
};

} // namespace Satchel
