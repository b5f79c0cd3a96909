#include "clirunner.h"

#include "testbed.h"

namespace Satchel::Test {

CliResult CliRunner::run(QStringList arguments, const QByteArray &input,
                         const QProcessEnvironment &environment) const
{
    arguments.prepend(m_profile);
    arguments.prepend(QStringLiteral("--profile"));
    if (m_trustTestBedCa)
        arguments << QStringLiteral("--ca-file") << TestBed::instance().caFile();
    return runCli(arguments, input, 60000, environment);
}

} // namespace Satchel::Test
