#include "clirunner.h"

#include "testbed.h"

#include <QProcess>

namespace Satchel::Test {

CliResult CliRunner::run(QStringList arguments, const QByteArray &input,
                         const QProcessEnvironment &environment) const
{
    arguments.prepend(m_profile);
    arguments.prepend(QStringLiteral("--profile"));
    if (m_trustTestBedCa)
        arguments << QStringLiteral("--ca-file") << TestBed::instance().caFile();
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(qEnvironmentVariable("SATCHEL_CLI"), arguments);
    if (!cli.waitForStarted())
        return {};
    if (!input.isEmpty())
        cli.write(input);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000))
        cli.kill();
    return {cli.exitCode(), cli.exitStatus() == QProcess::CrashExit,
            QString::fromUtf8(cli.readAllStandardOutput()),
            QString::fromUtf8(cli.readAllStandardError())};
}

} // namespace Satchel::Test
