#pragma once

#include "common/error.h"
#include "net/protocolsession.h"
#include "smtpcapabilities.h"
#include "smtpreply.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Satchel {

class SmtpSendJob;

// One SMTP submission connection (RFC 6409). open() runs the login dialogue: greeting, EHLO,
// STARTTLS when the endpoint needs it and EHLO again (what was announced before TLS is
// forgotten), AUTH PLAIN or LOGIN. Then SmtpSendJobs run on it one after another, each one mail
// transaction, with RSET after a transaction that failed; quit() ends with QUIT. Replies arrive
// in the order of the commands (RFC 5321, RFC 2920), so each goes to the transaction in progress.
class SmtpSession : public ProtocolSession
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

    // In probe mode open() stops after EHLO (and STARTTLS and EHLO again where the endpoint
    // uses it) and emits opened() without having sent any credential.
    void open() override;
    // QUIT once the queued transactions are done, then closed() without an error.
    void quit();

    State state() const { return m_state; }
    // What the server offers in the session that sends mail (after TLS).
    const SmtpCapabilities &capabilities() const { return m_capabilities; }
    QList<QByteArray> capabilityLines() const { return m_capabilityLines; }

    // For SmtpSendJob.
    void enqueue(SmtpSendJob *job);
    void sendCommand(const QByteArray &line);
    // Message data, logged only by its size.
    void sendData(const QByteArray &bytes);
    void flush();

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

    void onReady() override;
    void onTlsStarted() override;
    void onUnit(const QByteArray &unit) override;
    void onConnectionFailed(const Error &error) override;
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
