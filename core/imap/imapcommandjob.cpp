#include "imapcommandjob.h"

#include "imapsession.h"

namespace Satchel {

ImapCommandJob::ImapCommandJob(ImapSession *session)
    : Job(session)
    , m_session(session)
{}

ImapSession *ImapCommandJob::session() const
{
    return m_session;
}

void ImapCommandJob::doStart()
{
    if (!m_session || m_session->state() == ImapSession::State::Closed ||
        m_session->state() == ImapSession::State::LoggingOut) {
        finish(Error(Error::Category::Network,
                     tr("The connection to the mail server is closed; reconnect and try again.")));
        return;
    }
    m_session->enqueue(this);
}

bool ImapCommandJob::handleUntagged(const ImapParsedResponse &)
{
    return false;
}

bool ImapCommandJob::handleContinuation(const ImapParsedResponse &)
{
    return false;
}

void ImapCommandJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.status == ImapParsedResponse::Status::Ok)
        finish();
    else
        finish(refusal(QString::fromUtf8(command().left(40)), response));
}

Error ImapCommandJob::refusal(const QString &what, const ImapParsedResponse &response) const
{
    const bool unavailable = response.code.name == "UNAVAILABLE" || response.code.name == "INUSE" ||
                             response.code.name == "LIMIT";
    return Error(
        Error::Category::Server,
        unavailable
            ? tr("The server cannot do %1 right now: %2. Try again later.").arg(what, response.text)
            : tr("The server refused %1: %2").arg(what, response.text),
        response.text);
}

} // namespace Satchel
