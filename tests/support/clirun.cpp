#include "clirun.h"

#include <QProcess>

namespace Satchel::Test {

CliResult runCli(const QStringList &arguments, const QByteArray &input, int timeoutMs,
                 const QProcessEnvironment &environment)
{
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(qEnvironmentVariable("SATCHEL_CLI"), arguments);
    if (!cli.waitForStarted())
        return {};
    if (!input.isEmpty())
        cli.write(input);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(timeoutMs))
        cli.kill();
    return {cli.exitCode(), cli.exitStatus() == QProcess::CrashExit,
            QString::fromUtf8(cli.readAllStandardOutput()),
            QString::fromUtf8(cli.readAllStandardError())};
}

} // namespace Satchel::Test
