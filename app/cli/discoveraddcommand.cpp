#include "discoveraddcommand.h"

#include "cli.h"
#include "clioutput.h"
#include "discovercommand.h"
#include "discovery/setupplan.h"
#include "discovery/verifysetupjob.h"
#include "service/accounts.h"
#include "service/addaccountjob.h"
#include "service/setupcheck.h"

#include <QCommandLineParser>

namespace Satchel {

DiscoverAddCommand::DiscoverAddCommand(Accounts *accounts, const Options &options, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_options(options)
{}

std::optional<DiscoverAddCommand::Options>
DiscoverAddCommand::optionsFrom(const QCommandLineParser &parser, const QString &email,
                                QString *error)
{
    const auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    Options options;
    options.email = email;
    options.name = value("name");
    options.username = value("username");
    options.approvedDomains = parser.values(QStringLiteral("approve-host"));
    options.reportPath = value("report");
    options.json = isSet("json");
    options.passwordStdin = isSet("password-stdin");
    options.verify = !isSet("no-verify");
    options.deadlineMs = DiscoverCommand::parseDeadline(value("deadline"), error);
    if (options.deadlineMs < 0)
        return std::nullopt;
    if (isSet("incoming")) {
        options.incoming = parseProviderServiceType(value("incoming"));
        if (options.incoming != ProviderServiceType::Imap &&
            options.incoming != ProviderServiceType::Pop3) {
            *error = tr("--incoming takes imap or pop3.");
            return std::nullopt;
        }
    }
    return options;
}

void DiscoverAddCommand::start()
{
    auto *job = new DiscoveryJob(this);
    job->setEmail(m_options.email);
    job->setTlsPolicy(m_accounts->tlsPolicy());
    job->setDeadline(m_options.deadlineMs);
    connect(job, &Job::finished, this, [this, job] { onDiscovered(job); });
    job->start();
}

void DiscoverAddCommand::end(const Error &error)
{
    if (!m_options.reportPath.isEmpty() && !writeReport()) {
        emit done(2);
        return;
    }
    if (error.isError())
        CliOutput::printError(Cli::sentence(error));
    emit done(CliOutput::exitCode(error));
}

bool DiscoverAddCommand::writeReport()
{
    return DiscoverCommand::writeReport(m_options.reportPath, m_report);
}

void DiscoverAddCommand::onDiscovered(DiscoveryJob *job)
{
    m_report = job->report();
    if (job->error().isError()) {
        end(job->error());
        return;
    }
    m_result = job->result();
    QList<DiscoveredService> chosen = SetupPlan::choose(m_result, m_options.incoming);
    if (!m_options.username.isEmpty()) {
        for (DiscoveredService &found : chosen) {
            found.service.username = m_options.username;
            found.service.usernameAlternatives.clear();
        }
        if (m_result.provider)
            m_result.provider->usernameAlternatives.clear();
    }
    const bool incoming = std::any_of(chosen.cbegin(), chosen.cend(), [](const auto &found) {
        return found.service.type == ProviderServiceType::Imap ||
               found.service.type == ProviderServiceType::Pop3;
    });
    if (!incoming) {
        if (!m_options.json)
            DiscoverCommand::printResult(m_result);
        end(Error(Error::Category::Server,
                  tr("Satchel found no incoming mail server for %1. Give the servers yourself: "
                     "account add %1 --imap URL --smtp URL.")
                      .arg(m_options.email)));
        return;
    }
    if (!approve(chosen))
        return;
    QString password;
    QString error;
    if ((m_options.verify || m_options.passwordStdin) &&
        !CliOutput::readPassword(m_options.passwordStdin,
                                 tr("App password for %1: ").arg(m_options.email), &password,
                                 &error)) {
        end(Error(Error::Category::Usage, error));
        return;
    }
    if (!m_options.verify) {
        QList<ServiceVerification> unverified;
        for (const DiscoveredService &found : std::as_const(chosen)) {
            ServiceVerification entry;
            entry.found = found;
            entry.used = found.service.toServiceConfig().value_or(ServiceConfig());
            unverified << entry;
        }
        store(SetupPlan::account(m_options.email, m_options.name, unverified), password);
        return;
    }
    verify(chosen, password);
}

bool DiscoverAddCommand::approve(const QList<DiscoveredService> &chosen)
{
    for (const DiscoveredService &found : chosen) {
        if (!found.needsApproval || m_options.approvedDomains.contains(found.approvalDomain))
            continue;
        const QString question =
            tr("%1 for %2 is at %3, outside %4, and was found through DNS, which can be "
               "forged. Send your password to %5?")
                .arg(providerServiceTypeName(found.service.type).toUpper(), m_options.email,
                     found.service.host, m_options.email.section(QLatin1Char('@'), -1),
                     found.approvalDomain);
        if (!m_options.passwordStdin && CliOutput::stdinIsTerminal() &&
            CliOutput::askYesNo(question)) {
            m_options.approvedDomains << found.approvalDomain;
            continue;
        }
        Error error(Error::Category::Usage,
                    tr("%1 is outside %2 and was found through DNS, which can be forged; Satchel "
                       "sends no password there unless you approve %3.")
                        .arg(found.service.host, m_options.email.section(QLatin1Char('@'), -1),
                             found.approvalDomain),
                    found.approvalDomain);
        error.setReason(Error::Reason::NeedsApproval);
        end(error);
        return false;
    }
    return true;
}

void DiscoverAddCommand::verify(const QList<DiscoveredService> &chosen, const QString &password)
{
    auto *job = new VerifySetupJob(this);
    job->setEmail(m_options.email);
    job->setPassword(password);
    job->setProvider(m_result.provider);
    job->setServices(chosen);
    job->setApprovedDomains(m_options.approvedDomains);
    job->setTlsPolicy(m_accounts->tlsPolicy());
    connect(job, &Job::finished, this, [this, job, password] {
        m_report.append(job->report());
        printNotes(job->results());
        m_accounts->pinAcceptedCertificates(checkResultsOf(job->results()));
        const Error error = job->firstServiceError();
        if (error.isError()) {
            emit checked(checkResultsOf(job->results()));
            end(error);
            return;
        }
        store(SetupPlan::account(m_options.email, m_options.name, job->results()), password);
    });
    job->start();
}

void DiscoverAddCommand::store(const Account &account, const QString &password)
{
    AddAccountJob *job = m_accounts->add(account, password);
    job->setVerify(false);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->error().isError())
            emit added(job->account());
        end(job->error());
    });
    job->start();
}

void DiscoverAddCommand::printNotes(const QList<ServiceVerification> &results)
{
    for (const ServiceVerification &result : results) {
        for (const QString &note : result.notes) {
            const QString line =
                QStringLiteral("%1: %2").arg(serviceTypeName(result.used.type), note);
            if (m_options.json)
                CliOutput::printProgress(line);
            else
                CliOutput::printLine(line);
        }
    }
}

} // namespace Satchel
