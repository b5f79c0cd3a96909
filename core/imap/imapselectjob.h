#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// What SELECT or EXAMINE tells about a mailbox (RFC 9051 6.3.2, RFC 7162 for HIGHESTMODSEQ).
struct ImapMailboxState
{
    quint32 exists = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    std::optional<quint64> highestModSeq; // none: the server keeps no mod-sequences here
    QList<QByteArray> flags;
    QList<QByteArray> permanentFlags;
    bool readOnly = false;
};

// SELECT (or EXAMINE, read-only) of one mailbox, with CONDSTORE where the server has it.
class ImapSelectJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapSelectJob(ImapSession *session);

    // The name as the server sent it in LIST (ImapListData::rawName).
    void setMailbox(const QByteArray &rawName) { m_mailbox = rawName; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    const ImapMailboxState &mailboxState() const { return m_state; }

protected:
    QByteArray command() const override;
    bool isBarrier() const override { return true; }
    bool handleUntagged(const ImapParsedResponse &response) override;
    void handleCompletion(const ImapParsedResponse &response) override;

private:
    bool handleCode(const ImapResponseCode &code);

    QByteArray m_mailbox;
    bool m_readOnly = false;
    ImapMailboxState m_state;
};

} // namespace Satchel
