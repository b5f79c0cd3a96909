#include "smtpsession.h"

#include "common/logging.h"
#include "net/loginerrors.h"
#include "smtperrors.h"
#include "smtpsendjob.h"

namespace Satchel {

namespace {

// The EHLO argument: an address literal reveals nothing about this machine.
const QByteArray ehloCommand = "EHLO [127.0.0.1]";

} // namespace

SmtpSession::SmtpSession(QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(lcSmtp, this))
{
    connect(m_connection, &Connection::ready, this, [this] { m_phase = Phase::Greeting; });
    connect(m_connection, &Connection::tlsStarted, this, &SmtpSession::onTlsStarted);
    connect(m_connection, &Connection::received, this, &SmtpSession::onUnit);
    connect(m_connection, &Connection::failed, this, [this](const Error &error) {
        // Some servers hang up on QUIT without answering it.
        closeWith(m_phase == Phase::Quit ? Error() : error);
    });
}

SmtpSession::~SmtpSession() = default;

void SmtpSession::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void SmtpSession::setTlsPolicy(const TlsPolicy &policy)
{
    m_connection->setTlsPolicy(policy);
}

void SmtpSession::setTimeouts(int connectMs, int readMs)
{
    m_connection->setTimeouts(connectMs, readMs);
}

void SmtpSession::setTranscript(std::shared_ptr<Transcript> transcript)
{
    m_connection->setTranscript(std::move(transcript));
}

void SmtpSession::open()
{
    m_state = State::Connecting;
    m_connection->connectToServer(m_endpoint);
}

void SmtpSession::quit()
{
    m_quitRequested = true;
    if (m_state == State::Ready)
        pump();
    else if (m_state == State::Disconnected || m_state == State::Connecting)
        closeWith({});
}

void SmtpSession::enqueue(SmtpSendJob *job)
{
    m_queue.append(job);
    connect(job, &Job::finished, this, [this, job] { transactionDone(job); });
    pump();
}

void SmtpSession::sendCommand(const QByteArray &line)
{
    m_connection->sendLine(line);
}

void SmtpSession::sendData(const QByteArray &bytes)
{
    m_connection->sendLiteral(bytes);
}

void SmtpSession::flush()
{
    m_connection->flush();
}

void SmtpSession::onTlsStarted()
{
    // Whatever was announced before TLS may have been forged: ask again.
    m_capabilities = {};
    m_capabilityLines.clear();
    m_phase = Phase::Ehlo;
    m_connection->sendLine(ehloCommand);
}

void SmtpSession::onUnit(const QByteArray &unit)
{
    switch (m_parser.feedLine(unit)) {
    case SmtpReplyParser::Status::NeedMore:
        return;
    case SmtpReplyParser::Status::Error:
        closeWith(LoginErrors::protocol(m_endpoint, m_parser.errorString()));
        return;
    case SmtpReplyParser::Status::Reply:
        handleReply(m_parser.takeReply());
        return;
    }
}

Error SmtpSession::serverError(const SmtpReply &reply) const
{
    if (reply.code == 421)
        return SmtpErrors::serviceClosing(m_endpoint, reply);
    return LoginErrors::protocol(m_endpoint, reply.describe());
}

void SmtpSession::handleReply(const SmtpReply &reply)
{
    switch (m_phase) {
    case Phase::Quit:
        closeWith({});
        return;
    case Phase::Reset:
        if (reply.code != 250) {
            closeWith(serverError(reply));
            return;
        }
        m_phase = Phase::Ready;
        pump();
        return;
    case Phase::Ready:
        if (reply.code == 421)
            closeWith(SmtpErrors::serviceClosing(m_endpoint, reply));
        else if (m_active)
            m_active->handleReply(reply);
        else
            closeWith(LoginErrors::protocol(m_endpoint, reply.describe()));
        return;
    default:
        handleLoginReply(reply);
    }
}

void SmtpSession::handleLoginReply(const SmtpReply &reply)
{
    switch (m_phase) {
    case Phase::Greeting:
        if (reply.code != 220) {
            closeWith(serverError(reply));
            return;
        }
        m_phase = Phase::Ehlo;
        m_connection->sendLine(ehloCommand);
        return;
    case Phase::Ehlo:
        handleEhlo(reply);
        return;
    case Phase::StartTls:
        if (reply.code == 220)
            m_connection->startTls();
        else
            closeWith(LoginErrors::startTlsUnavailable(m_endpoint));
        return;
    default:
        handleAuthReply(reply);
    }
}

void SmtpSession::handleEhlo(const SmtpReply &reply)
{
    if (reply.code != 250) {
        closeWith(serverError(reply));
        return;
    }
    m_capabilityLines = reply.lines.mid(1); // the first line is the server's name
    m_capabilities = SmtpCapabilities::parse(m_capabilityLines);
    if (m_endpoint.security == Security::StartTls && !m_connection->isEncrypted()) {
        if (!m_capabilities.startTls) {
            closeWith(LoginErrors::startTlsUnavailable(m_endpoint));
            return;
        }
        m_phase = Phase::StartTls;
        m_connection->sendLine("STARTTLS");
        return;
    }
    authenticate();
}

void SmtpSession::authenticate()
{
    if (m_probeOnly) {
        becomeReady();
        return;
    }
    if (m_capabilities.offersAuth("PLAIN")) {
        m_phase = Phase::AuthPlain;
        m_connection->sendLine("AUTH PLAIN " + LoginErrors::saslPlain(m_username, m_password),
                               "AUTH PLAIN <redacted>");
    } else if (m_capabilities.offersAuth("LOGIN")) {
        m_phase = Phase::AuthLoginUser;
        m_connection->sendLine("AUTH LOGIN");
    } else {
        Error error(Error::Category::Server,
                    tr("%1 offers no login method Satchel can use (neither AUTH PLAIN nor AUTH "
                       "LOGIN). Check that this is your provider's submission port (465 or 587).")
                        .arg(m_endpoint.hostAndPort()));
        error.setReason(Error::Reason::MissingCapability);
        closeWith(error);
    }
}

void SmtpSession::handleAuthReply(const SmtpReply &reply)
{
    const bool refused = reply.code == 535 || reply.code == 534 || reply.enhancedCode == "5.7.8";
    if (refused) {
        closeWith(LoginErrors::authentication(m_endpoint, m_username, reply.text()));
        return;
    }
    if (m_phase == Phase::AuthLoginUser && reply.code == 334) {
        m_phase = Phase::AuthLoginPassword;
        m_connection->sendLine(m_username.toUtf8().toBase64(), "<redacted>");
    } else if (m_phase == Phase::AuthLoginPassword && reply.code == 334) {
        m_phase = Phase::AuthPlain; // now waiting for the outcome, as after AUTH PLAIN
        m_connection->sendLine(m_password.toUtf8().toBase64(), "<redacted>");
    } else if (m_phase == Phase::AuthPlain && reply.code == 235) {
        becomeReady();
    } else if (reply.code == 334) {
        m_connection->sendLine("*"); // a challenge after the initial response: give up
    } else {
        closeWith(SmtpErrors::refused(m_endpoint, tr("the login"), reply));
    }
}

void SmtpSession::becomeReady()
{
    m_phase = Phase::Ready;
    m_state = State::Ready;
    m_password.clear(); // not needed any more
    emit opened();
    pump();
}

void SmtpSession::pump()
{
    if (m_state != State::Ready || m_phase != Phase::Ready || m_active)
        return;
    while (!m_queue.isEmpty() && !m_active) {
        const QPointer<SmtpSendJob> job = m_queue.takeFirst();
        if (!job || job->isFinished())
            continue;
        m_active = job;
        job->begin(); // may finish the job at once, which clears m_active
        if (m_state != State::Ready || m_phase != Phase::Ready)
            return;
    }
    if (!m_active && m_queue.isEmpty() && m_quitRequested) {
        m_phase = Phase::Quit;
        m_state = State::Quitting;
        m_connection->sendLine("QUIT");
    }
}

void SmtpSession::transactionDone(SmtpSendJob *job)
{
    if (job != m_active) {
        m_queue.removeAll(job);
        return;
    }
    m_active = nullptr;
    if (m_state != State::Ready)
        return;
    if (job->needsReset()) {
        m_phase = Phase::Reset;
        m_connection->sendLine("RSET");
        return;
    }
    // Not from inside begin(): pump() goes on by itself there.
    QMetaObject::invokeMethod(this, &SmtpSession::pump, Qt::QueuedConnection);
}

void SmtpSession::closeWith(const Error &error)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_connection->close();
    const Error jobError =
        error.isError() ? error
                        : Error(Error::Category::Network,
                                tr("The connection to %1 was closed before the message was sent.")
                                    .arg(m_endpoint.hostAndPort()));
    QList<QPointer<SmtpSendJob>> pending = std::exchange(m_queue, {});
    pending.prepend(std::exchange(m_active, nullptr));
    for (const QPointer<SmtpSendJob> &job : std::as_const(pending)) {
        if (job)
            job->abort(jobError);
    }
    emit closed(error);
}

} // namespace Satchel
