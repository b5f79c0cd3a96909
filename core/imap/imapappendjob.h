#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// APPEND of one message to a mailbox (the Sent copy, drafts, uploads). The message goes as a
// non-synchronizing literal where the server allows it (LITERAL+, or LITERAL- up to 4 KiB: RFC
// 7888), else after the server's "+". With UIDPLUS the new message's UID comes back.
class ImapAppendJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapAppendJob(ImapSession *session);

    void setMailbox(const QByteArray &rawName) { m_mailbox = rawName; }
    void setFlags(const QList<QByteArray> &flags) { m_flags = flags; }
    void setMessage(const QByteArray &message) { m_message = message; }

    // APPENDUID (RFC 4315): the mailbox's UIDVALIDITY and the message's UID; 0 without UIDPLUS.
    quint32 uidValidity() const { return m_uidValidity; }
    quint32 uid() const { return m_uid; }

protected:
    QByteArray command() const override;
    // A synchronizing literal must not have other commands sent between its line and its data.
    bool isBarrier() const override { return !nonSynchronizing(); }
    void commandSent() override;
    bool handleContinuation(const ImapParsedResponse &response) override;
    void handleCompletion(const ImapParsedResponse &response) override;

private:
    bool nonSynchronizing() const;

    QByteArray m_mailbox;
    QList<QByteArray> m_flags;
    QByteArray m_message;
    bool m_literalSent = false;
    quint32 m_uidValidity = 0;
    quint32 m_uid = 0;
};

} // namespace Satchel
