#pragma once

#include "common/job.h"
#include "net/tlspolicy.h"
#include "serviceverification.h"
#include "setupreport.h"

#include <memory>
#include <optional>

namespace Satchel {

class JobThread;
class SetupVerifier;

// Verifies the chosen services of a new account by logging in to each (incoming, SMTP and DAV
// alike), on a thread of its own. The incoming service goes first; the username form it took is
// tried first on the others, and when it refused the password the others are not tried at all,
// so that a provider's lockout is never provoked. Finishes without an error once every service
// has an outcome (results()); with one only when it could not run.
class VerifySetupJob : public Job
{
    Q_OBJECT

public:
    explicit VerifySetupJob(QObject *parent = nullptr);
    ~VerifySetupJob() override;

    void setEmail(const QString &email) { m_email = email; }
    void setPassword(const QString &password) { m_password = password; }
    // For username alternatives, the app-password page and the provider's name in sentences.
    void setProvider(const std::optional<ProviderConfig> &provider) { m_provider = provider; }
    void setServices(const QList<DiscoveredService> &services) { m_services = services; }
    // Domains the user approved for hosts that need it (DiscoveredService::approvalDomain).
    void setApprovedDomains(const QStringList &domains) { m_approved = domains; }
    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    // How long a server may take to accept a connection before its port counts as blocked.
    void setConnectTimeout(int ms) { m_connectMs = ms; }

    // In the order of setServices().
    const QList<ServiceVerification> &results() const { return m_results; }
    // The first service that failed, or none.
    Error firstServiceError() const;
    const SetupReport &report() const { return m_report; }

signals:
    // One service has its outcome.
    void serviceVerified(const Satchel::ServiceVerification &result);

protected:
    void doStart() override;

private:
    QString m_email;
    QString m_password;
    std::optional<ProviderConfig> m_provider;
    QList<DiscoveredService> m_services;
    QStringList m_approved;
    TlsPolicy m_policy;
    int m_connectMs = 5000;
    QList<ServiceVerification> m_results;
    SetupReport m_report;
    std::unique_ptr<JobThread> m_thread;
};

} // namespace Satchel
