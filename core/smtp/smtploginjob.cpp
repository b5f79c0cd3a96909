#include "smtploginjob.h"

#include "common/logging.h"
#include "net/loginerrors.h"

#include <QCoreApplication>

namespace Satchel {

namespace {

// The EHLO argument: an address literal reveals nothing about this machine.
const QByteArray ehloCommand = "EHLO [127.0.0.1]";

} // namespace

SmtpLoginJob::SmtpLoginJob(QObject *parent)
    : LineLoginJob(lcSmtp, parent)
{}

void SmtpLoginJob::onReady()
{
    m_state = State::Greeting;
}

void SmtpLoginJob::onTlsStarted()
{
    setCapabilities({});
    m_state = State::Ehlo;
    connection()->sendLine(ehloCommand);
}

void SmtpLoginJob::onUnit(const QByteArray &unit)
{
    switch (m_parser.feedLine(unit)) {
    case SmtpReplyParser::Status::NeedMore:
        return;
    case SmtpReplyParser::Status::Error:
        fail(protocolError(m_parser.errorString()));
        return;
    case SmtpReplyParser::Status::Reply:
        handleReply(m_parser.takeReply());
        return;
    }
}

Error SmtpLoginJob::serverError(const SmtpReply &reply) const
{
    return Error(
        Error::Category::Server,
        tr("%1 answered %2: %3").arg(endpoint().hostAndPort()).arg(reply.code).arg(reply.text()),
        reply.text());
}

void SmtpLoginJob::handleReply(const SmtpReply &reply)
{
    switch (m_state) {
    case State::Greeting:
        if (reply.code != 220) {
            fail(serverError(reply));
            return;
        }
        m_state = State::Ehlo;
        connection()->sendLine(ehloCommand);
        return;
    case State::Ehlo:
        if (reply.code != 250) {
            fail(serverError(reply));
            return;
        }
        setCapabilities(reply.lines.mid(1)); // the first line is the server's name
        if (endpoint().security == Security::StartTls && !connection()->isEncrypted()) {
            if (!hasCapability("STARTTLS")) {
                fail(LoginErrors::startTlsUnavailable(endpoint()));
                return;
            }
            m_state = State::StartTls;
            connection()->sendLine("STARTTLS");
            return;
        }
        authenticate();
        return;
    case State::StartTls:
        if (reply.code != 220) {
            fail(LoginErrors::startTlsUnavailable(endpoint()));
            return;
        }
        connection()->startTls();
        return;
    case State::AuthLoginUser:
        if (reply.code != 334) {
            fail(reply.code == 535 ? authenticationError(reply.text()) : serverError(reply));
            return;
        }
        m_state = State::AuthLoginPass;
        connection()->sendLine(username().toUtf8().toBase64(), redacted(QByteArray()));
        return;
    case State::AuthLoginPass:
        if (reply.code != 334) {
            fail(reply.code == 535 ? authenticationError(reply.text()) : serverError(reply));
            return;
        }
        m_state = State::AuthLoginDone;
        connection()->sendLine(password().toUtf8().toBase64(), redacted(QByteArray()));
        return;
    case State::AuthPlain:
    case State::AuthLoginDone:
        if (reply.code == 235) {
            m_state = State::Done;
            connection()->sendLine("QUIT");
            succeed();
        } else if (reply.code == 535 || reply.code == 534 || reply.enhancedCode == "5.7.8") {
            fail(authenticationError(reply.text()));
        } else if (reply.code == 334) {
            connection()->sendLine("*"); // a challenge after the initial response: give up
        } else {
            fail(serverError(reply));
        }
        return;
    case State::Done:
        return;
    }
}

bool SmtpLoginJob::offersAuth(const QByteArray &mechanism) const
{
    for (const QByteArray &line : capabilities()) {
        const QList<QByteArray> words = line.toUpper().split(' ');
        if (words.value(0) == "AUTH" && words.contains(mechanism))
            return true;
    }
    return false;
}

void SmtpLoginJob::authenticate()
{
    if (probeOnly()) {
        m_state = State::Done;
        connection()->sendLine("QUIT");
        succeed();
        return;
    }
    if (offersAuth("PLAIN")) {
        m_state = State::AuthPlain;
        connection()->sendLine("AUTH PLAIN " + saslPlainResponse(), "AUTH PLAIN <redacted>");
    } else if (offersAuth("LOGIN")) {
        m_state = State::AuthLoginUser;
        connection()->sendLine("AUTH LOGIN");
    } else {
        Error error(Error::Category::Server,
                    tr("%1 offers no login method Satchel can use (neither AUTH PLAIN nor AUTH "
                       "LOGIN). Check that this is your provider's submission port (465 or 587).")
                        .arg(endpoint().hostAndPort()));
        error.setReason(Error::Reason::MissingCapability);
        fail(error);
    }
}

} // namespace Satchel
