#pragma once

#include "discovery/discoveryjob.h"

#include <QObject>

#include <optional>

class QCommandLineParser;

namespace Satchel {

// `satchel-cli discover EMAIL [--json] [--report FILE] [--deadline SECONDS]`: finds the settings
// of every service and checks, without a password, that each server answers.
class DiscoverCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString email;
        bool json = false;
        QString reportPath; // empty: no report
        int deadlineMs = 15000;
        TlsPolicy policy;
    };

    explicit DiscoverCommand(const Options &options, QObject *parent = nullptr);

    // The options from the command line (all but the TLS policy); nullopt with a sentence when
    // one is malformed.
    static std::optional<Options> optionsFrom(const QCommandLineParser &parser,
                                              const QString &email, QString *error);

    void start();

    // Shared with `account add --discover`.
    static void printResult(const DiscoveryResult &result);
    // Writes the report (text; JSON when the file name ends in .json); false with a sentence
    // printed when the file cannot be written.
    static bool writeReport(const QString &path, const SetupReport &report);
    static int parseDeadline(const QString &seconds, QString *error);

signals:
    void done(int exitStatus);

private:
    void onFinished(DiscoveryJob *job);

    Options m_options;
};

} // namespace Satchel
