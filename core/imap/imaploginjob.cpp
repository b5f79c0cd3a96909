#include "imaploginjob.h"

#include "imapsession.h"

namespace Satchel {

ImapLoginJob::ImapLoginJob(QObject *parent)
    : SessionLoginJob(parent)
    , m_session(new ImapSession(this))
{
    setSession(m_session);
    connect(m_session, &ImapSession::opened, m_session, &ImapSession::logout);
}

QList<QByteArray> ImapLoginJob::capabilities() const
{
    return m_session->capabilities();
}

} // namespace Satchel
