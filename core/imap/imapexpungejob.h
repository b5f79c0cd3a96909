#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// UID EXPUNGE (RFC 4315) of exactly the given messages. There is deliberately no plain EXPUNGE:
// it would also remove what another client marked \Deleted.
class ImapExpungeJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapExpungeJob(ImapSession *session);

    void setUids(const QByteArray &uidSet) { m_uids = uidSet; }

protected:
    void doStart() override;
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;

private:
    QByteArray m_uids;
};

} // namespace Satchel
