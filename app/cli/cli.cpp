#include "cli.h"

#include "accounts/serviceurl.h"
#include "clioutput.h"
#include "discoveraddcommand.h"
#include "discovercommand.h"
#include "exportcommand.h"
#include "mailcommands.h"
#include "net/certificatepins.h"
#include "networkoptions.h"
#include "parsecommand.h"
#include "sendcommand.h"
#include "service/accounts.h"
#include "service/addaccountjob.h"
#include "service/checkjob.h"
#include "service/foldersjob.h"
#include "service/removeaccountjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

namespace Satchel {

namespace {

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

const QStringList globalOptions = {opt("profile"),        opt("ca-file"),    opt("json"),
                                   opt("password-stdin"), opt("verbose"),    opt("help"),
                                   opt("version"),        opt("connect-to"), opt("dns-server")};

QJsonObject serviceJson(const ServiceConfig &service, const QString &fallbackUsername)
{
    QJsonObject object{
        {opt("type"), serviceTypeName(service.type)},
        {opt("host"), service.host},
        {opt("port"), service.port},
        {opt("security"), securityName(service.security)},
        {opt("username"), service.username.isEmpty() ? fallbackUsername : service.username}};
    const QString url = serviceUrl(service);
    if (!url.isEmpty())
        object.insert(opt("url"), url);
    return object;
}

QJsonObject accountJson(const Account &account)
{
    QJsonArray services;
    for (const ServiceConfig &service : account.services)
        services.append(serviceJson(service, account.email));
    QJsonObject object{{opt("id"), account.id},
                       {opt("email"), account.email},
                       {opt("name"), account.name},
                       {opt("services"), services}};
    if (account.serverSavesSent)
        object.insert(opt("serverSavesSent"), true);
    return object;
}

} // namespace

Cli::Cli(QObject *parent)
    : QObject(parent)
{
    addOptions();
}

Cli::~Cli() = default;

void Cli::addOptions()
{
    m_parser.setApplicationDescription(
        tr("Satchel's command line: set up accounts and check them.\n\n"
           "Commands:\n"
           "  account add EMAIL [--name N] [--imap URL | --pop URL] [--smtp URL]\n"
           "                    [--carddav URL] [--caldav URL] [--username U]\n"
           "                    [--password-stdin] [--no-verify] [--allow-plaintext]\n"
           "  account add EMAIL --discover [--approve-host DOMAIN]... [--incoming imap|pop3]\n"
           "                    [--report FILE] [--name N] [--username U] [--password-stdin]\n"
           "                    find the servers, log in to each (trying the provider's\n"
           "                    username forms and firewall proxies), then store the account\n"
           "  discover EMAIL [--report FILE] [--deadline SECONDS]\n"
           "                    find the settings of every service and check, without a\n"
           "                    password, that each server answers\n"
           "  account list\n"
           "  account show ID\n"
           "  account remove ID\n"
           "  check ID          log in to each service: ok, or what failed\n"
           "  folders ID        IMAP folders with their role, unread and total counts\n"
           "  sync ID [--folder F] [--bodies] [--previews]\n"
           "                    folders, headers and flags into the offline cache (with\n"
           "                    --bodies whole messages); makes changes saved offline\n"
           "                    (with --previews, waits for the newest messages' previews)\n"
           "  list ID [--folder F] [--limit N] [--unread] [--search TEXT]\n"
           "                    messages from the cache (works offline)\n"
           "  read ID --folder F --uid N [--raw]\n"
           "                    a message, from the cache or the server\n"
           "  flag ID --folder F --uid N (--seen|--unseen|--flagged|--unflagged)\n"
           "  move ID --folder F --uid N --to G\n"
           "  delete ID --folder F --uid N   to the Trash (in the Trash: for good)\n"
           "  mkdir ID NAME\n"
           "                    changes work offline too: saved, and made on the server\n"
           "                    at the next connection\n"
           "  parse FILE.eml    decoded headers and text of a message file (\"-\": stdin);\n"
           "                    with --json also its MIME tree\n"
           "  send ID FILE.eml  queue the message in the outbox and send the outbox; a copy\n"
           "                    goes to Sent (--queue-only: queue it for the next send)\n"
           "  send ID --to A [--cc B] --subject S --body TEXT [--attach FILE]...\n"
           "                    write a message and send it the same way\n"
           "  send ID --flush   send what waits in the outbox\n"
           "  export ID --format autoconfig|mobileconfig|sheet\n"
           "                    the account's settings for another device, never the password\n\n"
           "Servers are URLs: imaps://host:993, imap://host:143 (STARTTLS), pop3s://host:995,\n"
           "pop3://host:110 (STLS), smtps://host:465, smtp://host:587 (STARTTLS),\n"
           "https://host/path (CardDAV, CalDAV).\n\n"
           "A password goes only to servers in the address's domain or named by a trusted\n"
           "source (Satchel's provider list, the domain's autoconfig over HTTPS). A server\n"
           "elsewhere that plain DNS named needs --approve-host with its domain (on a\n"
           "terminal Satchel asks). --report FILE writes what every probe did and heard,\n"
           "never the password (JSON when FILE ends in .json), for your provider's support.\n\n"
           "Exit status: 0 ok, 1 the work failed, 2 bad usage or input, 3 network or TLS,\n"
           "4 authentication."));
    m_parser.addHelpOption();
    // Not addVersionOption(): it takes -v, which shared/cli.md gives to --verbose.
    m_parser.addOptions({
        {opt("version"), tr("Print the version.")},
        {opt("profile"), tr("Settings, cache and local mail live in <dir> (also SATCHEL_PROFILE)."),
         opt("dir")},
        {opt("ca-file"), tr("Also trust the CA certificates in <pem>."), opt("pem")},
        {opt("json"), tr("Machine-readable output: one JSON document on stdout.")},
        {opt("password-stdin"), tr("Read the app password from standard input.")},
        {{opt("v"), opt("verbose")}, tr("Protocol log on stderr, passwords redacted.")},
        {opt("name"), tr("The name shown as the sender."), opt("name")},
        {opt("imap"), tr("The IMAP server, as a URL."), opt("url")},
        {opt("pop"), tr("The POP3 server, as a URL."), opt("url")},
        {opt("smtp"), tr("The SMTP server, as a URL."), opt("url")},
        {opt("carddav"), tr("The CardDAV server, as an https URL."), opt("url")},
        {opt("caldav"), tr("The CalDAV server, as an https URL."), opt("url")},
        {opt("username"), tr("Log in as <name> instead of the email address."), opt("name")},
        {opt("no-verify"), tr("Store the account without logging in (offline setup).")},
        {opt("allow-plaintext"),
         tr("Allow imap://, pop3:// and smtp:// servers without encryption. Unsafe.")},
        {opt("folder"), tr("The folder (its name, or a role: inbox, sent, drafts, trash…)."),
         opt("folder")},
        {opt("bodies"), tr("sync: download whole messages for offline reading.")},
        {opt("previews"), tr("sync: finish once the previews of the newest messages are made.")},
        {opt("limit"), tr("list: at most <n> messages, newest first."), opt("n")},
        {opt("unread"), tr("list: unread messages only.")},
        {opt("search"), tr("list: messages whose subject or addresses contain <text>."),
         opt("text")},
        {opt("uid"), tr("The message's number, as list shows it."), opt("n")},
        {opt("raw"), tr("read: the message's exact bytes.")},
        {opt("seen"), tr("flag: mark as read.")},
        {opt("unseen"), tr("flag: mark as unread.")},
        {opt("flagged"), tr("flag: mark as flagged.")},
        {opt("unflagged"), tr("flag: remove the flag.")},
        {opt("server-saves-sent"),
         tr("The SMTP server files sent mail in Sent itself: Satchel files no copy.")},
        {opt("flush"), tr("send: send what waits in the outbox.")},
        {opt("to"),
         tr("send: a recipient, or several separated by commas; move: the destination folder."),
         opt("address")},
        {opt("cc"), tr("send: a recipient in copy, or several."), opt("address")},
        {opt("subject"), tr("send: the subject."), opt("text")},
        {opt("body"), tr("send: the text of the message."), opt("text")},
        {opt("attach"), tr("send: attach this file (repeat for more)."), opt("file")},
        {opt("queue-only"), tr("send: queue the message; it goes with the next send.")},
        {opt("format"),
         tr("What export prints: autoconfig (Thunderbird), mobileconfig (Apple) or sheet."),
         opt("format")},
        {opt("discover"), tr("Find the servers instead of giving them (account add).")},
        {opt("approve-host"),
         tr("Allow the password to go to servers in <domain>, outside the address's domain, "
            "that DNS named (repeatable)."),
         opt("domain")},
        {opt("incoming"), tr("With --discover: set up <type> (imap or pop3) for incoming mail."),
         opt("type")},
        {opt("report"), tr("Write the setup report to <file>."), opt("file")},
        {opt("deadline"), tr("Give discovery at most <seconds> (default 15)."), opt("seconds")},
        {opt("connect-to"),
         tr("Connect to HOST2:PORT2 whenever HOST:PORT is asked for, verifying TLS for HOST "
            "(like curl; repeatable)."),
         opt("HOST:PORT:HOST2:PORT2")},
        {opt("dns-server"),
         tr("Ask the DNS server at <address> (port 53) instead of the "
            "system's."),
         opt("address")},
        {opt("accept-fingerprint"),
         tr("Trust a certificate that fails verification if its SHA-256 fingerprint is <sha256>, "
            "and remember it for that server."),
         opt("sha256")},
    });
}

bool Cli::usageError(const QString &sentence)
{
    finishWith(Error(Error::Category::Usage, sentence));
    return false;
}

QString Cli::sentence(const Error &error)
{
    if (error.reason() == Error::Reason::NeedsApproval)
        return error.message() + QLatin1Char(' ') +
               tr("If that is your provider, run the command again with --approve-host %1.")
                   .arg(error.detail());
    if (error.certificateSha256().isEmpty())
        return error.message();
    return error.message() + QLatin1Char(' ') +
           tr("To trust it anyway, run the command again with --accept-fingerprint %1.")
               .arg(CertificatePins::formatFingerprint(error.certificateSha256()));
}

void Cli::finishWith(const Error &error)
{
    if (error.isError())
        CliOutput::printError(sentence(error));
    finish(CliOutput::exitCode(error));
}

void Cli::finish(int exitStatus)
{
    emit done(exitStatus);
}

void Cli::start(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        usageError(m_parser.errorText() + tr(" (see satchel-cli --help)"));
        return;
    }
    if (m_parser.isSet(opt("help"))) {
        CliOutput::printLine(m_parser.helpText());
        finish(0);
        return;
    }
    if (m_parser.isSet(opt("version"))) {
        CliOutput::printLine(QStringLiteral("satchel-cli %1").arg(QStringLiteral(SATCHEL_VERSION)));
        finish(0);
        return;
    }
    if (m_parser.isSet(opt("verbose"))) {
        QLoggingCategory::setFilterRules(QStringLiteral("satchel.*.debug=true"));
        qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
    }
    QString networkError;
    if (!NetworkOptions::apply(m_parser.values(opt("connect-to")),
                               m_parser.value(opt("dns-server")), &networkError)) {
        usageError(networkError);
        return;
    }
    const QStringList words = m_parser.positionalArguments();
    if (words.isEmpty()) {
        usageError(tr("Give a command, for example \"account list\" (see --help)."));
        return;
    }
    // parse works on a file alone: it must not need, create or read a profile.
    if (words.first() == QLatin1String("parse") || setUp())
        dispatch(words);
}

