#pragma once

#include "clirun.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Satchel::Test {

// Runs satchel-cli ($SATCHEL_CLI) on a profile, trusting the test bed's CA unless told not to.
class CliRunner
{
public:
    explicit CliRunner(const QString &profile, bool trustTestBedCa = true)
        : m_profile(profile)
        , m_trustTestBedCa(trustTestBedCa)
    {}

    CliResult
    run(QStringList arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const;

private:
    QString m_profile;
    bool m_trustTestBedCa;
};

} // namespace Satchel::Test
