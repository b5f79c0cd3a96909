#include "imapselectjob.h"

#include "imapsession.h"

namespace Satchel {

ImapSelectJob::ImapSelectJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapSelectJob::command() const
{
    QByteArray command = (m_readOnly ? "EXAMINE " : "SELECT ") + ImapSession::quoted(m_mailbox);
    if (session()->hasCapability("CONDSTORE"))
        command += " (CONDSTORE)";
    return command;
}

bool ImapSelectJob::handleUntagged(const ImapParsedResponse &response)
{
    if (const auto *exists = std::get_if<ImapExistsData>(&response.data)) {
        m_state.exists = exists->count;
        return true;
    }
    if (const auto *flags = std::get_if<ImapFlagsData>(&response.data)) {
        m_state.flags = flags->flags;
        return true;
    }
    if (std::holds_alternative<ImapRecentData>(response.data))
        return true;
    if (response.status == ImapParsedResponse::Status::Ok)
        return handleCode(response.code);
    return false;
}

bool ImapSelectJob::handleCode(const ImapResponseCode &code)
{
    switch (code.kind) {
    case ImapResponseCode::Kind::UidValidity:
        m_state.uidValidity = quint32(code.number);
        return true;
    case ImapResponseCode::Kind::UidNext:
        m_state.uidNext = quint32(code.number);
        return true;
    case ImapResponseCode::Kind::HighestModSeq:
        m_state.highestModSeq = code.number;
        return true;
    case ImapResponseCode::Kind::NoModSeq:
        m_state.highestModSeq.reset();
        return true;
    case ImapResponseCode::Kind::PermanentFlags:
        m_state.permanentFlags = code.list;
        return true;
    case ImapResponseCode::Kind::Unseen:
    case ImapResponseCode::Kind::None:
        return true;
    default:
        return false;
    }
}

void ImapSelectJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.status != ImapParsedResponse::Status::Ok) {
        // A failed SELECT leaves no mailbox selected (RFC 9051 6.3.2).
        session()->setSelectedMailbox({});
        finish(refusal(tr("to open the folder %1").arg(QString::fromUtf8(m_mailbox)), response));
        return;
    }
    m_state.readOnly = response.code.kind == ImapResponseCode::Kind::ReadOnly;
    session()->setSelectedMailbox(m_mailbox);
    finish();
}

} // namespace Satchel
