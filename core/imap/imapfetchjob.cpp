#include "imapfetchjob.h"

namespace Satchel {

ImapFetchJob::ImapFetchJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapFetchJob::command() const
{
    QByteArray command = "UID FETCH " + m_uids + ' ' + m_items;
    if (m_changedSince)
        command += " (CHANGEDSINCE " + QByteArray::number(*m_changedSince) + ')';
    return command;
}

bool ImapFetchJob::handleUntagged(const ImapParsedResponse &response)
{
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
