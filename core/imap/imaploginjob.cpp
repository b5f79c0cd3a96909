#include "imaploginjob.h"

#include "common/logging.h"

#include <QCoreApplication>

namespace Satchel {

namespace {

// RFC 3501 quoted string; false when the value cannot be quoted (CR, LF or NUL).
bool quote(const QString &value, QByteArray *quoted)
{
    const QByteArray utf8 = value.toUtf8();
    quoted->clear();
    quoted->append('"');
    for (char c : utf8) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
        if (c == '"' || c == '\\')
            quoted->append('\\');
        quoted->append(c);
    }
    quoted->append('"');
    return true;
}

} // namespace

ImapLoginJob::ImapLoginJob(QObject *parent)
    : LoginJob(lcImap, parent)
{
    connection()->setFraming(LineFramer::Mode::ImapLiterals);
}

QByteArray ImapLoginJob::send(const QByteArray &command, const QByteArray &logAs)
{
    m_pendingTag = "a" + QByteArray::number(m_nextTag++);
    connection()->sendLine(m_pendingTag + ' ' + command,
                           logAs.isEmpty() ? QByteArray() : m_pendingTag + ' ' + logAs);
    return m_pendingTag;
}

void ImapLoginJob::onReady()
{
    m_state = State::Greeting;
}

void ImapLoginJob::onTlsStarted()
{
    // Capabilities seen before TLS may have been forged by an attacker: ask again.
    setCapabilities({});
    m_state = State::Capability;
    send("CAPABILITY");
}

void ImapLoginJob::onUnit(const QByteArray &unit)
{
    QString parseError;
    const std::optional<ImapResponse> response = ImapResponse::parse(unit, &parseError);
    if (!response) {
        fail(protocolError(parseError));
        return;
    }
    if (!response->capabilities().isEmpty())
        setCapabilities(response->capabilities());
    if (m_state == State::Greeting) {
        handleGreeting(*response);
        return;
    }
    switch (response->type) {
    case ImapResponse::Type::Continuation:
        if (m_state == State::Authenticate && m_awaitingSaslContinuation) {
            m_awaitingSaslContinuation = false;
            connection()->sendLine(saslPlainResponse(), redacted(QByteArray()));
        } else {
            fail(protocolError(tr("an unexpected continuation request")));
        }
        return;
    case ImapResponse::Type::Untagged:
        if (response->status == ImapResponse::Status::Bye && m_state != State::Done)
            fail(Error(
                Error::Category::Server,
                tr("%1 closed the connection: %2").arg(endpoint().hostAndPort(), response->text),
                response->text));
        return;
    case ImapResponse::Type::Tagged:
        if (response->tag != m_pendingTag) {
            fail(protocolError(tr("a reply to a command that was never sent")));
            return;
        }
        handleTagged(*response);
        return;
    }
}

void ImapLoginJob::handleGreeting(const ImapResponse &response)
{
    if (response.type != ImapResponse::Type::Untagged) {
        fail(protocolError(tr("no IMAP greeting")));
        return;
    }
    switch (response.status) {
    case ImapResponse::Status::Ok:
        m_state = State::Capability;
        if (capabilities().isEmpty())
            send("CAPABILITY");
        else
            afterCapabilities();
        return;
    case ImapResponse::Status::PreAuth:
        // A PREAUTH session can never be upgraded to TLS (RFC 3501 6.2.1).
        if (endpoint().security == Security::StartTls)
            fail(Error(Error::Category::Tls,
                       tr("%1 skipped the login before encryption could start (PREAUTH), so the "
                          "connection cannot be secured. Use the server's implicit TLS port.")
                           .arg(endpoint().hostAndPort())));
        else
            succeed();
        return;
    case ImapResponse::Status::Bye:
        fail(Error(Error::Category::Server,
                   tr("%1 refused the connection: %2. Try again later.")
                       .arg(endpoint().hostAndPort(), response.text),
                   response.text));
        return;
    default:
        fail(protocolError(tr("no IMAP greeting")));
    }
}

void ImapLoginJob::afterCapabilities()
{
    if (endpoint().security == Security::StartTls && !connection()->isEncrypted()) {
        if (!hasCapability("STARTTLS")) {
            fail(startTlsUnavailableError());
            return;
        }
        m_state = State::StartTls;
        send("STARTTLS");
        return;
    }
    authenticate();
}

void ImapLoginJob::authenticate()
{
    m_state = State::Authenticate;
    if (hasCapability("AUTH=PLAIN")) {
        if (hasCapability("SASL-IR")) {
            send("AUTHENTICATE PLAIN " + saslPlainResponse(), redacted("AUTHENTICATE PLAIN "));
        } else {
            m_awaitingSaslContinuation = true;
            send("AUTHENTICATE PLAIN");
        }
        return;
    }
    if (hasCapability("LOGINDISABLED")) {
        fail(Error(Error::Category::Server,
                   tr("%1 offers no login method Satchel can use (LOGIN is disabled and "
                      "AUTHENTICATE PLAIN is not offered).")
                       .arg(endpoint().hostAndPort())));
        return;
    }
    QByteArray user;
    QByteArray pass;
    if (!quote(username(), &user) || !quote(password(), &pass)) {
        fail(Error(Error::Category::Input,
                   tr("The username or password contains a line break, which IMAP LOGIN cannot "
                      "send.")));
        return;
    }
    send("LOGIN " + user + ' ' + pass, "LOGIN " + user + " <redacted>");
}

void ImapLoginJob::handleTagged(const ImapResponse &response)
{
    const bool ok = response.status == ImapResponse::Status::Ok;
    switch (m_state) {
    case State::Capability:
        if (!ok) {
            fail(protocolError(response.text));
            return;
        }
        afterCapabilities();
        return;
    case State::StartTls:
        if (!ok) {
            fail(startTlsUnavailableError());
            return;
        }
        connection()->startTls();
        return;
    case State::Authenticate:
        if (ok) {
            m_state = State::Done;
            send("LOGOUT");
            succeed();
        } else if (response.code == "UNAVAILABLE") {
            fail(Error(Error::Category::Server,
                       tr("%1 cannot log you in right now: %2. Try again later.")
                           .arg(endpoint().hostAndPort(), response.text),
                       response.text));
        } else if (response.status == ImapResponse::Status::Bad) {
            fail(protocolError(response.text));
        } else {
            fail(authenticationError(response.text));
        }
        return;
    case State::Greeting:
    case State::Done:
        return;
    }
}

} // namespace Satchel
