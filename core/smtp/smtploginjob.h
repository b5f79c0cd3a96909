#pragma once

#include "net/lineloginjob.h"
#include "smtpreply.h"

namespace Satchel {

// Greeting, EHLO, STARTTLS when required and EHLO again, AUTH PLAIN or LOGIN, QUIT.
class SmtpLoginJob : public LineLoginJob
{
    Q_OBJECT

public:
    explicit SmtpLoginJob(QObject *parent = nullptr);

protected:
    void onReady() override;
    void onTlsStarted() override;
    void onUnit(const QByteArray &unit) override;

private:
    enum class State
    {
        Greeting,
        Ehlo,
        StartTls,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPass,
        AuthLoginDone,
        Done
    };

    void handleReply(const SmtpReply &reply);
    void authenticate();
    bool offersAuth(const QByteArray &mechanism) const;
    Error serverError(const SmtpReply &reply) const;

    State m_state = State::Greeting;
    SmtpReplyParser m_parser;
};

} // namespace Satchel
