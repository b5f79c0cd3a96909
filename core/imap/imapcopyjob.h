#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// UID COPY, or UID MOVE (RFC 6851) when asked and the server has it. With UIDPLUS (RFC 4315) the
// server says which UIDs the messages got in the destination.
class ImapCopyJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapCopyJob(ImapSession *session);

    void setUids(const QByteArray &uidSet) { m_uids = uidSet; }
    void setDestination(const QByteArray &rawName) { m_destination = rawName; }
    void setMove(bool move) { m_move = move; }

    // COPYUID: the destination's UIDVALIDITY, and source and destination UIDs in matching order.
    std::optional<ImapResponseCode> copyUid() const { return m_copyUid; }

protected:
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;
    void handleCompletion(const ImapParsedResponse &response) override;

private:
    QByteArray m_uids;
    QByteArray m_destination;
    bool m_move = false;
    std::optional<ImapResponseCode> m_copyUid;
};

} // namespace Satchel
