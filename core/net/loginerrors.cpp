#include "loginerrors.h"

#include <QCoreApplication>

namespace Satchel::LoginErrors {

Error authentication(const Endpoint &endpoint, const QString &username, const QString &serverText)
{
    return Error(Error::Category::Authentication,
                 QCoreApplication::translate(
                     "Satchel::LoginErrors",
                     "%1 refused the login of %2. Most providers need an app password here: your "
                     "normal password or a two-step verification code will not work. Create an app "
                     "password in your provider's settings and try again.")
                     .arg(endpoint.hostAndPort(), username),
                 serverText);
}

Error protocol(const Endpoint &endpoint, const QString &serverText)
{
    return Error(Error::Category::Server,
                 QCoreApplication::translate("Satchel::LoginErrors",
                                             "%1 answered in a way Satchel did not expect (%2). "
                                             "Check that the port belongs to this kind of server.")
                     .arg(endpoint.hostAndPort(), serverText.left(200)),
                 serverText);
}

Error startTlsUnavailable(const Endpoint &endpoint)
{
    Error error(Error::Category::Tls,
                QCoreApplication::translate("Satchel::LoginErrors",
                                            "%1 does not offer STARTTLS, so the password cannot "
                                            "be sent safely. Use the server's implicit TLS port "
                                            "instead.")
                    .arg(endpoint.hostAndPort()));
    error.setReason(Error::Reason::MissingCapability);
    return error;
}

Error serverClosed(const Endpoint &endpoint, const QString &serverText)
{
    return Error(Error::Category::Server,
                 QCoreApplication::translate("Satchel::LoginErrors",
                                             "%1 closed the connection: %2. Try again later.")
                     .arg(endpoint.hostAndPort(), serverText),
                 serverText);
}

QByteArray saslPlain(const QString &username, const QString &password)
{
    QByteArray message;
    message.append('\0').append(username.toUtf8()).append('\0').append(password.toUtf8());
    return message.toBase64();
}

} // namespace Satchel::LoginErrors
