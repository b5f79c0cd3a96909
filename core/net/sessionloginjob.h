#pragma once

#include "loginjob.h"

namespace Satchel {

class ProtocolSession;

// A login proved by opening a protocol session (IMAP, SMTP), which runs the greeting, STARTTLS
// and authentication, and leaving it again: the subclass says how to leave once it is open.
class SessionLoginJob : public LoginJob
{
    Q_OBJECT

public:
    QByteArray acceptedCertificate() const override;

protected:
    explicit SessionLoginJob(QObject *parent);

    // The job finishes when the session closes. Called once, from the subclass's constructor.
    void setSession(ProtocolSession *session);
    void doStart() override;

private:
    ProtocolSession *m_session = nullptr;
};

} // namespace Satchel
