#include "imapidlejob.h"

#include "imapsession.h"

namespace Satchel {

ImapIdleJob::ImapIdleJob(ImapSession *session)
    : ImapCommandJob(session)
{
    m_maxDuration.setSingleShot(true);
    m_maxDuration.setInterval(28 * 60 * 1000);
    connect(&m_maxDuration, &QTimer::timeout, this, &ImapIdleJob::stop);
}

void ImapIdleJob::doStart()
{
    if (session() && !session()->hasCapability("IDLE")) {
        finish(Error(Error::Category::Server,
                     tr("The server does not support IDLE; new mail is found by checking "
                        "regularly instead.")));
        return;
    }
    ImapCommandJob::doStart();
}

void ImapIdleJob::stop()
{
    m_stopRequested = true;
    if (m_idling && !m_doneSent) {
        m_doneSent = true;
        session()->setReadTimeout(session()->readTimeout());
        session()->sendContinuation("DONE");
    }
}

bool ImapIdleJob::handleContinuation(const ImapParsedResponse &)
{
    if (m_idling)
        return false;
    m_idling = true;
    // Hours of silence are normal now; the connection's read timeout would end it.
    session()->setReadTimeout(0);
    m_maxDuration.start();
    emit idling();
    if (m_stopRequested)
        stop();
    return true;
}

bool ImapIdleJob::handleUntagged(const ImapParsedResponse &response)
{
    if (response.type != ImapParsedResponse::Type::Untagged ||
        std::holds_alternative<std::monostate>(response.data))
        return false;
    emit changed(response);
    return true;
}

void ImapIdleJob::handleCompletion(const ImapParsedResponse &response)
{
    m_maxDuration.stop();
    if (m_idling && !m_doneSent && session())
        session()->setReadTimeout(session()->readTimeout());
    m_idling = false;
    ImapCommandJob::handleCompletion(response);
}

} // namespace Satchel
