#pragma once

#include "net/sessionloginjob.h"

namespace Satchel {

class SmtpSession;

// Proves that an account can log in to its SMTP server: opens an SmtpSession (greeting, EHLO,
// STARTTLS when required and EHLO again, AUTH PLAIN or LOGIN) and quits again.
class SmtpLoginJob : public SessionLoginJob
{
    Q_OBJECT

public:
    explicit SmtpLoginJob(QObject *parent = nullptr);

    QList<QByteArray> capabilities() const override;

private:
    SmtpSession *m_session;
};

} // namespace Satchel
