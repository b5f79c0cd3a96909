#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// LIST "" "*", with the special-use roles (RFC 6154) and, where the server has LIST-STATUS
// (RFC 5819), each folder's counts in the same round trip.
class ImapListJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapListJob(ImapSession *session);

    const QList<ImapListData> &mailboxes() const { return m_mailboxes; }
    // STATUS data by raw mailbox name; empty when the server lacks LIST-STATUS.
    const QList<ImapStatusData> &statuses() const { return m_statuses; }

protected:
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;

private:
    QList<ImapListData> m_mailboxes;
    QList<ImapStatusData> m_statuses;
};

} // namespace Satchel
