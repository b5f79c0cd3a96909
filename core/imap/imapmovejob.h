#pragma once

#include "common/job.h"

#include <QPointer>

namespace Satchel {

class ImapSession;

// Moves messages to another mailbox of the selected one's server: UID MOVE where the server has
// it, else UID COPY, then +FLAGS (\Deleted) and UID EXPUNGE of exactly those messages. Without
// UIDPLUS the originals stay marked \Deleted rather than risk expunging other clients' messages;
// the job then ends with an error that says so, after the copy succeeded.
class ImapMoveJob : public Job
{
    Q_OBJECT

public:
    explicit ImapMoveJob(ImapSession *session);

    void setUids(const QByteArray &uidSet) { m_uids = uidSet; }
    void setDestination(const QByteArray &rawName) { m_destination = rawName; }

protected:
    void doStart() override;

private:
    void markDeleted();
    void expunge();

    QPointer<ImapSession> m_session;
    QByteArray m_uids;
    QByteArray m_destination;
};

} // namespace Satchel
