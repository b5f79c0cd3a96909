#include "imapmovejob.h"

#include "imapcopyjob.h"
#include "imapexpungejob.h"
#include "imapsession.h"
#include "imapstorejob.h"

namespace Satchel {

ImapMoveJob::ImapMoveJob(ImapSession *session)
    : Job(session)
    , m_session(session)
{}

void ImapMoveJob::doStart()
{
    auto *copy = new ImapCopyJob(m_session);
    copy->setUids(m_uids);
    copy->setDestination(m_destination);
    const bool atomic = m_session->hasCapability("MOVE");
    copy->setMove(atomic);
    connect(copy, &Job::finished, this, [this, copy, atomic] {
        if (copy->error().isError() || atomic)
            finish(copy->error());
        else
            markDeleted();
    });
    copy->start();
}

void ImapMoveJob::markDeleted()
{
    auto *store = new ImapStoreJob(m_session);
    store->setUids(m_uids);
    store->setFlags(ImapStoreJob::Mode::Add, {"\\Deleted"});
    connect(store, &Job::finished, this, [this, store] {
        if (store->error().isError())
            finish(store->error());
        else
            expunge();
    });
    store->start();
}

void ImapMoveJob::expunge()
{
    auto *expunge = new ImapExpungeJob(m_session);
    expunge->setUids(m_uids);
    connect(expunge, &Job::finished, this, [this, expunge] { finish(expunge->error()); });
    expunge->start();
}

} // namespace Satchel
