#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// NOOP: asks the server for news of the selected mailbox (EXISTS, EXPUNGE, FETCH), which arrive
// as the session's unsolicited data. The polling fallback where a server has no IDLE.
class ImapNoopJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapNoopJob(ImapSession *session)
        : ImapCommandJob(session)
    {}

protected:
    QByteArray command() const override { return "NOOP"; }
};

} // namespace Satchel
