#include "smtploginjob.h"

#include "smtpsession.h"

namespace Satchel {

SmtpLoginJob::SmtpLoginJob(QObject *parent)
    : LoginJob(parent)
    , m_session(new SmtpSession(this))
{
    connect(m_session, &SmtpSession::opened, m_session, &SmtpSession::quit);
    connect(m_session, &SmtpSession::closed, this, [this](const Error &error) { finish(error); });
}

QList<QByteArray> SmtpLoginJob::capabilities() const
{
    return m_session->capabilityLines();
}

QByteArray SmtpLoginJob::acceptedCertificate() const
{
    return m_session->acceptedCertificate();
}

void SmtpLoginJob::doStart()
{
    m_session->setEndpoint(endpoint());
    m_session->setCredentials(username(), password());
    m_session->setTlsPolicy(tlsPolicy());
    m_session->setTimeouts(connectTimeout(), readTimeout());
    m_session->setProbeOnly(probeOnly());
    m_session->setTranscript(transcript());
    m_session->open();
}

} // namespace Satchel
