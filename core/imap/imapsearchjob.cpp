#include "imapsearchjob.h"

#include "imapsession.h"

namespace Satchel {

ImapSearchJob::ImapSearchJob(ImapSession *session)
    : ImapCommandJob(session)
{}

void ImapSearchJob::setHeaderCriteria(const QByteArray &field, const QByteArray &value)
{
    m_criteria = "HEADER " + field + ' ' + ImapSession::quoted(value);
}

QByteArray ImapSearchJob::command() const
{
    return "UID SEARCH " + m_criteria;
}

bool ImapSearchJob::handleUntagged(const ImapParsedResponse &response)
{
    const auto *search = std::get_if<ImapSearchData>(&response.data);
    if (!search)
        return false;
    m_uids.append(search->numbers);
    return true;
}

} // namespace Satchel
