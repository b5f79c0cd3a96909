#pragma once

#include "imapresponse.h"
#include "net/loginjob.h"

namespace Satchel {

// Greeting, CAPABILITY, STARTTLS when required, AUTHENTICATE PLAIN (with SASL-IR where offered)
// or LOGIN, then LOGOUT. Proves that the account can log in; the mail session itself belongs to
// the IMAP engine.
class ImapLoginJob : public LoginJob
{
    Q_OBJECT

public:
    explicit ImapLoginJob(QObject *parent = nullptr);

protected:
    void onReady() override;
    void onTlsStarted() override;
    void onUnit(const QByteArray &unit) override;

private:
    enum class State
    {
        Greeting,
        Capability,
        StartTls,
        Authenticate,
        Done
    };

    void handleGreeting(const ImapResponse &response);
    void handleTagged(const ImapResponse &response);
    void afterCapabilities();
    void authenticate();
    QByteArray send(const QByteArray &command, const QByteArray &logAs = {});

    State m_state = State::Greeting;
    QByteArray m_pendingTag;
    int m_nextTag = 1;
    bool m_awaitingSaslContinuation = false;
};

} // namespace Satchel
