#include "imapcopyjob.h"

#include "imapsession.h"

namespace Satchel {

ImapCopyJob::ImapCopyJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapCopyJob::command() const
{
    return (m_move ? "UID MOVE " : "UID COPY ") + m_uids + ' ' + ImapSession::quoted(m_destination);
}

bool ImapCopyJob::handleUntagged(const ImapParsedResponse &response)
{
    // UID MOVE sends COPYUID in an untagged OK before the expunges (RFC 6851 4.3).
    if (response.status == ImapParsedResponse::Status::Ok &&
        response.code.kind == ImapResponseCode::Kind::CopyUid) {
        m_copyUid = response.code;
        return true;
    }
    return false;
}

void ImapCopyJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.code.kind == ImapResponseCode::Kind::CopyUid)
        m_copyUid = response.code;
    if (response.status == ImapParsedResponse::Status::Ok)
        finish();
    else
        finish(refusal(m_move
                           ? tr("to move the messages to %1").arg(QString::fromUtf8(m_destination))
                           : tr("to copy the messages to %1").arg(QString::fromUtf8(m_destination)),
                       response));
}

} // namespace Satchel
