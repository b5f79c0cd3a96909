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
    : ProtocolSession(lcSmtp, parent)
{}

SmtpSession::~SmtpSession() = default;

void SmtpSession::onReady()
{
    m_phase = Phase::Greeting;
}

void SmtpSession::onConnectionFailed(const Error &error)
{
    // Some servers hang up on QUIT without answering it.
    closeWith(m_phase == Phase::Quit ? Error() : error);
}

void SmtpSession::open()
{
    m_state = State::Connecting;
    connectToServer();
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
    connection()->sendLine(line);
}

void SmtpSession::sendData(const QByteArray &bytes)
{
    connection()->sendLiteral(bytes);
}

void SmtpSession::flush()
{
    connection()->flush();
}

void SmtpSession::onTlsStarted()
{
    // Whatever was announced before TLS may have been forged: ask again.
    m_capabilities = {};
    m_capabilityLines.clear();
    m_phase = Phase::Ehlo;
    connection()->sendLine(ehloCommand);
}

void SmtpSession::onUnit(const QByteArray &unit)
{
    switch (m_parser.feedLine(unit)) {
    case SmtpReplyParser::Status::NeedMore:
        return;
    case SmtpReplyParser::Status::Error:
        closeWith(LoginErrors::protocol(endpoint(), m_parser.errorString()));
        return;
    case SmtpReplyParser::Status::Reply:
        handleReply(m_parser.takeReply());
        return;
    }
}

Error SmtpSession::serverError(const SmtpReply &reply) const
{
    if (reply.code == 421)
        return SmtpErrors::serviceClosing(endpoint(), reply);
    return LoginErrors::protocol(endpoint(), reply.describe());
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
            closeWith(SmtpErrors::serviceClosing(endpoint(), reply));
        else if (m_active)
            m_active->handleReply(reply);
        else
            closeWith(LoginErrors::protocol(endpoint(), reply.describe()));
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
        connection()->sendLine(ehloCommand);
        return;
    case Phase::Ehlo:
        handleEhlo(reply);
        return;
    case Phase::StartTls:
        if (reply.code == 220)
            connection()->startTls();
        else
            closeWith(LoginErrors::startTlsUnavailable(endpoint()));
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
    if (needsStartTls()) {
        if (!m_capabilities.startTls) {
            closeWith(LoginErrors::startTlsUnavailable(endpoint()));
            return;
        }
        m_phase = Phase::StartTls;
        connection()->sendLine("STARTTLS");
        return;
    }
    authenticate();
}

void SmtpSession::authenticate()
{
    if (probeOnly()) {
        becomeReady();
        return;
    }
    if (m_capabilities.offersAuth("PLAIN")) {
        m_phase = Phase::AuthPlain;
        connection()->sendLine("AUTH PLAIN " + LoginErrors::saslPlain(username(), password()),
                               "AUTH PLAIN <redacted>");
    } else if (m_capabilities.offersAuth("LOGIN")) {
        m_phase = Phase::AuthLoginUser;
        connection()->sendLine("AUTH LOGIN");
    } else {
        Error error(Error::Category::Server,
                    tr("%1 offers no login method Satchel can use (neither AUTH PLAIN nor AUTH "
                       "LOGIN). Check that this is your provider's submission port (465 or 587).")
                        .arg(endpoint().hostAndPort()));
        error.setReason(Error::Reason::MissingCapability);
        closeWith(error);
    }
}

void SmtpSession::handleAuthReply(const SmtpReply &reply)
{
    const bool refused = reply.code == 535 || reply.code == 534 || reply.enhancedCode == "5.7.8";
    if (refused) {
        closeWith(LoginErrors::authentication(endpoint(), username(), reply.text()));
        return;
    }
    if (m_phase == Phase::AuthLoginUser && reply.code == 334) {
        m_phase = Phase::AuthLoginPassword;
        connection()->sendLine(username().toUtf8().toBase64(), "<redacted>");
    } else if (m_phase == Phase::AuthLoginPassword && reply.code == 334) {
        m_phase = Phase::AuthPlain; // now waiting for the outcome, as after AUTH PLAIN
        connection()->sendLine(password().toUtf8().toBase64(), "<redacted>");
    } else if (m_phase == Phase::AuthPlain && reply.code == 235) {
        becomeReady();
    } else if (reply.code == 334) {
        connection()->sendLine("*"); // a challenge after the initial response: give up
    } else {
        closeWith(SmtpErrors::refused(endpoint(), tr("the login"), reply));
    }
}

void SmtpSession::becomeReady()
{
    m_phase = Phase::Ready;
    m_state = State::Ready;
    forgetPassword();
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
        connection()->sendLine("QUIT");
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
        connection()->sendLine("RSET");
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
    connection()->close();
    const Error jobError =
        error.isError() ? error
                        : Error(Error::Category::Network,
                                tr("The connection to %1 was closed before the message was sent.")
                                    .arg(endpoint().hostAndPort()));
    QList<QPointer<SmtpSendJob>> pending = std::exchange(m_queue, {});
    pending.prepend(std::exchange(m_active, nullptr));
    for (const QPointer<SmtpSendJob> &job : std::as_const(pending)) {
        if (job)
            job->abort(jobError);
    }
    emit closed(error);
}

} // namespace Satchel
