#include "imapaccountsync.h"

#include "imapenablejob.h"
#include "imaplistjob.h"
#include "imapnamespacejob.h"
#include "imapsession.h"
#include "store/mailcache.h"

namespace Satchel {

ImapAccountSync::ImapAccountSync(ImapSession *session, MailCache *cache, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_cache(cache)
{}

void ImapAccountSync::doStart()
{
    if (!m_session) {
        finish(Error(Error::Category::Network, tr("The connection to the server was closed.")));
        return;
    }
    ImapEnableJob::enableQresync(m_session, this, [this] { begin(); });
}

void ImapAccountSync::begin()
{
    // One folder the cache knows already (new mail in the INBOX): no need to list them all.
    const std::optional<CachedFolder> known =
        m_only.isEmpty() ? std::nullopt : m_cache->folder(m_only);
    if (known && known->selectable) {
        syncFolders({*known});
        return;
    }
    list();
}

void ImapAccountSync::list()
{
    if (!m_session) {
        finish(Error(Error::Category::Network, tr("The connection to the server was closed.")));
        return;
    }
    if (m_session->hasCapability("NAMESPACE")) {
        // Pipelined with the LIST; where new folders go is needed only by a later mkdir.
        auto *names = new ImapNamespaceJob(m_session);
        connect(names, &Job::finished, this, [this, names] {
            if (names->error().isError() || names->namespaces().personal.isEmpty())
                return;
            const ImapNamespace &personal = names->namespaces().personal.constFirst();
            m_cache->setMeta(QStringLiteral("personalPrefix"), personal.rawPrefix);
        });
        names->start();
    }
    auto *listJob = new ImapListJob(m_session);
    connect(listJob, &Job::finished, this, [this, listJob] {
        if (listJob->error().isError())
            finish(listJob->error());
        else
            onListed(listJob->mailboxes(), listJob->statuses());
    });
    listJob->start();
}

void ImapAccountSync::onListed(const QList<ImapListData> &mailboxes,
                               const QList<ImapStatusData> &statuses)
{
    m_statuses = statuses;
    m_cache->begin();
    QList<QByteArray> listed;
    for (const ImapListData &mailbox : mailboxes) {
        CachedFolder folder;
        folder.rawName = mailbox.rawName;
        folder.name = mailbox.name;
        folder.delimiter = mailbox.delimiter;
        folder.role = mailbox.roleName();
        folder.selectable = mailbox.isSelectable();
        folder.subscribed = mailbox.hasAttribute("\\Subscribed");
        m_cache->upsertFolder(folder);
        listed.append(mailbox.rawName);
    }
    for (const CachedFolder &cached : m_cache->folders()) {
        if (!listed.contains(cached.rawName))
            m_cache->removeFolder(cached.id);
    }
    if (!m_cache->commit()) {
        finish(m_cache->takeError());
        return;
    }
    const std::optional<CachedFolder> only =
        m_only.isEmpty() ? std::nullopt : m_cache->folder(m_only);
    if (!m_only.isEmpty() && !only) {
        finish(Error(Error::Category::Input,
                     tr("There is no folder \"%1\" on the server; \"satchel-cli folders\" lists "
                        "them.")
                         .arg(m_only)));
        return;
    }
    QList<CachedFolder> folders;
    for (const CachedFolder &folder : m_cache->folders()) {
        if (folder.selectable && (!only || only->id == folder.id))
            folders.append(folder);
    }
    syncFolders(folders);
}

void ImapAccountSync::syncFolders(const QList<CachedFolder> &folders)
{
    auto *run = new ImapParallelSync(m_session, m_cache, this);
    run->setFolders(folders);
    run->setStatuses(m_statuses);
    run->setFetchBodies(m_fetchBodies);
    run->setExtraSessions(m_maxExtra, m_openSession);
    connect(run, &ImapParallelSync::folderProgress, this, &ImapAccountSync::folderProgress);
    connect(run, &Job::finished, this, [this, run] {
        m_results = run->results();
        finish(run->error());
    });
    run->start();
}

} // namespace Satchel
