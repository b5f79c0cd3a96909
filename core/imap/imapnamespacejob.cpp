#include "imapnamespacejob.h"

namespace Satchel {

ImapNamespaceJob::ImapNamespaceJob(ImapSession *session)
    : ImapCommandJob(session)
{}

bool ImapNamespaceJob::handleUntagged(const ImapParsedResponse &response)
{
    const auto *namespaces = std::get_if<ImapNamespaceData>(&response.data);
    if (!namespaces)
        return false;
    m_namespaces = *namespaces;
    return true;
}

} // namespace Satchel
