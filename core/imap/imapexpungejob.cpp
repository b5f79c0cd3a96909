#include "imapexpungejob.h"

#include "imapsession.h"

namespace Satchel {

ImapExpungeJob::ImapExpungeJob(ImapSession *session)
    : ImapCommandJob(session)
{}

void ImapExpungeJob::doStart()
{
    if (session() && !session()->hasCapability("UIDPLUS")) {
        finish(Error(Error::Category::Server,
                     tr("The server cannot remove single messages (it lacks UIDPLUS); they stay "
                        "marked as deleted.")));
        return;
    }
    ImapCommandJob::doStart();
}

QByteArray ImapExpungeJob::command() const
{
    return "UID EXPUNGE " + m_uids;
}

bool ImapExpungeJob::handleUntagged(const ImapParsedResponse &response)
{
    return std::holds_alternative<ImapExpungeData>(response.data) ||
           std::holds_alternative<ImapVanishedData>(response.data);
}

} // namespace Satchel
