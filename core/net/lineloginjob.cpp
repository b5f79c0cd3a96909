#include "lineloginjob.h"

#include "loginerrors.h"

namespace Satchel {

LineLoginJob::LineLoginJob(Connection::LogCategory category, QObject *parent)
    : LoginJob(parent)
    , m_connection(new Connection(category, this))
{
    listenTo(m_connection, this);
}

void LineLoginJob::onConnectionFailed(const Error &error)
{
    finish(error);
}

QByteArray LineLoginJob::acceptedCertificate() const
{
    return m_connection->acceptedCertificate();
}

void LineLoginJob::doStart()
{
    m_connection->setTlsPolicy(tlsPolicy());
    m_connection->setTimeouts(connectTimeout(), readTimeout());
    m_connection->setTranscript(transcript());
    m_connection->connectToServer(endpoint());
}

bool LineLoginJob::hasCapability(const QByteArray &name) const
{
    for (const QByteArray &capability : m_capabilities) {
        if (capability.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void LineLoginJob::succeed()
{
    m_connection->close();
    finish();
}

void LineLoginJob::fail(const Error &error)
{
    m_connection->close();
    finish(error);
}

Error LineLoginJob::authenticationError(const QString &serverText) const
{
    return LoginErrors::authentication(endpoint(), username(), serverText);
}

Error LineLoginJob::protocolError(const QString &serverText) const
{
    return LoginErrors::protocol(endpoint(), serverText);
}

QByteArray LineLoginJob::saslPlainResponse() const
{
    return LoginErrors::saslPlain(username(), password());
}

QByteArray LineLoginJob::redacted(const QByteArray &visiblePrefix)
{
    return visiblePrefix + "<redacted>";
}

} // namespace Satchel
