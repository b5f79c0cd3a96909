#pragma once

#include "common/job.h"
#include "store/changequeue.h"

#include <QPointer>

namespace Satchel {

class ImapSession;

// Makes one change the user asked for on the server: a flag, a move, a delete (to the trash, or
// \Deleted and UID EXPUNGE of that message only), a new folder. The change names its folder's
// UIDVALIDITY; when the server's differs, the UID means another message now and the change is
// refused rather than made to the wrong one.
class ImapChangeJob : public Job
{
    Q_OBJECT

public:
    ImapChangeJob(ImapSession *session, const PendingChange &change, QObject *parent = nullptr);

    const PendingChange &change() const { return m_change; }

protected:
    void doStart() override;

private:
    void createFolder();
    void onSelected(quint32 uidValidity);
    void setFlag();
    void moveTo(const QByteArray &destination);
    void expunge();
    void finishFrom(Job *job);

    QPointer<ImapSession> m_session;
    PendingChange m_change;
};

} // namespace Satchel
