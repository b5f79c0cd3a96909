#include "imapappendjob.h"

#include "imapsession.h"

namespace Satchel {

namespace {

constexpr qsizetype literalMinusLimit = 4096;

} // namespace

ImapAppendJob::ImapAppendJob(ImapSession *session)
    : ImapCommandJob(session)
{}

bool ImapAppendJob::nonSynchronizing() const
{
    return session()->hasCapability("LITERAL+") ||
           (session()->hasCapability("LITERAL-") && m_message.size() <= literalMinusLimit);
}

QByteArray ImapAppendJob::command() const
{
    QByteArray command = "APPEND " + ImapSession::quoted(m_mailbox);
    if (!m_flags.isEmpty())
        command += " (" + m_flags.join(' ') + ')';
    command += " {" + QByteArray::number(m_message.size()) + (nonSynchronizing() ? "+}" : "}");
    return command;
}

void ImapAppendJob::commandSent()
{
    if (!nonSynchronizing())
        return;
    m_literalSent = true;
    session()->sendLiteral(m_message, QByteArray());
}

bool ImapAppendJob::handleContinuation(const ImapParsedResponse &)
{
    if (m_literalSent)
        return false;
    m_literalSent = true;
    session()->sendLiteral(m_message, QByteArray());
    return true;
}

void ImapAppendJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.code.kind == ImapResponseCode::Kind::AppendUid && !response.code.uids.isEmpty()) {
        m_uidValidity = quint32(response.code.number);
        m_uid = response.code.uids.ranges().first().first;
    }
    if (response.status == ImapParsedResponse::Status::Ok)
        finish();
    else
        finish(
            refusal(tr("to store the message in %1").arg(QString::fromUtf8(m_mailbox)), response));
}

} // namespace Satchel
