#include "sessionloginjob.h"

#include "protocolsession.h"

namespace Satchel {

SessionLoginJob::SessionLoginJob(QObject *parent)
    : LoginJob(parent)
{}

QByteArray SessionLoginJob::acceptedCertificate() const
{
    return m_session->acceptedCertificate();
}

void SessionLoginJob::setSession(ProtocolSession *session)
{
    m_session = session;
    connect(m_session, &ProtocolSession::closed, this,
            [this](const Error &error) { finish(error); });
}

void SessionLoginJob::doStart()
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