void Cli::dispatch(const QStringList &words)
{
    const QString &command = words.at(0);
    const QString sub = words.value(1);
    if (command == QLatin1String("account") && sub == QLatin1String("add") && words.size() == 3 &&
        m_parser.isSet(opt("discover"))) {
        if (checkOptions({opt("discover"), opt("name"), opt("username"), opt("no-verify"),
                          opt("accept-fingerprint"), opt("approve-host"), opt("incoming"),
                          opt("report"), opt("deadline")}))
            accountAddDiscover(words.at(2));
    } else if (command == QLatin1String("account") && sub == QLatin1String("add") &&
               words.size() == 3) {
        if (checkOptions({opt("name"), opt("imap"), opt("pop"), opt("smtp"), opt("carddav"),
                          opt("caldav"), opt("username"), opt("no-verify"), opt("allow-plaintext"),
                          opt("accept-fingerprint"), opt("server-saves-sent")}))
            accountAdd(words.at(2));
    } else if (command == QLatin1String("account") && sub == QLatin1String("list") &&
               words.size() == 2) {
        if (checkOptions({}))
            accountList();
    } else if (command == QLatin1String("account") && sub == QLatin1String("show") &&
               words.size() == 3) {
        if (checkOptions({}))
            accountShow(words.at(2));
    } else if (command == QLatin1String("account") && sub == QLatin1String("remove") &&
               words.size() == 3) {
        if (checkOptions({}))
            accountRemove(words.at(2));
    } else if (command == QLatin1String("account")) {
        usageError(tr("Use \"account add EMAIL\", \"account list\", \"account show ID\" or "
                      "\"account remove ID\"."));
    } else if (command == QLatin1String("check") && words.size() == 2) {
        if (checkOptions({opt("accept-fingerprint")}))
            check(words.at(1));
    } else if (command == QLatin1String("folders") && words.size() == 2) {
        if (checkOptions({opt("accept-fingerprint")}))
            folders(words.at(1));
    } else if (isMailCommand(command) &&
               words.size() == (command == QLatin1String("mkdir") ? 3 : 2)) {
        mailCommand(command, words.mid(1));
    } else if (command == QLatin1String("send") && (words.size() == 2 || words.size() == 3)) {
        Account account;
        std::optional<QString> password;
        if (checkOptions(SendCommand::optionNames()) &&
            accountAndPassword(words.at(1), &account, &password)) {
            auto *send = new SendCommand(m_accounts.get(), m_parser, this);
            connect(send, &SendCommand::finished, this, &Cli::finishWith);
            send->start(account, password, words.value(2));
        }
    } else if (command == QLatin1String("export") && words.size() == 2) {
        if (!checkOptions({opt("format")}))
            return;
        if (const std::optional<Account> account = accountArgument(words.at(1)))
            finish(ExportCommand::run(*account, m_parser.value(opt("format"))));
    } else if (command == QLatin1String("discover") && words.size() == 2) {
        if (checkOptions({opt("accept-fingerprint"), opt("report"), opt("deadline")}))
            discover(words.at(1));
    } else if (command == QLatin1String("parse") && words.size() == 2) {
        if (checkOptions({}))
            finish(ParseCommand::run(words.at(1), m_parser.isSet(opt("json"))));
    } else {
        usageError(tr("Unknown command \"%1\" (see satchel-cli --help).")
                       .arg(words.join(QLatin1Char(' '))));
    }
}

