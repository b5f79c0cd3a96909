#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// UID STORE of flags, with UNCHANGEDSINCE (RFC 7162) so that a change made elsewhere in the
// meantime is reported, not overwritten.
class ImapStoreJob : public ImapCommandJob
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Remove,
        Replace
    };

    explicit ImapStoreJob(ImapSession *session);

    void setUids(const QByteArray &uidSet) { m_uids = uidSet; }
    void setFlags(Mode mode, const QList<QByteArray> &flags);
    void setUnchangedSince(quint64 modSeq) { m_unchangedSince = modSeq; }

    // The messages as the server reports them after the change (UID, FLAGS, MODSEQ).
    const QList<ImapFetchData> &updated() const { return m_updated; }
    // UIDs that were not stored because they changed since the given mod-sequence.
    const ImapSequenceSet &modified() const { return m_modified; }

protected:
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;
    void handleCompletion(const ImapParsedResponse &response) override;

private:
    QByteArray m_uids;
    Mode m_mode = Mode::Add;
    QList<QByteArray> m_flags;
    std::optional<quint64> m_unchangedSince;
    QList<ImapFetchData> m_updated;
    ImapSequenceSet m_modified;
};

} // namespace Satchel
