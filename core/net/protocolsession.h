#pragma once

#include "common/error.h"
#include "connection.h"
#include "linedialogue.h"

#include <QObject>

#include <memory>

namespace Satchel {

class Transcript;

// What the IMAP and SMTP sessions share: one Connection, the endpoint and credentials to log in
// with, and the opened()/closed() pair. Each protocol runs its own dialogue in LineDialogue's
// hooks.
class ProtocolSession : public QObject, protected LineDialogue
{
    Q_OBJECT

public:
    ~ProtocolSession() override;

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    void setCredentials(const QString &username, const QString &password);
    void setTlsPolicy(const TlsPolicy &policy);
    void setTimeouts(int connectMs, int readMs);
    // Probe only: open() sends no credential; it reads the greeting and the capabilities (under
    // TLS where the endpoint uses it) and stops, as the subclass says. Discovery's check that a
    // server is there and speaks the protocol under verified TLS.
    void setProbeOnly(bool probeOnly) { m_probeOnly = probeOnly; }
    // Records the connection (redacted) for a setup report.
    void setTranscript(std::shared_ptr<Transcript> transcript);

    // Greeting, STARTTLS where the endpoint needs it, authentication; then opened().
    virtual void open() = 0;

    const Endpoint &endpoint() const { return m_endpoint; }
    // As given to setTimeouts(), for a command that lifts it for a while (IDLE).
    int readTimeout() const { return m_readTimeout; }
    QByteArray acceptedCertificate() const { return m_connection->acceptedCertificate(); }

signals:
    void opened();
    // The connection ended; no error after a clean logout or quit. Every job still queued or in
    // flight has finished with an error before this is emitted.
    void closed(const Satchel::Error &error);

protected:
    ProtocolSession(Connection::LogCategory category, QObject *parent);

    Connection *connection() const { return m_connection; }
    void connectToServer();
    const QString &username() const { return m_username; }
    const QString &password() const { return m_password; }
    // Once logged in: a reconnect asks the keychain again.
    void forgetPassword() { m_password.clear(); }
    bool probeOnly() const { return m_probeOnly; }
    // The endpoint wants STARTTLS and the connection is still in plaintext.
    bool needsStartTls() const;

private:
    Connection *m_connection;
    Endpoint m_endpoint;
    QString m_username;
    QString m_password;
    int m_readTimeout = 60000;
    bool m_probeOnly = false;
};

} // namespace Satchel