bool Cli::checkOptions(const QStringList &allowed)
{
    for (const QString &name : m_parser.optionNames()) {
        const QString longName = name == QLatin1String("v") ? opt("verbose") : name;
        if (!globalOptions.contains(longName) && !allowed.contains(longName))
            return usageError(tr("The option --%1 does not apply to this command.").arg(longName));
    }
    return true;
}

bool Cli::setUp()
{
    m_accounts = std::make_unique<Accounts>(Profile::resolve(m_parser.value(opt("profile"))));
    const Error error = m_accounts->load();
    if (error.isError()) {
        finishWith(error);
        return false;
    }
    if (m_parser.isSet(opt("ca-file"))) {
        QString message;
        if (!m_accounts->tlsPolicy().addCaFile(m_parser.value(opt("ca-file")), &message))
            return usageError(message);
    }
    return acceptFingerprints();
}

bool Cli::acceptFingerprints()
{
    for (const QString &text : m_parser.values(opt("accept-fingerprint"))) {
        const QByteArray digest = CertificatePins::parseFingerprint(text);
        if (digest.isEmpty())
            return usageError(tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits, "
                                 "colons allowed).")
                                  .arg(text));
        m_accounts->tlsPolicy().acceptedOnce.insert(digest);
    }
    return true;
}

