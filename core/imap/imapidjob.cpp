#include "imapidjob.h"

#include "imapsession.h"

namespace Satchel {

ImapIdJob::ImapIdJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapIdJob::command() const
{
    return "ID (\"name\" \"Satchel\" \"version\" " + ImapSession::quoted(SATCHEL_VERSION) + ')';
}

bool ImapIdJob::handleUntagged(const ImapParsedResponse &response)
{
    const auto *id = std::get_if<ImapIdData>(&response.data);
    if (!id)
        return false;
    m_fields = id->fields;
    return true;
}

} // namespace Satchel
