#include "imapfetchjob.h"

#include "imapsession.h"

namespace Satchel {

ImapFetchJob::ImapFetchJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapFetchJob::command() const
{
    QByteArray command = "UID FETCH " + m_uids + ' ' + m_items;
    if (m_changedSince) {
        command += " (CHANGEDSINCE " + QByteArray::number(*m_changedSince);
        if (m_reportVanished && session()->isEnabled("QRESYNC"))
            command += " VANISHED";
        command += ')';
    }
    return command;
}

bool ImapFetchJob::handleUntagged(const ImapParsedResponse &response)
{
    if (const auto *gone = std::get_if<ImapVanishedData>(&response.data)) {
        // Only the EARLIER form answers our FETCH; a plain VANISHED is news for the mailbox.
        if (!gone->earlier || !m_reportVanished)
            return false;
        emit vanished(gone->uids);
        return true;
    }
    const auto *message = std::get_if<ImapFetchData>(&response.data);
    // A UID FETCH answer always carries the UID; a FETCH without one is someone else's news.
    if (!message || !message->uid)
        return false;
    if (m_keep)
        m_messages.append(*message);
    emit fetched(*message);
    return true;
}

} // namespace Satchel
