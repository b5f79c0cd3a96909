#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// UID FETCH of a set of messages, with CHANGEDSINCE (RFC 7162) for incremental resync. Each
// message arrives through fetched() as it is parsed, so a large fetch need not be held in memory;
// keepResults() collects them as well, for small fetches.
class ImapFetchJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapFetchJob(ImapSession *session);

    // A UID set, e.g. "1:*" or "4,7:9".
    void setUids(const QByteArray &uidSet) { m_uids = uidSet; }
    // The data items, e.g. "(UID FLAGS ENVELOPE RFC822.SIZE)".
    void setItems(const QByteArray &items) { m_items = items; }
    void setChangedSince(quint64 modSeq) { m_changedSince = modSeq; }
    // With CHANGEDSINCE on a session that enabled QRESYNC: also report the UIDs expunged since
    // (VANISHED (EARLIER), RFC 7162 3.2.6) through vanished().
    void setReportVanished(bool report) { m_reportVanished = report; }
    void setKeepResults(bool keep) { m_keep = keep; }

    const QList<ImapFetchData> &messages() const { return m_messages; }

signals:
    void fetched(const Satchel::ImapFetchData &message);
    void vanished(const Satchel::ImapSequenceSet &uids);

protected:
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;

private:
    QByteArray m_uids;
    QByteArray m_items = "(UID FLAGS)";
    std::optional<quint64> m_changedSince;
    bool m_keep = true;
    bool m_reportVanished = false;
    QList<ImapFetchData> m_messages;
};

} // namespace Satchel