std::optional<Account> Cli::accountArgument(const QString &idOrEmail)
{
    std::optional<Account> account = m_accounts->find(idOrEmail);
    if (!account)
        finishWith(Error(Error::Category::Usage,
                         tr("There is no account \"%1\" in this profile; \"satchel-cli account "
                            "list\" shows the accounts there are.")
                             .arg(idOrEmail)));
    return account;
}

bool Cli::buildServices(Account *account)
{
    if (m_parser.isSet(opt("imap")) && m_parser.isSet(opt("pop")))
        return usageError(tr("Give either --imap or --pop for incoming mail, not both."));
    const struct
    {
        const char *option;
        ServiceType type;
    } kinds[] = {{"imap", ServiceType::Imap},
                 {"pop", ServiceType::Pop3},
                 {"smtp", ServiceType::Smtp},
                 {"carddav", ServiceType::CardDav},
                 {"caldav", ServiceType::CalDav}};
    const bool plaintext = m_parser.isSet(opt("allow-plaintext"));
    for (const auto &kind : kinds) {
        if (!m_parser.isSet(opt(kind.option)))
            continue;
        QString error;
        std::optional<ServiceConfig> service =
            parseServiceUrl(kind.type, m_parser.value(opt(kind.option)), &error);
        if (!service)
            return usageError(error);
        if (service->username.isEmpty())
            service->username = m_parser.value(opt("username"));
        if (service->username.isEmpty())
            service->username = account->email;
        if (plaintext && service->security == Security::StartTls) {
            service->security = Security::Plain;
            service->allowPlaintext = true;
            CliOutput::printWarning(
                tr("%1 on %2 will be used without encryption: the password "
                   "and all mail can be read by anyone on the network.")
                    .arg(serviceTypeName(service->type), service->endpoint().hostAndPort()));
        }
        account->services.append(*service);
    }
    if (!account->incoming() && !account->service(ServiceType::Smtp))
        return usageError(tr("Give the servers: --imap URL or --pop URL for incoming mail, and "
                             "--smtp URL for sending."));
    return true;
}

