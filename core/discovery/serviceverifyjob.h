#pragma once

#include "common/job.h"
#include "net/tlspolicy.h"
#include "serviceverification.h"
#include "setupreport.h"

#include <QElapsedTimer>

#include <optional>

namespace Satchel {

class LoginJob;
class ServiceProbeJob;

// Logs in to one found service with the password, deliberately: one attempt per username form
// (the service's, then the provider's alternatives, at most four in all) and only after an
// authentication failure; never to a host that needs an approval the user has not given. When
// the standard port is refused or silently dropped, the provider's other ports and firewall
// proxies (any port: 443, 80, 21, 25) are probed without credentials and the first that answers
// is used.
class ServiceVerifyJob : public Job
{
    Q_OBJECT

public:
    ServiceVerifyJob(const DiscoveredService &found, const QString &email,
                     QObject *parent = nullptr);

    void setPassword(const QString &password) { m_password = password; }
    // Username forms in the order to try (duplicates dropped); by default the service's own.
    void setUsernames(const QStringList &usernames);
    void setProvider(const std::optional<ProviderConfig> &provider) { m_provider = provider; }
    void setApprovedDomains(const QStringList &domains) { m_approved = domains; }
    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setTimeouts(int connectMs, int readMs);

    const ServiceVerification &result() const { return m_result; }
    const QList<ProbeRecord> &records() const { return m_records; }
    QStringList usernamesTried() const { return m_tried; }

    static constexpr int maxAttempts = 4;

protected:
    void doStart() override;

private:
    void attempt();
    void onLogin(LoginJob *login);
    void tryFallbacks();
    void onFallbackProbed();
    ProviderService serviceAt(const Endpoint &endpoint) const;
    QList<Endpoint> fallbacks() const;
    bool mayReceiveCredentials(const QString &host) const;
    Error wrongPasswordError(const Error &serverError) const;
    void succeed();
    void fail(const Error &error);

    ServiceVerification m_result;
    QString m_email;
    QString m_domain;
    QString m_password;
    QStringList m_usernames;
    qsizetype m_nextUsername = 0;
    QStringList m_tried;
    std::optional<ProviderConfig> m_provider;
    QStringList m_approved;
    TlsPolicy m_policy;
    int m_connectMs = 5000;
    int m_readMs = 20000;
    bool m_onFallback = false;
    QList<ServiceProbeJob *> m_fallbackProbes;
    QList<ProbeRecord> m_records;
    QElapsedTimer m_clock;
};

} // namespace Satchel
