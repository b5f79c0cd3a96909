#include "imapchangejob.h"

#include "imapexpungejob.h"
#include "imapmailboxjob.h"
#include "imapmovejob.h"
#include "imapselectjob.h"
#include "imapsession.h"
#include "imapstorejob.h"

namespace Satchel {

ImapChangeJob::ImapChangeJob(ImapSession *session, const PendingChange &change, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_change(change)
{}

void ImapChangeJob::doStart()
{
    if (!m_session) {
        finish(Error(Error::Category::Network, tr("The connection to the server was closed.")));
        return;
    }
    if (m_change.kind == PendingChange::Kind::CreateFolder) {
        createFolder();
        return;
    }
    auto *select = new ImapSelectJob(m_session);
    select->setMailbox(m_change.folder);
    connect(select, &Job::finished, this, [this, select] {
        if (select->error().isError())
            finish(select->error());
        else
            onSelected(select->mailboxState().uidValidity);
    });
    select->start();
}

void ImapChangeJob::createFolder()
{
    auto *create = new ImapMailboxJob(m_session, ImapMailboxJob::Verb::Create);
    create->setMailbox(m_change.folder);
    connect(create, &Job::finished, this, [this, create] {
        if (create->error().isError() && !create->alreadyExists()) {
            finish(create->error());
            return;
        }
        auto *subscribe = new ImapMailboxJob(m_session, ImapMailboxJob::Verb::Subscribe);
        subscribe->setMailbox(m_change.folder);
        connect(subscribe, &Job::finished, this, [this, subscribe] { finishFrom(subscribe); });
        subscribe->start();
    });
    create->start();
}

void ImapChangeJob::onSelected(quint32 uidValidity)
{
    if (m_change.uidValidity != 0 && uidValidity != m_change.uidValidity) {
        finish(Error(Error::Category::Server,
                     tr("Could not %1: the folder was recreated on the server since, so the "
                        "message is no longer known by that number.")
                         .arg(m_change.description())));
        return;
    }
    switch (m_change.kind) {
    case PendingChange::Kind::Flag:
        setFlag();
        break;
    case PendingChange::Kind::Move:
        moveTo(m_change.argument);
        break;
    case PendingChange::Kind::Delete:
        if (m_change.argument.isEmpty() || m_change.argument == m_change.folder)
            expunge();
        else
            moveTo(m_change.argument);
        break;
    case PendingChange::Kind::CreateFolder:
        break;
    }
}

void ImapChangeJob::setFlag()
{
    auto *store = new ImapStoreJob(m_session);
    store->setUids(QByteArray::number(m_change.uid));
    const bool add = m_change.argument.startsWith('+');
    store->setFlags(add ? ImapStoreJob::Mode::Add : ImapStoreJob::Mode::Remove,
                    {m_change.argument.mid(1)});
    connect(store, &Job::finished, this, [this, store] { finishFrom(store); });
    store->start();
}

void ImapChangeJob::moveTo(const QByteArray &destination)
{
    auto *move = new ImapMoveJob(m_session);
    move->setUids(QByteArray::number(m_change.uid));
    move->setDestination(destination);
    connect(move, &Job::finished, this, [this, move] { finishFrom(move); });
    move->start();
}

void ImapChangeJob::expunge()
{
    auto *store = new ImapStoreJob(m_session);
    store->setUids(QByteArray::number(m_change.uid));
    store->setFlags(ImapStoreJob::Mode::Add, {"\\Deleted"});
    connect(store, &Job::finished, this, [this, store] {
        if (store->error().isError()) {
            finish(store->error());
            return;
        }
        if (!m_session->hasCapability("UIDPLUS")) {
            finish(Error(Error::Category::Server,
                         tr("The message is marked as deleted, but this server cannot remove one "
                            "message alone (no UIDPLUS); it disappears when another program "
                            "expunges the folder.")));
            return;
        }
        auto *expungeJob = new ImapExpungeJob(m_session);
        expungeJob->setUids(QByteArray::number(m_change.uid));
        connect(expungeJob, &Job::finished, this, [this, expungeJob] { finishFrom(expungeJob); });
        expungeJob->start();
    });
    store->start();
}

void ImapChangeJob::finishFrom(Job *job)
{
    finish(job->error());
}

} // namespace Satchel
