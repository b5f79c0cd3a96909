#include "imapcreatejob.h"

#include "imapsession.h"

namespace Satchel {

ImapCreateJob::ImapCreateJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapCreateJob::command() const
{
    return "CREATE " + ImapSession::quoted(m_mailbox);
}

void ImapCreateJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.status == ImapParsedResponse::Status::Ok)
        finish();
    else
        finish(refusal(tr("to create the folder %1").arg(QString::fromUtf8(m_mailbox)), response));
}

} // namespace Satchel
