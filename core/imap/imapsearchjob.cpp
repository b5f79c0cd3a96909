#include "imapsearchjob.h"

#include "imapsession.h"

#include <algorithm>

namespace Satchel {

ImapSearchJob::ImapSearchJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapSearchJob::command() const
{
    if (session()->hasCapability("ESEARCH"))
        return "UID SEARCH RETURN (ALL) " + m_criteria;
    return "UID SEARCH " + m_criteria;
}

bool ImapSearchJob::handleUntagged(const ImapParsedResponse &response)
{
    if (const auto *search = std::get_if<ImapSearchData>(&response.data)) {
        m_uids.append(search->numbers);
        std::sort(m_uids.begin(), m_uids.end());
        return true;
    }
    if (const auto *esearch = std::get_if<ImapESearchData>(&response.data)) {
        if (!esearch->uid)
            return false;
        if (esearch->all) // "*" cannot appear in an answer; largest is never needed
            m_uids = esearch->all->toList(0);
        return true;
    }
    return false;
}

} // namespace Satchel
