#pragma once

#include "common/job.h"
#include "endpoint.h"
#include "tlspolicy.h"

#include <memory>

namespace Satchel {

class Transcript;

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
    // Probe only: connect, read the greeting and the capabilities (after STARTTLS where the
    // endpoint uses it) and leave without sending any credential. Discovery's check that a
    // server is there and speaks the protocol under verified TLS.
    void setProbeOnly(bool probeOnly) { m_probeOnly = probeOnly; }
    // Records the connection (redacted) for a setup report.
    void setTranscript(std::shared_ptr<Transcript> transcript)
    {
        m_transcript = std::move(transcript);
    }

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
    bool probeOnly() const { return m_probeOnly; }
    const std::shared_ptr<Transcript> &transcript() const { return m_transcript; }

private:
    Endpoint m_endpoint;
    TlsPolicy m_policy;
    QString m_username;
    QString m_password;
    int m_connectTimeout = 20000;
    int m_readTimeout = 60000;
    bool m_probeOnly = false;
    std::shared_ptr<Transcript> m_transcript;
};

} // namespace Satchel
