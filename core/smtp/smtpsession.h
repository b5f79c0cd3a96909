#pragma once

#include "common/error.h"
#include "net/connection.h"
#include "smtpcapabilities.h"
#include "smtpreply.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Satchel {

class Transcript;

class SmtpSendJob;

// One SMTP submission connection (RFC 6409). open() runs the login dialogue: greeting, EHLO,
// STARTTLS when the endpoint needs it and EHLO again (what was announced before TLS is
// forgotten), AUTH PLAIN or LOGIN. Then SmtpSendJobs run on it one after another, each one mail
// transaction, with RSET after a transaction that failed; quit() ends with QUIT. Replies arrive
// in the order of the commands (RFC 5321, RFC 2920), so each goes to the transaction in progress.
class SmtpSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Ready,
        Quitting,
        Closed
    };

    explicit SmtpSession(QObject *parent = nullptr);
    ~SmtpSession() override;

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    void setCredentials(const QString &username, const QString &password);
    void setTlsPolicy(const TlsPolicy &policy);
    void setTimeouts(int connectMs, int readMs);
    // Probe only: greeting, EHLO and STARTTLS, then opened() without sending any credential
    // (discovery's check that a server is there and speaks SMTP under verified TLS).
    void setProbeOnly(bool probeOnly) { m_probeOnly = probeOnly; }
    // Records the connection (redacted) for a setup report.
    void setTranscript(std::shared_ptr<Transcript> transcript);

    void open();
    // QUIT once the queued transactions are done, then closed() without an error.
    void quit();

    State state() const { return m_state; }
    const Endpoint &endpoint() const { return m_endpoint; }
    // What the server offers in the session that sends mail (after TLS).
    const SmtpCapabilities &capabilities() const { return m_capabilities; }
    QList<QByteArray> capabilityLines() const { return m_capabilityLines; }
    QByteArray acceptedCertificate() const { return m_connection->acceptedCertificate(); }

    // For SmtpSendJob.
    void enqueue(SmtpSendJob *job);
    void sendCommand(const QByteArray &line);
    // Message data, logged only by its size.
    void sendData(const QByteArray &bytes);
    void flush();

signals:
    void opened();
    // The connection ended; no error after quit(). Every transaction still queued or in progress
    // has finished with the error before this is emitted.
    void closed(const Satchel::Error &error);

private:
    enum class Phase
    {
        Greeting,
        Ehlo,
        StartTls,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        Ready,
        Reset,
        Quit
    };

    void onUnit(const QByteArray &unit);
    void onTlsStarted();
    void handleReply(const SmtpReply &reply);
    void handleLoginReply(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleAuthReply(const SmtpReply &reply);
    void authenticate();
    void becomeReady();
    void pump();
    void transactionDone(SmtpSendJob *job);
    Error serverError(const SmtpReply &reply) const;
    void closeWith(const Error &error);

    Connection *m_connection;
    Endpoint m_endpoint;
    bool m_probeOnly = false;
    QString m_username;
    QString m_password;
    State m_state = State::Disconnected;
    Phase m_phase = Phase::Greeting;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_capabilities;
    QList<QByteArray> m_capabilityLines;
    QList<QPointer<SmtpSendJob>> m_queue;
    QPointer<SmtpSendJob> m_active;
    bool m_quitRequested = false;
};

} // namespace Satchel
