#include "imapmailboxjob.h"

#include "imapsession.h"

namespace Satchel {

ImapMailboxJob::ImapMailboxJob(ImapSession *session, Verb verb)
    : ImapCommandJob(session)
    , m_verb(verb)
{}

QByteArray ImapMailboxJob::command() const
{
    const QByteArray name = ImapSession::quoted(m_mailbox);
    switch (m_verb) {
    case Verb::Create:
        return "CREATE " + name;
    case Verb::Delete:
        return "DELETE " + name;
    case Verb::Rename:
        return "RENAME " + name + ' ' + ImapSession::quoted(m_newName);
    case Verb::Subscribe:
        return "SUBSCRIBE " + name;
    case Verb::Unsubscribe:
        return "UNSUBSCRIBE " + name;
    }
    return {};
}

QString ImapMailboxJob::purpose() const
{
    const QString name = QString::fromUtf8(m_mailbox);
    switch (m_verb) {
    case Verb::Create:
        return tr("to create the folder %1").arg(name);
    case Verb::Delete:
        return tr("to delete the folder %1").arg(name);
    case Verb::Rename:
        return tr("to rename the folder %1 to %2").arg(name, QString::fromUtf8(m_newName));
    case Verb::Subscribe:
        return tr("to subscribe to the folder %1").arg(name);
    case Verb::Unsubscribe:
        return tr("to unsubscribe from the folder %1").arg(name);
    }
    return {};
}

void ImapMailboxJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.status != ImapParsedResponse::Status::Ok) {
        m_alreadyExists = response.code.name == "ALREADYEXISTS";
        finish(refusal(purpose(), response));
        return;
    }
    if ((m_verb == Verb::Delete || m_verb == Verb::Rename) &&
        session()->selectedMailbox() == m_mailbox)
        session()->setSelectedMailbox({});
    finish();
}

} // namespace Satchel
