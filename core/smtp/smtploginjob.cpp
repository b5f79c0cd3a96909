#include "smtploginjob.h"

#include "smtpsession.h"

namespace Satchel {

SmtpLoginJob::SmtpLoginJob(QObject *parent)
    : SessionLoginJob(parent)
    , m_session(new SmtpSession(this))
{
    setSession(m_session);
    connect(m_session, &SmtpSession::opened, m_session, &SmtpSession::quit);
}

QList<QByteArray> SmtpLoginJob::capabilities() const
{
    return m_session->capabilityLines();
}

} // namespace Satchel
