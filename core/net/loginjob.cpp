#include "loginjob.h"

#include <QCoreApplication>

namespace Satchel {

LoginJob::LoginJob(Connection::LogCategory category, QObject *parent)
    : Job(parent)
    , m_connection(new Connection(category, this))
{
    connect(m_connection, &Connection::ready, this, [this] { onReady(); });
    connect(m_connection, &Connection::tlsStarted, this, [this] { onTlsStarted(); });
    connect(m_connection, &Connection::received, this,
            [this](const QByteArray &unit) { onUnit(unit); });
    connect(m_connection, &Connection::failed, this, [this](const Error &error) { finish(error); });
}

void LoginJob::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void LoginJob::setTimeouts(int connectMs, int readMs)
{
    m_connection->setTimeouts(connectMs, readMs);
}

void LoginJob::doStart()
{
    m_connection->setTlsPolicy(m_policy);
    m_connection->connectToServer(m_endpoint);
}

bool LoginJob::hasCapability(const QByteArray &name) const
{
    for (const QByteArray &capability : m_capabilities) {
        if (capability.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void LoginJob::succeed()
{
    m_connection->close();
    finish();
}

void LoginJob::fail(const Error &error)
{
    m_connection->close();
    finish(error);
}

Error LoginJob::authenticationError(const QString &serverText) const
{
    return Error(Error::Category::Authentication,
                 tr("%1 refused the login of %2. Most providers need an app password here: your "
                    "normal password or a two-step verification code will not work. Create an "
                    "app password in your provider's settings and try again.")
                     .arg(m_endpoint.hostAndPort(), m_username),
                 serverText);
}

Error LoginJob::protocolError(const QString &serverText) const
{
    return Error(Error::Category::Server,
                 tr("%1 answered in a way Satchel did not expect (%2). Check that the port "
                    "belongs to this kind of server.")
                     .arg(m_endpoint.hostAndPort(), serverText.left(200)),
                 serverText);
}

Error LoginJob::startTlsUnavailableError() const
{
    return Error(Error::Category::Tls,
                 tr("%1 does not offer STARTTLS, so the password cannot be sent safely. Use the "
                    "server's implicit TLS port instead.")
                     .arg(m_endpoint.hostAndPort()));
}

QByteArray LoginJob::saslPlainResponse() const
{
    QByteArray message;
    message.append('\0');
    message.append(m_username.toUtf8());
    message.append('\0');
    message.append(m_password.toUtf8());
    return message.toBase64();
}

QByteArray LoginJob::redacted(const QByteArray &visiblePrefix) const
{
    return visiblePrefix + "<redacted>";
}

} // namespace Satchel
