#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// UID SEARCH in the selected mailbox: the UIDs of the messages that match.
class ImapSearchJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapSearchJob(ImapSession *session);

    // Search keys as IMAP writes them (RFC 9051 6.4.4), e.g. ALL or UNSEEN.
    void setCriteria(const QByteArray &criteria) { m_criteria = criteria; }
    // HEADER <field> "<value>": the messages whose field contains value (ASCII, as message
    // identifiers are).
    void setHeaderCriteria(const QByteArray &field, const QByteArray &value);

    const QList<quint32> &uids() const { return m_uids; }

protected:
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;

private:
    QByteArray m_criteria = "ALL";
    QList<quint32> m_uids;
};

} // namespace Satchel