void Cli::accountAdd(const QString &email)
{
    Account account;
    account.email = email;
    account.name = m_parser.value(opt("name"));
    account.serverSavesSent = m_parser.isSet(opt("server-saves-sent"));
    if (!buildServices(&account))
        return;
    const bool verify = !m_parser.isSet(opt("no-verify"));
    QString password;
    QString error;
    if ((verify || m_parser.isSet(opt("password-stdin"))) &&
        !CliOutput::readPassword(m_parser.isSet(opt("password-stdin")),
                                 tr("App password for %1: ").arg(email), &password, &error)) {
        finishWith(Error(Error::Category::Usage, error));
        return;
    }
    AddAccountJob *job = m_accounts->add(account, password);
    job->setVerify(verify);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->checkResults().isEmpty() && job->error().isError())
            printCheckResults(job->checkResults());
        if (job->error().isError()) {
            finishWith(job->error());
            return;
        }
        printAdded(job->account());
        finish(0);
    });
    job->start();
}

void Cli::printAdded(const Account &account)
{
    if (m_parser.isSet(opt("json")))
        CliOutput::printJson(QJsonDocument(accountJson(account)));
    else
        CliOutput::printLine(tr("Added %1 as account %2.").arg(account.email, account.id));
}

void Cli::discover(const QString &email)
{
    QString error;
    std::optional<DiscoverCommand::Options> options =
        DiscoverCommand::optionsFrom(m_parser, email, &error);
    if (!options) {
        usageError(error);
        return;
    }
    options->policy = m_accounts->tlsPolicy();
    auto *command = new DiscoverCommand(*options, this);
    connect(command, &DiscoverCommand::done, this, &Cli::finish);
    command->start();
}

