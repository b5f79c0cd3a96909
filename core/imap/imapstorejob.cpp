#include "imapstorejob.h"

namespace Satchel {

ImapStoreJob::ImapStoreJob(ImapSession *session)
    : ImapCommandJob(session)
{}

void ImapStoreJob::setFlags(Mode mode, const QList<QByteArray> &flags)
{
    m_mode = mode;
    m_flags = flags;
}

QByteArray ImapStoreJob::command() const
{
    QByteArray command = "UID STORE " + m_uids;
    if (m_unchangedSince)
        command += " (UNCHANGEDSINCE " + QByteArray::number(*m_unchangedSince) + ')';
    command += m_mode == Mode::Add      ? " +FLAGS ("
               : m_mode == Mode::Remove ? " -FLAGS ("
                                        : " FLAGS (";
    return command + m_flags.join(' ') + ')';
}

bool ImapStoreJob::handleUntagged(const ImapParsedResponse &response)
{
    const auto *message = std::get_if<ImapFetchData>(&response.data);
    if (!message || !message->uid)
        return false;
    m_updated.append(*message);
    return true;
}

void ImapStoreJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.code.kind == ImapResponseCode::Kind::Modified)
        m_modified = response.code.uids;
    if (response.status == ImapParsedResponse::Status::Ok)
        finish();
    else
        finish(refusal(tr("to change the flags"), response));
}

} // namespace Satchel
