#pragma once

#include "common/job.h"
#include "connection.h"
#include "endpoint.h"
#include "tlspolicy.h"

namespace Satchel {

// The part of logging in that every line protocol shares: connect under the TLS policy, hand
// each received unit to the protocol, end with a classified error. Subclasses (ImapLoginJob,
// Pop3LoginJob, SmtpLoginJob) hold only their protocol's dialogue.
class LoginJob : public Job
{
    Q_OBJECT

public:
    LoginJob(Connection::LogCategory category, QObject *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    void setCredentials(const QString &username, const QString &password);
    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setTimeouts(int connectMs, int readMs);

    const Endpoint &endpoint() const { return m_endpoint; }
    // Capabilities the server announced for the authenticated (or about to be) session.
    QList<QByteArray> capabilities() const { return m_capabilities; }
    QByteArray acceptedCertificate() const { return m_connection->acceptedCertificate(); }

protected:
    void doStart() override;
    virtual void onReady() = 0;
    virtual void onTlsStarted() = 0;
    virtual void onUnit(const QByteArray &unit) = 0;

    Connection *connection() const { return m_connection; }
    const QString &username() const { return m_username; }
    const QString &password() const { return m_password; }
    void setCapabilities(const QList<QByteArray> &capabilities) { m_capabilities = capabilities; }
    bool hasCapability(const QByteArray &name) const;

    void succeed();
    void fail(const Error &error);
    Error authenticationError(const QString &serverText) const;
    Error protocolError(const QString &serverText) const;
    Error startTlsUnavailableError() const;

    // RFC 4616: base64("\0" username "\0" password).
    QByteArray saslPlainResponse() const;
    QByteArray redacted(const QByteArray &visiblePrefix) const;

private:
    Connection *m_connection;
    Endpoint m_endpoint;
    TlsPolicy m_policy;
    QString m_username;
    QString m_password;
    QList<QByteArray> m_capabilities;
};

} // namespace Satchel
