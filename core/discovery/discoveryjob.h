#pragma once

#include "common/job.h"
#include "net/tlspolicy.h"
#include "providerconfig.h"
#include "setupreport.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTimer;

namespace Satchel {

class DiscoveryEngine;
class JobThread;

// Where a finding came from. Protected sources (the shipped database, an autoconfig file fetched
// over verified https from the address's own domain) can be trusted; the others (plain DNS, a
// guess) cannot name a host outside the address's domain without the user's approval.
enum class DiscoverySource
{
    Providers,   // the shipped provider database, by the address's domain
    ProvidersMx, // the shipped provider database, by the domain's MX host (plain DNS)
    Autoconfig,  // https://autoconfig.<domain>/mail/config-v1.1.xml or the .well-known path
    Srv,         // RFC 6186 / RFC 6764 SRV records (plain DNS)
    Guess        // probing imap., mail., pop., smtp. and the bare domain
};

// The names used by `satchel-cli discover --json`: providers, mx, autoconfig, srv, guess.
QString discoverySourceName(DiscoverySource source);

// How a check of a service failed, as `satchel-cli discover --json` names it: "network" (refused,
// timed out, no route, unknown host), "certificate", "authentication", "capability" (STARTTLS or
// a usable login method missing), "server"; empty for no error.
QString serviceProblemName(const Error &error);

struct DiscoveredService
{
    ProviderService service; // expanded for the address: hosts, URLs and usernames are final
    DiscoverySource source = DiscoverySource::Providers;
    // The server answered as this service (greeting and capabilities read under TLS); no
    // credential was sent.
    bool verified = false;
    // The host is outside the address's domain and came from an unprotected source: no password
    // may be sent to it before the user approves approvalDomain.
    bool needsApproval = false;
    QString approvalDomain;
    QList<QByteArray> capabilities; // what the probe read, when it read any
    Error error;                    // why the probe failed, when it did (verified is then false)
};

struct DiscoveryResult
{
    QString email;
    std::optional<ProviderConfig> provider; // the known provider, expanded for the address
    // Best first within each type: implicit TLS before STARTTLS (RFC 8314), protected sources
    // before unprotected ones.
    QList<DiscoveredService> services;
    QStringList notes; // what could not be checked, in the user's language

    QList<DiscoveredService> servicesOf(ProviderServiceType type) const;
    // Puts services in the order above, grouped by type (IMAP, POP3, SMTP, CalDAV, CardDAV …);
    // a service whose check failed goes after those that answered or were not checked.
    void sortServices();
    // Providers 0, Autoconfig 1, ProvidersMx 2, Srv 3, Guess 4: lower is more trustworthy.
    static int sourceRank(DiscoverySource source);
};

// One method's state, for live progress.
struct DiscoveryStep
{
    enum class State
    {
        Running,
        Found,
        NothingFound,
        Failed,
        Skipped
    };

    QString method; // a short translated name: "Provider database", "SRV records" …
    State state = State::Running;
    QString detail; // translated: what was found or why it failed
    qint64 elapsedMs = 0;
};

// Finds the settings of every service for an email address: all methods run concurrently under
// one deadline; cancel() stops at once with what has been found so far. Sends no credential.
class DiscoveryJob : public Job
{
    Q_OBJECT

public:
    explicit DiscoveryJob(QObject *parent = nullptr);
    ~DiscoveryJob() override;

    void setEmail(const QString &email) { m_email = email; }
    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setDeadline(int ms) { m_deadlineMs = ms; }

    // Ends the job now, successfully, with the findings so far (the user chose manual setup).
    void cancel();

    const DiscoveryResult &result() const { return m_result; }
    const QList<DiscoveryStep> &steps() const { return m_steps; }
    // Every lookup, fetch and probe so far, redacted, for "Copy a setup report".
    const SetupReport &report() const { return m_report; }

signals:
    void stepChanged(const Satchel::DiscoveryStep &step);
    // A finding arrived; result() already holds it.
    void serviceFound(const Satchel::DiscoveredService &service);
    // A finding was checked: its verified flag, capabilities or error changed.
    void serviceChanged(const Satchel::DiscoveredService &service);

protected:
    void doStart() override;

private:
    void onStep(const DiscoveryStep &step);
    void onService(const DiscoveredService &service, bool isNew);
    void onEngineDone();
    void end(DiscoveryStep::State unfinished, const QString &why);
    void stopEngine();

    QString m_email;
    TlsPolicy m_policy;
    int m_deadlineMs = 15000;
    DiscoveryResult m_result;
    QList<DiscoveryStep> m_steps;
    SetupReport m_report;
    QTimer *m_deadline = nullptr;
    DiscoveryEngine *m_engine = nullptr; // lives on m_thread
    std::unique_ptr<JobThread> m_thread;
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::DiscoveryStep)
Q_DECLARE_METATYPE(Satchel::DiscoveredService)
Q_DECLARE_METATYPE(Satchel::DiscoveryResult)
