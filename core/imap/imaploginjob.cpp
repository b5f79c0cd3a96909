#include "imaploginjob.h"

#include "imapsession.h"

namespace Satchel {

ImapLoginJob::ImapLoginJob(QObject *parent)
    : LoginJob(parent)
    , m_session(new ImapSession(this))
{
    connect(m_session, &ImapSession::opened, m_session, &ImapSession::logout);
    connect(m_session, &ImapSession::closed, this, [this](const Error &error) { finish(error); });
}

QList<QByteArray> ImapLoginJob::capabilities() const
{
    return m_session->capabilities();
}

QByteArray ImapLoginJob::acceptedCertificate() const
{
    return m_session->acceptedCertificate();
}

void ImapLoginJob::doStart()
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
