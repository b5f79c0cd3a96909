#pragma once

#include "common/error.h"
#include "imapresponsetypes.h"
#include "net/protocolsession.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Satchel {

class ImapCommandJob;

// One IMAP connection: one serial command stream. open() runs the greeting, STARTTLS when the
// endpoint needs it, CAPABILITY and authentication (AUTHENTICATE PLAIN with SASL-IR where offered,
// else LOGIN); then ImapCommandJobs queue on it. Commands are pipelined (RFC 3501 5.5) except
// barriers (SELECT, EXAMINE, LOGOUT), which run alone. Untagged data goes to the commands in
// flight, the first that claims it wins; what none claims is emitted as unsolicited(). A response
// that fits nothing (an unknown tag, a continuation no one asked for, bytes that do not parse)
// closes the connection: guessing risks the user's mail.
class ImapSession : public ProtocolSession
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Authenticated,
        Selected,
        LoggingOut,
        Closed
    };

    explicit ImapSession(QObject *parent = nullptr);
    ~ImapSession() override;

    // In probe mode open() stops before authentication and logs out: closed() without an error
    // means the server greeted and announced its capabilities (under TLS where the endpoint uses
    // it).
    void open() override;
    // LOGOUT, then closed() without an error once the server confirmed.
    void logout();

    State state() const { return m_state; }
    QList<QByteArray> capabilities() const { return m_capabilities; }
    bool hasCapability(QByteArrayView name) const;
    // Extensions an ENABLE switched on for this connection (RFC 5161), e.g. QRESYNC.
    bool isEnabled(QByteArrayView name) const;
    void markEnabled(const QList<QByteArray> &extensions);
    // The mailbox a SELECT or EXAMINE opened, as the server names it; null when none is.
    QByteArray selectedMailbox() const { return m_selectedMailbox; }
    void setSelectedMailbox(const QByteArray &rawName);

    // Called by ImapCommandJob::start().
    void enqueue(ImapCommandJob *job);
    // For a command in flight that continues after a "+" (IDLE's DONE): one untagged line.
    void sendContinuation(const QByteArray &line, const QByteArray &logAs = {});
    // The bytes of a literal the command announced, followed by the rest of its line.
    void sendLiteral(const QByteArray &bytes, const QByteArray &restOfLine);
    void setReadTimeout(int readMs);
    // For ImapCompressJob, on the server's OK.
    void startCompression();
    bool isCompressed() const;
    bool isPeerNearby() const;
    // Hands what is buffered to the operating system now.
    void flush() { connection()->flush(); }

    // An IMAP quoted string; for values without CR, LF or NUL (Connection refuses those).
    static QByteArray quoted(QByteArrayView value);

signals:
    void unsolicited(const Satchel::ImapParsedResponse &response);

private:
    enum class Phase
    {
        Greeting,
        Capability,
        StartTls,
        Authenticate,
        PostAuthCapability,
        Ready
    };

    void onReady() override;
    void onTlsStarted() override;
    void onUnit(const QByteArray &unit) override;
    void onConnectionFailed(const Error &error) override;
    void handleLoginPhase(const ImapParsedResponse &response);
    void handleGreeting(const ImapParsedResponse &response);
    void handleLoginCompletion(const ImapParsedResponse &response);
    void afterCapabilities();
    void authenticate();
    void becomeReady();
    void dispatch(const ImapParsedResponse &response);
    void complete(const ImapParsedResponse &response);
    void pump();
    void sendInternal(const QByteArray &command, const QByteArray &logAs = {});
    QByteArray nextTag();
    void closeWith(const Error &error);

    struct InFlight
    {
        QByteArray tag;
        QPointer<ImapCommandJob> job;
        bool barrier = false;
    };

    State m_state = State::Disconnected;
    Phase m_phase = Phase::Greeting;
    QList<QByteArray> m_capabilities;
    QList<QByteArray> m_enabled;
    QByteArray m_internalTag; // the session's own command in flight during the login phase
    bool m_awaitingSaslContinuation = false;
    quint32 m_tagCounter = 0;
    QList<QPointer<ImapCommandJob>> m_queue;
    QList<InFlight> m_inFlight;
    QByteArray m_selectedMailbox;
};

} // namespace Satchel
