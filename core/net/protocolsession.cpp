#include "protocolsession.h"

namespace Satchel {

ProtocolSession::ProtocolSession(Connection::LogCategory category, QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(category, this))
{
    listenTo(m_connection, this);
}

ProtocolSession::~ProtocolSession() = default;

void ProtocolSession::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void ProtocolSession::setTlsPolicy(const TlsPolicy &policy)
{
    m_connection->setTlsPolicy(policy);
}

void ProtocolSession::setTimeouts(int connectMs, int readMs)
{
    m_readTimeout = readMs;
    m_connection->setTimeouts(connectMs, readMs);
}

void ProtocolSession::setTranscript(std::shared_ptr<Transcript> transcript)
{
    m_connection->setTranscript(std::move(transcript));
}

void ProtocolSession::connectToServer()
{
    m_connection->connectToServer(m_endpoint);
}

bool ProtocolSession::needsStartTls() const
{
    return m_endpoint.security == Security::StartTls && !m_connection->isEncrypted();
}

} // namespace Satchel
