#pragma once

#include "common/job.h"
#include "endpoint.h"
#include "tlspolicy.h"

namespace Satchel {

// Proves that an account can log in to one service: connect under the TLS policy, authenticate,
// log out, and end with a classified error. One subclass per protocol.
class LoginJob : public Job
{
    Q_OBJECT

public:
    explicit LoginJob(QObject *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    void setCredentials(const QString &username, const QString &password);
    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setTimeouts(int connectMs, int readMs);

    const Endpoint &endpoint() const { return m_endpoint; }
    // Capabilities the server announced for the authenticated session.
    virtual QList<QByteArray> capabilities() const = 0;
    // SHA-256 of a certificate that failed verification but was accepted by fingerprint.
    virtual QByteArray acceptedCertificate() const = 0;

protected:
    const QString &username() const { return m_username; }
    const QString &password() const { return m_password; }
    const TlsPolicy &tlsPolicy() const { return m_policy; }
    int connectTimeout() const { return m_connectTimeout; }
    int readTimeout() const { return m_readTimeout; }

private:
    Endpoint m_endpoint;
    TlsPolicy m_policy;
    QString m_username;
    QString m_password;
    int m_connectTimeout = 20000;
    int m_readTimeout = 60000;
};

} // namespace Satchel
