#pragma once

#include "common/error.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>

namespace Satchel {

class Accounts;
struct Account;
struct FolderInfo;
struct MailChangeRequest;
struct ServiceCheckResult;

// satchel-cli, the headless face of the core (shared/cli.md). It parses the command line, calls
// the same Accounts API as the GUI, prints the result and ends with the contract's exit status.
class Cli : public QObject
{
    Q_OBJECT

public:
    explicit Cli(QObject *parent = nullptr);
    ~Cli() override;

    // Runs a command; done() follows exactly once, when it has ended (connect it queued).
    void start(const QStringList &arguments);

signals:
    void done(int exitStatus);

private:
    void addOptions();
    bool setUp();
    void dispatch(const QStringList &words);
    bool checkOptions(const QStringList &allowed);
    void accountAdd(const QString &email);
    void accountAddDiscover(const QString &email);
    void printAdded(const Account &account);
    void discover(const QString &email);
    void accountList();
    void accountShow(const QString &idOrEmail);
    void accountRemove(const QString &idOrEmail);
    void check(const QString &idOrEmail);
    void folders(const QString &idOrEmail);
    void printFolders(const QList<FolderInfo> &folders);
    static bool isMailCommand(const QString &command);
    void mailCommand(const QString &command, const QStringList &arguments);
    bool messageNamed(MailChangeRequest *request);
    std::optional<MailChangeRequest> mailChange(const QString &command,
                                                const QStringList &arguments);
    // The account named on the command line and the password given on stdin, if any; false
    // when the command has ended with an error already.
    bool accountAndPassword(const QString &idOrEmail, Account *account,
                            std::optional<QString> *password);
    void printCheckResults(const QList<ServiceCheckResult> &results);
    std::optional<Account> accountArgument(const QString &idOrEmail);
    bool buildServices(Account *account);
    bool acceptFingerprints();

public:
    // The error's sentence, with what to do next where only the CLI knows it.
    static QString sentence(const Error &error);

private:
    void finishWith(const Error &error);
    void finish(int exitStatus);
    bool usageError(const QString &sentence);

    QCommandLineParser m_parser;
    std::unique_ptr<Accounts> m_accounts;
};

} // namespace Satchel
