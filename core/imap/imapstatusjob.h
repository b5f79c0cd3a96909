#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// STATUS of one mailbox: counts without selecting it (for servers without LIST-STATUS).
class ImapStatusJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapStatusJob(ImapSession *session);

    void setMailbox(const QByteArray &rawName) { m_mailbox = rawName; }
    const ImapStatusData &status() const { return m_status; }

protected:
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;

private:
    QByteArray m_mailbox;
    ImapStatusData m_status;
};

} // namespace Satchel
