#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Satchel::Test {

struct CliResult
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal (SIGKILL from a kill point)
    QString out;
    QString err;
};

// Runs satchel-cli ($SATCHEL_CLI) with these arguments, writes input to its standard input and
// waits for it (killing it after timeoutMs).
CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace Satchel::Test
