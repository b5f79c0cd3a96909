#pragma once

#include "discovery/discoveryjob.h"
#include "discovery/serviceverification.h"
#include "service/servicecheckresult.h"

#include <QObject>

#include <optional>

class QCommandLineParser;

namespace Satchel {

class Accounts;
class VerifySetupJob;

// `satchel-cli account add EMAIL --discover`: discovers the settings, asks the user to approve
// hosts that need it (--approve-host DOMAIN, or a question on a terminal), logs in to every
// chosen service with the password (trying the provider's username forms and firewall proxies),
// then stores the account as it was verified and the password in the keychain.
class DiscoverAddCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString email;
        QString name;
        QString username; // overrides the discovered username forms
        std::optional<ProviderServiceType> incoming;
        QStringList approvedDomains;
        QString reportPath;
        int deadlineMs = 15000;
        bool json = false;
        bool passwordStdin = false;
        bool verify = true;
    };

    DiscoverAddCommand(Accounts *accounts, const Options &options, QObject *parent = nullptr);

    // The options from the command line; nullopt with a sentence when one is malformed.
    static std::optional<Options> optionsFrom(const QCommandLineParser &parser,
                                              const QString &email, QString *error);

    void start();

signals:
    // Verification failed: how each service fared, printed as `account add` prints it.
    void checked(const QList<Satchel::ServiceCheckResult> &results);
    void added(const Satchel::Account &account);
    void done(int exitStatus);

private:
    void onDiscovered(DiscoveryJob *job);
    bool approve(const QList<DiscoveredService> &chosen);
    void verify(const QList<DiscoveredService> &chosen, const QString &password);
    void onVerified(VerifySetupJob *job);
    void store(const Account &account, const QString &password);
    void end(const Error &error);
    void printNotes(const QList<ServiceVerification> &results);
    bool writeReport();

    Accounts *m_accounts;
    Options m_options;
    DiscoveryResult m_result;
    SetupReport m_report;
};

} // namespace Satchel
