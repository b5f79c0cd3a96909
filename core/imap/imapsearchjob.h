#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// UID SEARCH in the selected mailbox. With ESEARCH (RFC 4731) the answer comes as a compact UID
// set (RETURN (ALL)), which matters for a mailbox of 100,000 messages; without it, as a list.
class ImapSearchJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapSearchJob(ImapSession *session);

    // Search criteria as IMAP writes them, e.g. "UID 1:500" or "UNSEEN". Strings in them must be
    // quoted by the caller (ImapSession::quoted) and free of CR and LF.
    void setCriteria(const QByteArray &criteria) { m_criteria = criteria; }

    // The matching UIDs, ascending.
    const QList<quint32> &uids() const { return m_uids; }

protected:
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;

private:
    QByteArray m_criteria = "ALL";
    QList<quint32> m_uids;
};

} // namespace Satchel