void Cli::accountAddDiscover(const QString &email)
{
    QString error;
    const std::optional<DiscoverAddCommand::Options> options =
        DiscoverAddCommand::optionsFrom(m_parser, email, &error);
    if (!options) {
        usageError(error);
        return;
    }
    auto *command = new DiscoverAddCommand(m_accounts.get(), *options, this);
    connect(command, &DiscoverAddCommand::checked, this, &Cli::printCheckResults);
    connect(command, &DiscoverAddCommand::added, this, &Cli::printAdded);
    connect(command, &DiscoverAddCommand::done, this, &Cli::finish);
    command->start();
}

void Cli::accountList()
{
    const QList<Account> accounts = m_accounts->list();
    if (m_parser.isSet(opt("json"))) {
        QJsonArray array;
        for (const Account &account : accounts) {
            const std::optional<ServiceConfig> incoming = account.incoming();
            array.append(QJsonObject{
                {opt("id"), account.id},
                {opt("email"), account.email},
                {opt("name"), account.name},
                {opt("incoming"), incoming ? serviceTypeName(incoming->type) : QString()}});
        }
        CliOutput::printJson(QJsonDocument(array));
        finish(0);
        return;
    }
    for (const Account &account : accounts) {
        const std::optional<ServiceConfig> incoming = account.incoming();
        CliOutput::printLine(
            QStringLiteral("%1  %2  %3  %4")
                .arg(account.id, account.email,
                     incoming ? serviceTypeName(incoming->type) : QStringLiteral("-"),
                     account.name));
    }
    finish(0);
}

void Cli::accountShow(const QString &idOrEmail)
{
    const std::optional<Account> account = accountArgument(idOrEmail);
    if (!account)
        return;
    if (m_parser.isSet(opt("json"))) {
        CliOutput::printJson(QJsonDocument(accountJson(*account)));
        finish(0);
        return;
    }
    CliOutput::printLine(tr("%1 <%2>, account %3").arg(account->name, account->email, account->id));
    for (const ServiceConfig &service : account->services)
        CliOutput::printLine(QStringLiteral("  %1  %2  %3  %4")
                                 .arg(serviceTypeName(service.type), serviceUrl(service),
                                      securityName(service.security), service.username));
    finish(0);
}

void Cli::accountRemove(const QString &idOrEmail)
{
    const std::optional<Account> account = accountArgument(idOrEmail);
    if (!account)
        return;
    RemoveAccountJob *job = m_accounts->remove(account->id);
    connect(job, &Job::finished, this, [this, job, account] {
        if (!job->error().isError() && !m_parser.isSet(opt("json")))
            CliOutput::printLine(tr("Removed %1 and its password.").arg(account->email));
        finishWith(job->error());
    });
    job->start();
}

void Cli::check(const QString &idOrEmail)
{
    Account account;
    std::optional<QString> password;
    if (!accountAndPassword(idOrEmail, &account, &password))
        return;
    CheckJob *job = m_accounts->check(account, password);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().isError()) {
            finishWith(job->error());
            return;
        }
        printCheckResults(job->results());
        int worst = 0;
        for (const ServiceCheckResult &result : job->results())
            worst = qMax(worst, CliOutput::exitCode(result.error));
        finish(worst);
    });
    job->start();
}

