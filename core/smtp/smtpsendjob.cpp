#include "smtpsendjob.h"

#include "common/killpoint.h"
#include "net/loginerrors.h"
#include "smtpdata.h"
#include "smtperrors.h"
#include "smtpsession.h"

#include <algorithm>

namespace Satchel {

QString SmtpRecipientResult::describe() const
{
    return QStringLiteral("%1 (%2)").arg(address, reply);
}

SmtpSendJob::SmtpSendJob(SmtpSession *session)
    : Job(session)
    , m_session(session)
{}

QStringList SmtpSendJob::refusals() const
{
    QStringList list;
    for (const SmtpRecipientResult &result : m_results) {
        if (!result.accepted && !result.reply.isEmpty())
            list << result.describe();
    }
    return list;
}

bool SmtpSendJob::isTemporaryFailure() const
{
    return error().category() == Error::Category::Network;
}

void SmtpSendJob::doStart()
{
    if (!m_session || m_session->state() == SmtpSession::State::Closed ||
        m_session->state() == SmtpSession::State::Quitting) {
        finish(Error(Error::Category::Network,
                     tr("The connection to the mail server is closed; try again.")));
        return;
    }
    m_session->enqueue(this);
}

Error SmtpSendJob::checkBeforeSending(bool eightBit) const
{
    const QString problem = m_envelope.validate();
    if (!problem.isEmpty())
        return Error(Error::Category::Input, problem);
    const SmtpCapabilities &caps = m_session->capabilities();
    const Endpoint &endpoint = m_session->endpoint();
    if (caps.sizeLimit > 0 && m_message.size() > caps.sizeLimit)
        return SmtpErrors::messageTooLarge(endpoint, m_message.size(), caps.sizeLimit);
    if (eightBit && !caps.eightBitMime)
        return SmtpErrors::eightBitUnsupported(endpoint);
    if (m_envelope.needsSmtpUtf8() && !caps.smtpUtf8)
        return SmtpErrors::smtpUtf8Unsupported(endpoint);
    return {};
}

void SmtpSendJob::begin()
{
    const bool eightBit = SmtpData::needsEightBit(m_message);
    const Error problem = checkBeforeSending(eightBit);
    if (problem.isError()) {
        finish(problem);
        return;
    }
    m_data = SmtpData::encode(m_message);
    for (const QString &address : std::as_const(m_envelope.recipients))
        m_results.append({address, false, {}});
    m_pipelining = m_session->capabilities().pipelining;
    m_commandsSent = true;
    m_mailCommand = m_envelope.mailCommand(m_session->capabilities(), m_message.size(), eightBit);
    m_message.clear(); // m_data holds it now; a 10 MB message need not be held twice
    send(Step::Mail);
    if (m_pipelining) {
        while (m_nextRecipient < m_results.size())
            send(Step::Recipient);
        send(Step::Data);
    }
}

void SmtpSendJob::send(Step step)
{
    m_expected.append(step);
    switch (step) {
    case Step::Mail:
        m_session->sendCommand(m_mailCommand);
        return;
    case Step::Recipient:
        m_session->sendCommand(m_envelope.rcptCommand(m_results.at(m_nextRecipient++).address,
                                                      m_session->capabilities()));
        return;
    case Step::Data:
        m_session->sendCommand("DATA");
        return;
    case Step::Body:
        sendBody();
        return;
    }
}

void SmtpSendJob::handleReply(const SmtpReply &reply)
{
    if (m_expected.isEmpty()) {
        fail(LoginErrors::protocol(m_session->endpoint(), reply.describe()));
        settle();
        return;
    }
    switch (m_expected.takeFirst()) {
    case Step::Mail:
        onMailReply(reply);
        return;
    case Step::Recipient:
        onRecipientReply(reply);
        return;
    case Step::Data:
        onDataReply(reply);
        return;
    case Step::Body:
        if (reply.code != 250)
            fail(SmtpErrors::refused(m_session->endpoint(), tr("the message"), reply));
        settle();
        return;
    }
}

void SmtpSendJob::onMailReply(const SmtpReply &reply)
{
    KillPoint::reached(KillPoint::afterMailFrom);
    if (reply.code != 250) {
        fail(SmtpErrors::refused(m_session->endpoint(),
                                 tr("the sender address %1").arg(m_envelope.from), reply));
        settle(); // with PIPELINING, after the replies to RCPT and DATA
        return;
    }
    if (!m_pipelining)
        send(Step::Recipient);
}

void SmtpSendJob::onRecipientReply(const SmtpReply &reply)
{
    SmtpRecipientResult &result = m_results[m_repliedRecipients++];
    result.accepted = reply.code == 250 || reply.code == 251;
    result.reply = reply.describe();
    if (!result.accepted)
        m_allRefusalsTemporary = m_allRefusalsTemporary && reply.isTemporary();
    if (m_pipelining)
        return;
    if (m_nextRecipient < m_results.size())
        send(Step::Recipient);
    else if (acceptedCount() > 0)
        send(Step::Data);
    else {
        failNoRecipients();
        settle();
    }
}

void SmtpSendJob::onDataReply(const SmtpReply &reply)
{
    if (reply.code == 354) {
        if (m_failure.isError() || acceptedCount() == 0) {
            // A pipelining server may say 354 even when no recipient was taken (RFC 2920 3.1):
            // end the empty transaction at once.
            if (!m_failure.isError())
                failNoRecipients();
            m_expected.append(Step::Body);
            m_session->sendCommand(".");
            return;
        }
        send(Step::Body);
        return;
    }
    if (!m_failure.isError() && acceptedCount() == 0)
        failNoRecipients();
    else
        fail(SmtpErrors::refused(m_session->endpoint(), tr("the message"), reply));
    settle();
}

void SmtpSendJob::sendBody()
{
    QByteArray data = std::exchange(m_data, {});
    if (KillPoint::isArmed(KillPoint::duringData)) {
        // Let the server see part of the message, as when a connection drops mid-upload.
        m_session->sendData(data.left(data.size() / 2));
        m_session->flush();
        KillPoint::reached(KillPoint::duringData);
    }
    m_session->sendData(data);
}

void SmtpSendJob::failNoRecipients()
{
    fail(SmtpErrors::recipientsRefused(m_session->endpoint(), refusals(), true,
                                       m_allRefusalsTemporary));
}

void SmtpSendJob::fail(const Error &error)
{
    if (!m_failure.isError())
        m_failure = error;
}

void SmtpSendJob::settle()
{
    if (m_expected.isEmpty())
        finish(m_failure);
}

qsizetype SmtpSendJob::acceptedCount() const
{
    return std::count_if(m_results.cbegin(), m_results.cend(),
                         [](const SmtpRecipientResult &result) { return result.accepted; });
}

} // namespace Satchel
