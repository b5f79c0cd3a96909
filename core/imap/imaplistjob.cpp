#include "imaplistjob.h"

#include "imapsession.h"

namespace Satchel {

ImapListJob::ImapListJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapListJob::command() const
{
    QList<QByteArray> returnOptions;
    if (session()->hasCapability("SPECIAL-USE"))
        returnOptions << "SPECIAL-USE";
    if (session()->hasCapability("LIST-EXTENDED"))
        returnOptions << "SUBSCRIBED";
    if (session()->hasCapability("LIST-STATUS")) {
        // With HIGHESTMODSEQ a resync can tell unchanged folders without selecting them.
        returnOptions << (session()->hasCapability("CONDSTORE")
                              ? "STATUS (MESSAGES UNSEEN UIDNEXT UIDVALIDITY HIGHESTMODSEQ)"
                              : "STATUS (MESSAGES UNSEEN UIDNEXT UIDVALIDITY)");
    }
    QByteArray command = "LIST \"\" \"*\"";
    if (!returnOptions.isEmpty())
        command += " RETURN (" + returnOptions.join(' ') + ')';
    return command;
}

bool ImapListJob::handleUntagged(const ImapParsedResponse &response)
{
    if (const auto *list = std::get_if<ImapListData>(&response.data)) {
        if (list->lsub)
            return false;
        m_mailboxes.append(*list);
        return true;
    }
    if (const auto *status = std::get_if<ImapStatusData>(&response.data)) {
        m_statuses.append(*status);
        return true;
    }
    return false;
}

} // namespace Satchel