bool Cli::accountAndPassword(const QString &idOrEmail, Account *account,
                             std::optional<QString> *password)
{
    const std::optional<Account> found = accountArgument(idOrEmail);
    if (!found)
        return false;
    *account = *found;
    if (!m_parser.isSet(opt("password-stdin")))
        return true;
    QString value;
    QString error;
    if (!CliOutput::readPassword(true, QString(), &value, &error)) {
        finishWith(Error(Error::Category::Usage, error));
        return false;
    }
    *password = value;
    return true;
}

void Cli::folders(const QString &idOrEmail)
{
    Account account;
    std::optional<QString> password;
    if (!accountAndPassword(idOrEmail, &account, &password))
        return;
    FoldersJob *job = m_accounts->folders(account, password);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->error().isError())
            printFolders(job->folders());
        finishWith(job->error());
    });
    job->start();
}

void Cli::printFolders(const QList<FolderInfo> &folders)
{
    if (m_parser.isSet(opt("json"))) {
        QJsonArray array;
        for (const FolderInfo &folder : folders) {
            QJsonObject object{{opt("name"), folder.name},
                               {opt("unread"), qint64(folder.unread)},
                               {opt("total"), qint64(folder.total)}};
            if (!folder.role.isEmpty())
                object.insert(opt("role"), folder.role);
            array.append(object);
        }
        CliOutput::printJson(QJsonDocument(array));
        return;
    }
    for (const FolderInfo &folder : folders)
        CliOutput::printLine(
            tr("%1  %2  %3 unread  %4 total")
                .arg(folder.name, folder.role.isEmpty() ? QStringLiteral("-") : folder.role)
                .arg(folder.unread)
                .arg(folder.total));
}

void Cli::printCheckResults(const QList<ServiceCheckResult> &results)
{
    if (m_parser.isSet(opt("json"))) {
        QJsonArray array;
        for (const ServiceCheckResult &result : results) {
            QJsonObject object{{opt("service"), serviceTypeName(result.service.type)},
                               {opt("ok"), result.ok()}};
            if (!result.ok())
                object.insert(opt("error"), sentence(result.error));
            array.append(object);
        }
        CliOutput::printJson(QJsonDocument(array));
        return;
    }
    for (const ServiceCheckResult &result : results) {
        const QString where = QStringLiteral("%1  %2").arg(serviceTypeName(result.service.type),
                                                           serviceUrl(result.service));
        if (result.ok())
            CliOutput::printLine(tr("%1  ok (%2 ms)").arg(where).arg(result.elapsedMs));
        else
            CliOutput::printLine(tr("%1  failed: %2").arg(where, sentence(result.error)));
    }
}

bool Cli::isMailCommand(const QString &command)
{
    static const QStringList commands = {opt("sync"), opt("list"),   opt("read"), opt("flag"),
                                         opt("move"), opt("delete"), opt("mkdir")};
    return commands.contains(command);
}

