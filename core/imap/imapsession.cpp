#include "imapsession.h"

#include "common/logging.h"
#include "imapcommandjob.h"
#include "imapparser.h"
#include "net/loginerrors.h"

#include <algorithm>

namespace Satchel {

namespace {

bool isStatus(const ImapParsedResponse &response, ImapParsedResponse::Status status)
{
    return response.status == status;
}

bool containsName(const QList<QByteArray> &names, QByteArrayView name)
{
    return std::any_of(names.cbegin(), names.cend(), [name](const QByteArray &entry) {
        return entry.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

ImapSession::ImapSession(QObject *parent)
    : ProtocolSession(lcImap, parent)
{
    connection()->setFraming(LineFramer::Mode::ImapLiterals);
}

ImapSession::~ImapSession() = default;

void ImapSession::onReady()
{
    m_phase = Phase::Greeting;
}

void ImapSession::onConnectionFailed(const Error &error)
{
    // Many servers hang up right after BYE instead of confirming LOGOUT.
    closeWith(m_state == State::LoggingOut ? Error() : error);
}

void ImapSession::setReadTimeout(int readMs)
{
    connection()->setReadTimeout(readMs);
}

void ImapSession::sendLiteral(const QByteArray &bytes, const QByteArray &restOfLine)
{
    connection()->sendLiteral(bytes);
    connection()->sendLine(restOfLine);
}

void ImapSession::sendContinuation(const QByteArray &line, const QByteArray &logAs)
{
    connection()->sendLine(line, logAs);
}

void ImapSession::open()
{
    m_state = State::Connecting;
    connectToServer();
}

void ImapSession::logout()
{
    if (m_state == State::Closed || m_state == State::LoggingOut)
        return;
    if (m_phase != Phase::Ready) {
        closeWith({});
        return;
    }
    const QList<QPointer<ImapCommandJob>> queued = std::exchange(m_queue, {});
    for (const QPointer<ImapCommandJob> &job : queued) {
        if (job)
            job->abort(Error(Error::Category::Network,
                             tr("The connection was closed before the command could run.")));
    }
    m_state = State::LoggingOut;
    sendInternal("LOGOUT");
}

bool ImapSession::hasCapability(QByteArrayView name) const
{
    return containsName(m_capabilities, name);
}

bool ImapSession::isEnabled(QByteArrayView name) const
{
    return containsName(m_enabled, name);
}

void ImapSession::startCompression()
{
    connection()->startCompression();
}

bool ImapSession::isCompressed() const
{
    return connection()->isCompressed();
}

bool ImapSession::isPeerNearby() const
{
    return connection()->isPeerNearby();
}

void ImapSession::markEnabled(const QList<QByteArray> &extensions)
{
    for (const QByteArray &extension : extensions) {
        if (!isEnabled(extension))
            m_enabled.append(extension);
    }
}

void ImapSession::setSelectedMailbox(const QByteArray &rawName)
{
    m_selectedMailbox = rawName;
    if (m_state == State::Authenticated || m_state == State::Selected)
        m_state = rawName.isNull() ? State::Authenticated : State::Selected;
}

QByteArray ImapSession::quoted(QByteArrayView value)
{
    QByteArray result;
    result.reserve(value.size() + 2);
    result.append('"');
    for (char c : value) {
        if (c == '"' || c == '\\')
            result.append('\\');
        result.append(c);
    }
    result.append('"');
    return result;
}

QByteArray ImapSession::nextTag()
{
    return "a" + QByteArray::number(++m_tagCounter);
}

void ImapSession::sendInternal(const QByteArray &command, const QByteArray &logAs)
{
    m_internalTag = nextTag();
    connection()->sendLine(m_internalTag + ' ' + command,
                           logAs.isEmpty() ? QByteArray() : m_internalTag + ' ' + logAs);
}

void ImapSession::onTlsStarted()
{
    // Capabilities seen before TLS may have been forged by an attacker: ask again.
    m_capabilities.clear();
    m_phase = Phase::Capability;
    sendInternal("CAPABILITY");
}

void ImapSession::onUnit(const QByteArray &unit)
{
    QString parseError;
    const std::optional<ImapParsedResponse> response = ImapParser::parse(unit, &parseError);
    if (!response) {
        closeWith(LoginErrors::protocol(endpoint(), parseError));
        return;
    }
    if (const auto *capability = std::get_if<ImapCapabilityData>(&response->data))
        m_capabilities = capability->capabilities;
    if (response->code.kind == ImapResponseCode::Kind::Capability)
        m_capabilities = response->code.list;
    if (m_phase == Phase::Ready)
        dispatch(*response);
    else
        handleLoginPhase(*response);
}

void ImapSession::handleLoginPhase(const ImapParsedResponse &response)
{
    if (m_phase == Phase::Greeting) {
        handleGreeting(response);
        return;
    }
    switch (response.type) {
    case ImapParsedResponse::Type::Continuation:
        if (m_phase == Phase::Authenticate && m_awaitingSaslContinuation) {
            m_awaitingSaslContinuation = false;
            connection()->sendLine(LoginErrors::saslPlain(username(), password()), "<redacted>");
        } else {
            closeWith(LoginErrors::protocol(endpoint(), tr("an unexpected continuation request")));
        }
        return;
    case ImapParsedResponse::Type::Untagged:
        if (isStatus(response, ImapParsedResponse::Status::Bye))
            closeWith(LoginErrors::serverClosed(endpoint(), response.text));
        return;
    case ImapParsedResponse::Type::Tagged:
        if (response.tag != m_internalTag) {
            closeWith(
                LoginErrors::protocol(endpoint(), tr("a reply to a command that was never sent")));
            return;
        }
        handleLoginCompletion(response);
        return;
    }
}

void ImapSession::handleGreeting(const ImapParsedResponse &response)
{
    if (response.type != ImapParsedResponse::Type::Untagged) {
        closeWith(LoginErrors::protocol(endpoint(), tr("no IMAP greeting")));
        return;
    }
    switch (response.status) {
    case ImapParsedResponse::Status::Ok:
        m_phase = Phase::Capability;
        if (m_capabilities.isEmpty())
            sendInternal("CAPABILITY");
        else
            afterCapabilities();
        return;
    case ImapParsedResponse::Status::PreAuth:
        // A PREAUTH session can never be upgraded to TLS (RFC 3501 6.2.1).
        if (endpoint().security == Security::StartTls) {
            closeWith(Error(Error::Category::Tls,
                            tr("%1 skipped the login before encryption could start (PREAUTH), so "
                               "the connection cannot be secured. Use the server's implicit TLS "
                               "port.")
                                .arg(endpoint().hostAndPort())));
            return;
        }
        m_phase = Phase::PostAuthCapability;
        if (m_capabilities.isEmpty())
            sendInternal("CAPABILITY");
        else
            becomeReady();
        return;
    case ImapParsedResponse::Status::Bye:
        closeWith(LoginErrors::serverClosed(endpoint(), response.text));
        return;
    default:
        closeWith(LoginErrors::protocol(endpoint(), tr("no IMAP greeting")));
    }
}

void ImapSession::afterCapabilities()
{
    if (needsStartTls()) {
        if (!hasCapability("STARTTLS")) {
            closeWith(LoginErrors::startTlsUnavailable(endpoint()));
            return;
        }
        m_phase = Phase::StartTls;
        sendInternal("STARTTLS");
        return;
    }
    authenticate();
}

void ImapSession::authenticate()
{
    if (probeOnly()) {
        m_phase = Phase::Ready;
        m_state = State::LoggingOut;
        sendInternal("LOGOUT");
        return;
    }
    m_phase = Phase::Authenticate;
    if (hasCapability("AUTH=PLAIN")) {
        if (hasCapability("SASL-IR")) {
            sendInternal("AUTHENTICATE PLAIN " + LoginErrors::saslPlain(username(), password()),
                         "AUTHENTICATE PLAIN <redacted>");
        } else {
            m_awaitingSaslContinuation = true;
            sendInternal("AUTHENTICATE PLAIN");
        }
        return;
    }
    if (hasCapability("LOGINDISABLED")) {
        Error error(Error::Category::Server,
                    tr("%1 offers no login method Satchel can use (LOGIN is disabled and "
                       "AUTHENTICATE PLAIN is not offered).")
                        .arg(endpoint().hostAndPort()));
        error.setReason(Error::Reason::MissingCapability);
        closeWith(error);
        return;
    }
    const QByteArray user = quoted(username().toUtf8());
    sendInternal("LOGIN " + user + ' ' + quoted(password().toUtf8()),
                 "LOGIN " + user + " <redacted>");
}

void ImapSession::handleLoginCompletion(const ImapParsedResponse &response)
{
    const bool ok = isStatus(response, ImapParsedResponse::Status::Ok);
    switch (m_phase) {
    case Phase::Capability:
        if (ok)
            afterCapabilities();
        else
            closeWith(LoginErrors::protocol(endpoint(), response.text));
        return;
    case Phase::StartTls:
        if (ok)
            connection()->startTls();
        else
            closeWith(LoginErrors::startTlsUnavailable(endpoint()));
        return;
    case Phase::Authenticate:
        if (ok) {
            m_phase = Phase::PostAuthCapability;
            // Servers may announce more once authenticated; without a code, ask.
            if (response.code.kind == ImapResponseCode::Kind::Capability)
                becomeReady();
            else
                sendInternal("CAPABILITY");
        } else if (response.code.name == "UNAVAILABLE") {
            closeWith(Error(Error::Category::Server,
                            tr("%1 cannot log you in right now: %2. Try again later.")
                                .arg(endpoint().hostAndPort(), response.text),
                            response.text));
        } else if (isStatus(response, ImapParsedResponse::Status::Bad)) {
            closeWith(LoginErrors::protocol(endpoint(), response.text));
        } else {
            closeWith(LoginErrors::authentication(endpoint(), username(), response.text));
        }
        return;
    case Phase::PostAuthCapability:
        if (ok)
            becomeReady();
        else
            closeWith(LoginErrors::protocol(endpoint(), response.text));
        return;
    case Phase::Greeting:
    case Phase::Ready:
        return;
    }
}

void ImapSession::becomeReady()
{
    m_phase = Phase::Ready;
    m_state = State::Authenticated;
    m_internalTag.clear();
    forgetPassword();
    emit opened();
    pump();
}

void ImapSession::enqueue(ImapCommandJob *job)
{
    m_queue.append(job);
    pump();
}

void ImapSession::pump()
{
    if (m_phase != Phase::Ready || m_state == State::LoggingOut || m_state == State::Closed)
        return;
    while (!m_queue.isEmpty()) {
        const QPointer<ImapCommandJob> job = m_queue.first();
        if (!job) {
            m_queue.removeFirst();
            continue;
        }
        const bool barrierInFlight = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                                                 [](const InFlight &f) { return f.barrier; });
        if (barrierInFlight || (job->isBarrier() && !m_inFlight.isEmpty()))
            return;
        m_queue.removeFirst();
        const QByteArray tag = nextTag();
        m_inFlight.append({tag, job, job->isBarrier()});
        connection()->sendLine(tag + ' ' + job->command());
        if (m_state == State::Closed)
            return; // the line was refused and the connection closed under us
        job->commandSent();
    }
}

void ImapSession::dispatch(const ImapParsedResponse &response)
{
    switch (response.type) {
    case ImapParsedResponse::Type::Continuation:
        for (const InFlight &flight : std::as_const(m_inFlight)) {
            if (flight.job && flight.job->handleContinuation(response))
                return;
        }
        closeWith(LoginErrors::protocol(endpoint(), tr("an unexpected continuation request")));
        return;
    case ImapParsedResponse::Type::Tagged:
        complete(response);
        return;
    case ImapParsedResponse::Type::Untagged:
        break;
    }
    if (isStatus(response, ImapParsedResponse::Status::Bye)) {
        if (m_state != State::LoggingOut)
            closeWith(LoginErrors::serverClosed(endpoint(), response.text));
        return;
    }
    for (const InFlight &flight : std::as_const(m_inFlight)) {
        if (flight.job && flight.job->handleUntagged(response))
            return;
    }
    emit unsolicited(response);
}

void ImapSession::complete(const ImapParsedResponse &response)
{
    if (m_state == State::LoggingOut && response.tag == m_internalTag) {
        closeWith({});
        return;
    }
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [&](const InFlight &f) { return f.tag == response.tag; });
    if (it == m_inFlight.end()) {
        closeWith(
            LoginErrors::protocol(endpoint(), tr("a reply to a command that was never sent")));
        return;
    }
    const QPointer<ImapCommandJob> job = it->job;
    m_inFlight.erase(it);
    if (job)
        job->handleCompletion(response);
    pump();
}

void ImapSession::closeWith(const Error &error)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    connection()->close();
    const Error jobError =
        error.isError() ? error
                        : Error(Error::Category::Network,
                                tr("The connection was closed before the command completed."));
    QList<QPointer<ImapCommandJob>> pending = std::exchange(m_queue, {});
    for (const InFlight &flight : std::exchange(m_inFlight, {}))
        pending.prepend(flight.job);
    for (const QPointer<ImapCommandJob> &job : std::as_const(pending)) {
        if (job)
            job->abort(jobError);
    }
    emit closed(error);
}

} // namespace Satchel
