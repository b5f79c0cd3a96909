#include "imapcompressjob.h"

#include "imapsession.h"

namespace Satchel {

ImapCompressJob::ImapCompressJob(ImapSession *session)
    : ImapCommandJob(session)
{}

void ImapCompressJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.status != ImapParsedResponse::Status::Ok) {
        finish(refusal(tr("to compress the connection"), response));
        return;
    }
    session()->startCompression();
    finish();
}

} // namespace Satchel
