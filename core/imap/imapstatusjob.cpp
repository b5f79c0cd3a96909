#include "imapstatusjob.h"

#include "imapsession.h"

namespace Satchel {

ImapStatusJob::ImapStatusJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapStatusJob::command() const
{
    return "STATUS " + ImapSession::quoted(m_mailbox) + " (MESSAGES UNSEEN UIDNEXT UIDVALIDITY)";
}

bool ImapStatusJob::handleUntagged(const ImapParsedResponse &response)
{
    const auto *status = std::get_if<ImapStatusData>(&response.data);
    if (!status || status->rawName != m_mailbox)
        return false;
    m_status = *status;
    return true;
}

} // namespace Satchel
