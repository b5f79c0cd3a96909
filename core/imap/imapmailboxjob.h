#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// The commands that change the folder tree: CREATE, DELETE, RENAME, SUBSCRIBE and UNSUBSCRIBE.
// Names are given as the server spells them (modified UTF-7 unless UTF8=ACCEPT is enabled;
// Mutf7::encode makes them).
class ImapMailboxJob : public ImapCommandJob
{
    Q_OBJECT

public:
    enum class Verb
    {
        Create,
        Delete,
        Rename,
        Subscribe,
        Unsubscribe
    };

    ImapMailboxJob(ImapSession *session, Verb verb);

    void setMailbox(const QByteArray &rawName) { m_mailbox = rawName; }
    // For RENAME: the new name.
    void setNewName(const QByteArray &rawName) { m_newName = rawName; }

    // CREATE failed because the folder is there already (RFC 5530 ALREADYEXISTS).
    bool alreadyExists() const { return m_alreadyExists; }

protected:
    QByteArray command() const override;
    // DELETE of the selected mailbox leaves none selected.
    bool isBarrier() const override { return m_verb == Verb::Delete || m_verb == Verb::Rename; }
    void handleCompletion(const ImapParsedResponse &response) override;

private:
    QString purpose() const;

    Verb m_verb;
    QByteArray m_mailbox;
    QByteArray m_newName;
    bool m_alreadyExists = false;
};

} // namespace Satchel
