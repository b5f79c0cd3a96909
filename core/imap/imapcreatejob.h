#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// CREATE of a mailbox, the name given as the server spells it (modified UTF-7 unless UTF8=ACCEPT
// is enabled; Mutf7::encode makes it).
class ImapCreateJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapCreateJob(ImapSession *session);

    void setMailbox(const QByteArray &rawName) { m_mailbox = rawName; }

protected:
    QByteArray command() const override;
    void handleCompletion(const ImapParsedResponse &response) override;

private:
    QByteArray m_mailbox;
};

} // namespace Satchel
