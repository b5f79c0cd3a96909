#pragma once

#include "common/job.h"
#include "store/changequeue.h"

#include <QPointer>

namespace Satchel {

class ImapSession;
class MailCache;

// Makes the queued offline changes on the server, in the order they were made. A change the
// server refuses is reported (refused()) and leaves the queue: retrying could never succeed. A
// network failure stops the replay and keeps the rest for the next connection.
class ImapChangeReplay : public Job
{
    Q_OBJECT

public:
    struct Refusal
    {
        PendingChange change;
        Error error;
    };

    ImapChangeReplay(ImapSession *session, MailCache *cache, QObject *parent = nullptr);

    const QList<Refusal> &refused() const { return m_refused; }
    int replayed() const { return m_replayed; }

protected:
    void doStart() override;

private:
    void next();

    QPointer<ImapSession> m_session;
    MailCache *m_cache;
    ChangeQueue m_queue;
    QList<PendingChange> m_pending;
    QList<Refusal> m_refused;
    int m_replayed = 0;
};

} // namespace Satchel
