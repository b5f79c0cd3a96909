#pragma once

#include "net/sessionloginjob.h"

namespace Satchel {

class ImapSession;

// Proves that an account can log in over IMAP: opens an ImapSession (greeting, STARTTLS when
// required, authentication) and logs out again.
class ImapLoginJob : public SessionLoginJob
{
    Q_OBJECT

public:
    explicit ImapLoginJob(QObject *parent = nullptr);

    QList<QByteArray> capabilities() const override;

private:
    ImapSession *m_session;
};

} // namespace Satchel
