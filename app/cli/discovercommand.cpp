#include "discovercommand.h"

#include "cli.h"
#include "clioutput.h"
#include "discoveryjson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace Satchel {

DiscoverCommand::DiscoverCommand(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

int DiscoverCommand::parseDeadline(const QString &seconds, QString *error)
{
    if (seconds.isEmpty())
        return 15000;
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || value < 0.1 || value > 600) {
        *error = tr("--deadline takes seconds from 0.1 to 600, not \"%1\".").arg(seconds);
        return -1;
    }
    return int(value * 1000);
}

std::optional<DiscoverCommand::Options>
DiscoverCommand::optionsFrom(const QCommandLineParser &parser, const QString &email, QString *error)
{
    Options options;
    options.email = email;
    options.json = parser.isSet(QStringLiteral("json"));
    options.reportPath = parser.value(QStringLiteral("report"));
    options.deadlineMs = parseDeadline(parser.value(QStringLiteral("deadline")), error);
    if (options.deadlineMs < 0)
        return std::nullopt;
    return options;
}

void DiscoverCommand::start()
{
    auto *job = new DiscoveryJob(this);
    job->setEmail(m_options.email);
    job->setTlsPolicy(m_options.policy);
    job->setDeadline(m_options.deadlineMs);
    connect(job, &Job::finished, this, [this, job] { onFinished(job); });
    if (!m_options.json) {
        connect(job, &DiscoveryJob::stepChanged, this, [](const DiscoveryStep &step) {
            if (step.state != DiscoveryStep::State::Running)
                CliOutput::printProgress(tr("%1: %2").arg(step.method, step.detail));
        });
    }
    job->start();
}

void DiscoverCommand::onFinished(DiscoveryJob *job)
{
    if (job->error().isError()) {
        CliOutput::printError(job->error().message());
        emit done(CliOutput::exitCode(job->error()));
        return;
    }
    if (!m_options.reportPath.isEmpty() && !writeReport(m_options.reportPath, job->report())) {
        emit done(2);
        return;
    }
    const DiscoveryResult &result = job->result();
    if (m_options.json)
        CliOutput::printJson(QJsonDocument(DiscoveryJson::result(result, job->steps())));
    else
        printResult(result);
    if (result.services.isEmpty()) {
        CliOutput::printError(tr("No settings found for %1. Give the servers yourself: "
                                 "satchel-cli account add %1 --imap URL --smtp URL.")
                                  .arg(result.email));
        emit done(1);
        return;
    }
    emit done(0);
}

void DiscoverCommand::printResult(const DiscoveryResult &result)
{
    CliOutput::printLine(
        result.provider
            ? tr("Settings for %1 (%2):").arg(result.email, result.provider->displayName)
            : tr("Settings for %1:").arg(result.email));
    for (const DiscoveredService &found : result.services) {
        const ProviderService &service = found.service;
        const QString where = service.url.isEmpty()
                                  ? QStringLiteral("%1:%2").arg(service.host).arg(service.port)
                                  : service.url;
        QString state = found.verified ? tr("answered") : tr("not verified");
        if (found.error.isError())
            state = tr("failed (%1)").arg(serviceProblemName(found.error));
        CliOutput::printLine(QStringLiteral("  %1  %2  %3  %4  %5  %6")
                                 .arg(providerServiceTypeName(service.type), -7)
                                 .arg(where, -36)
                                 .arg(securityName(service.security), -8)
                                 .arg(service.username, discoverySourceName(found.source), state));
        if (found.error.reason() == Error::Reason::Certificate)
            CliOutput::printLine(QStringLiteral("           ") + Cli::sentence(found.error));
        if (found.needsApproval)
            CliOutput::printLine(tr("           needs your approval of %1 before a password "
                                    "goes there")
                                     .arg(found.approvalDomain));
    }
    for (const QString &note : result.notes)
        CliOutput::printLine(tr("Note: %1").arg(note));
}

bool DiscoverCommand::writeReport(const QString &path, const SetupReport &report)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        CliOutput::printError(
            tr("Cannot write the setup report to %1: %2.").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = path.endsWith(QLatin1String(".json"))
                                 ? QJsonDocument(report.toJson()).toJson()
                                 : report.toText().toUtf8();
    if (file.write(bytes) != bytes.size()) {
        CliOutput::printError(
            tr("Cannot write the setup report to %1: %2.").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace Satchel
