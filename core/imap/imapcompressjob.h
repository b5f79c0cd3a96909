#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// COMPRESS DEFLATE (RFC 4978): after the server's OK, both directions of the connection are
// compressed. Large fetches shrink to a third or less; it is a barrier, as nothing may be sent
// uncompressed after it.
class ImapCompressJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapCompressJob(ImapSession *session);

protected:
    QByteArray command() const override { return "COMPRESS DEFLATE"; }
    bool isBarrier() const override { return true; }
    void handleCompletion(const ImapParsedResponse &response) override;
};

} // namespace Satchel