void Cli::mailCommand(const QString &command, const QStringList &arguments)
{
    static const QHash<QString, QStringList> allowed = {
        {opt("sync"), {opt("folder"), opt("bodies"), opt("previews"), opt("accept-fingerprint")}},
        {opt("list"), {opt("folder"), opt("limit"), opt("unread"), opt("search")}},
        {opt("read"), {opt("folder"), opt("uid"), opt("raw"), opt("accept-fingerprint")}},
        {opt("flag"),
         {opt("folder"), opt("uid"), opt("seen"), opt("unseen"), opt("flagged"), opt("unflagged"),
          opt("accept-fingerprint")}},
        {opt("move"), {opt("folder"), opt("uid"), opt("to"), opt("accept-fingerprint")}},
        {opt("delete"), {opt("folder"), opt("uid"), opt("accept-fingerprint")}},
        {opt("mkdir"), {opt("accept-fingerprint")}}};
    if (!checkOptions(allowed.value(command)))
        return;
    const bool changes = command != QLatin1String("sync") && command != QLatin1String("list") &&
                         command != QLatin1String("read");
    std::optional<MailChangeRequest> change;
    if (command == QLatin1String("read") && !messageNamed(nullptr))
        return;
    if (changes && !(change = mailChange(command, arguments)))
        return;
    Account account;
    std::optional<QString> password;
    if (command == QLatin1String("list")) {
        const std::optional<Account> found = accountArgument(arguments.at(0));
        if (!found)
            return;
        account = *found;
    } else if (!accountAndPassword(arguments.at(0), &account, &password)) {
        return;
    }
    auto *commands = new MailCommands(m_accounts.get(), m_parser.isSet(opt("json")), this);
    connect(commands, &MailCommands::finished, this, &Cli::finishWith);
    const QString folder = m_parser.value(opt("folder"));
    if (command == QLatin1String("sync")) {
        commands->setWaitForPreviews(m_parser.isSet(opt("previews")));
        commands->sync(account, password, folder, m_parser.isSet(opt("bodies")));
    } else if (command == QLatin1String("list")) {
        MessageQuery query;
        query.limit = m_parser.value(opt("limit")).toInt();
        query.unreadOnly = m_parser.isSet(opt("unread"));
        query.search = m_parser.value(opt("search"));
        commands->list(account, folder.isEmpty() ? opt("INBOX") : folder, query);
    } else if (command == QLatin1String("read")) {
        commands->read(account, password, folder, m_parser.value(opt("uid")).toUInt(),
                       m_parser.isSet(opt("raw")));
    } else {
        commands->change(account, password, *change);
    }
}

// --folder F --uid N into the request; false after a usage error when they are missing.
bool Cli::messageNamed(MailChangeRequest *request)
{
    bool numeric = false;
    const quint32 uid = m_parser.value(opt("uid")).toUInt(&numeric);
    const QString folder = m_parser.value(opt("folder"));
    if (folder.isEmpty() || !numeric || uid == 0) {
        return usageError(tr("Name the message with --folder F --uid N (\"satchel-cli list\" "
                             "shows them)."));
    }
    if (request) {
        request->folder = folder;
        request->uid = uid;
    }
    return true;
}

// The change a flag, move, delete or mkdir command asks for; nullopt (after a usage error) when
// the options do not say.
std::optional<MailChangeRequest> Cli::mailChange(const QString &command,
                                                 const QStringList &arguments)
{
    MailChangeRequest request;
    if (command == QLatin1String("mkdir")) {
        request.kind = PendingChange::Kind::CreateFolder;
        request.folder = arguments.at(1);
        return request;
    }
    if (!messageNamed(&request))
        return std::nullopt;
    if (command == QLatin1String("move")) {
        request.kind = PendingChange::Kind::Move;
        request.argument = m_parser.value(opt("to"));
        if (request.argument.isEmpty()) {
            usageError(tr("Say where to move the message with --to FOLDER."));
            return std::nullopt;
        }
    } else if (command == QLatin1String("delete")) {
        request.kind = PendingChange::Kind::Delete;
    } else {
        request.kind = PendingChange::Kind::Flag;
        const QList<std::pair<const char *, const char *>> flags = {{"seen", "+\\Seen"},
                                                                    {"unseen", "-\\Seen"},
                                                                    {"flagged", "+\\Flagged"},
                                                                    {"unflagged", "-\\Flagged"}};
        int given = 0;
        for (const auto &[option, flag] : flags) {
            if (m_parser.isSet(opt(option))) {
                request.argument = QString::fromLatin1(flag);
                ++given;
            }
        }
        if (given != 1) {
            usageError(tr("Give one of --seen, --unseen, --flagged, --unflagged."));
            return std::nullopt;
        }
    }
    return request;
}

} // namespace Satchel
