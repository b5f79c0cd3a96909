#include "imapfoldersync.h"

#include "common/logging.h"
#include "imapcacheconversion.h"
#include "imapfetchjob.h"
#include "imapsearchjob.h"
#include "imapsequenceset.h"
#include "imapsession.h"
#include "store/mailcache.h"

#include <algorithm>

namespace Satchel {

namespace {

// Messages (headers or whole) per transaction: large enough that fsyncs do not dominate, small
// enough that an interruption costs little to redo.
constexpr quint32 checkpointEvery = 2000;
constexpr qsizetype bodiesPerCommand = 100;

QByteArray rangeFrom(quint32 first)
{
    return QByteArray::number(first) + ":*";
}

} // namespace

ImapFolderSync::ImapFolderSync(ImapSession *session, MailCache *cache, const CachedFolder &folder,
                               QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_cache(cache)
    , m_folder(folder)
{}

void ImapFolderSync::setSession(ImapSession *session)
{
    m_session = session;
}

template <typename J>
bool ImapFolderSync::failed(J *job)
{
    if (!job->error().isError())
        return false;
    fail(job->error());
    return true;
}

void ImapFolderSync::doStart()
{
    if (!m_session) {
        fail(Error(Error::Category::Network, tr("The connection to the server was closed.")));
        return;
    }
    if (!needsServer()) {
        m_stats.unchanged = true;
        finish();
        return;
    }
    auto *select = new ImapSelectJob(m_session);
    select->setMailbox(m_folder.rawName);
    connect(select, &Job::finished, this, [this, select] {
        if (!failed(select))
            onSelected(select->mailboxState());
    });
    select->start();
}

bool ImapFolderSync::needsServer() const
{
    return !statusShowsNoChange() ||
           (m_fetchBodies && !m_cache->uidsWithoutBody(m_folder.id).isEmpty());
}

bool ImapFolderSync::statusShowsNoChange() const
{
    if (!m_status || !m_status->highestModSeq || m_folder.uidValidity == 0)
        return false;
    return m_status->uidValidity == m_folder.uidValidity && m_status->uidNext == m_folder.uidNext &&
           m_status->messages == m_folder.serverExists &&
           *m_status->highestModSeq == m_folder.highestModSeq;
}

void ImapFolderSync::onSelected(const ImapMailboxState &state)
{
    m_state = state;
    if (!m_transaction) {
        m_ownTransaction = std::make_unique<SharedTransaction>(m_cache);
        m_transaction = m_ownTransaction.get();
    }
    m_transaction->join();
    m_inTransaction = true;
    if (m_folder.uidValidity != 0 && m_folder.uidValidity != state.uidValidity) {
        qCInfo(lcImap) << "UIDVALIDITY of" << m_folder.rawName << "changed from"
                       << m_folder.uidValidity << "to" << state.uidValidity
                       << "; dropping its cache";
        m_cache->resetFolder(m_folder.id);
        m_folder.uidValidity = 0;
        m_folder.highestModSeq = 0;
    }
    m_maxUid = m_cache->maxUid(m_folder.id);
    m_total = state.exists;
    const bool unchanged = m_folder.uidValidity != 0 && state.highestModSeq &&
                           *state.highestModSeq == m_folder.highestModSeq &&
                           state.uidNext == m_folder.uidNext &&
                           state.exists == m_folder.serverExists;
    if (unchanged) {
        m_stats.unchanged = true;
        fetchBodies();
    } else if (m_maxUid > 0) {
        fetchChanges();
    } else {
        fetchNew();
    }
}

void ImapFolderSync::fetchChanges()
{
    auto *fetch = new ImapFetchJob(m_session);
    fetch->setKeepResults(false);
    fetch->setUids("1:" + QByteArray::number(m_maxUid));
    const bool modSeqs = m_state.highestModSeq && m_folder.highestModSeq > 0;
    fetch->setItems(m_state.highestModSeq ? "(UID FLAGS MODSEQ)" : "(UID FLAGS)");
    if (modSeqs) {
        fetch->setChangedSince(m_folder.highestModSeq);
        fetch->setReportVanished(true);
        m_vanishedReported = m_session->isEnabled("QRESYNC");
    }
    connect(fetch, &ImapFetchJob::fetched, this, [this](const ImapFetchData &data) {
        if (*data.uid > m_maxUid || !data.flags)
            return;
        m_cache->updateFlags(m_folder.id, {*data.uid, ImapCacheConversion::flags(*data.flags),
                                           data.modSeq.value_or(0)});
        ++m_stats.changed;
        checkpoint();
    });
    connect(fetch, &ImapFetchJob::vanished, this, [this](const ImapSequenceSet &uids) {
        m_stats.removed += m_cache->removeMessages(m_folder.id, uids.toList(m_maxUid));
    });
    connect(fetch, &Job::finished, this, [this, fetch] {
        if (!failed(fetch))
            fetchNew();
    });
    fetch->start();
}

void ImapFolderSync::fetchNew()
{
    if (m_state.exists == 0 || m_state.uidNext == m_maxUid + 1) {
        reconcile();
        return;
    }
    fetchHeaders(rangeFrom(m_maxUid + 1), true);
}

void ImapFolderSync::fetchHeaders(const QByteArray &uidSet, bool onlyAboveMax)
{
    auto *fetch = new ImapFetchJob(m_session);
    fetch->setKeepResults(false);
    fetch->setUids(uidSet);
    fetch->setItems(headerItems());
    const quint32 floor = onlyAboveMax ? m_maxUid : 0;
    connect(fetch, &ImapFetchJob::fetched, this, [this, floor](const ImapFetchData &data) {
        // "n:*" always includes the last message, even when its UID is below n.
        if (*data.uid <= floor)
            return;
        m_cache->insertMessage(m_folder.id, ImapCacheConversion::message(data));
        ++m_stats.added;
        if (++m_done % 500 == 0)
            emit progress(m_done, m_total);
        checkpoint();
    });
    connect(fetch, &Job::finished, this, [this, fetch, onlyAboveMax] {
        if (failed(fetch))
            return;
        if (onlyAboveMax)
            reconcile();
        else
            fetchBodies();
    });
    fetch->start();
}

QByteArray ImapFolderSync::headerItems() const
{
    return m_state.highestModSeq
               ? "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE MODSEQ)"
               : "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)";
}

// The cache must hold exactly the server's messages. When the counts agree it does (UIDs only
// grow, and expunges were reported); otherwise one UID SEARCH tells which were expunged here
// without notice and which are missing from the cache.
void ImapFolderSync::reconcile()
{
    if (!checkpoint(true))
        return;
    if (m_cache->count(m_folder.id) == m_state.exists) {
        fetchBodies();
        return;
    }
    auto *search = new ImapSearchJob(m_session);
    search->setCriteria("UID 1:*");
    connect(search, &Job::finished, this, [this, search] {
        if (!failed(search))
            onServerUids(search->uids());
    });
    search->start();
}

void ImapFolderSync::onServerUids(const QList<quint32> &serverUids)
{
    const QList<quint32> cached = m_cache->uids(m_folder.id);
    QList<quint32> gone;
    std::set_difference(cached.cbegin(), cached.cend(), serverUids.cbegin(), serverUids.cend(),
                        std::back_inserter(gone));
    QList<quint32> missing;
    std::set_difference(serverUids.cbegin(), serverUids.cend(), cached.cbegin(), cached.cend(),
                        std::back_inserter(missing));
    m_stats.removed += m_cache->removeMessages(m_folder.id, gone);
    if (missing.isEmpty()) {
        fetchBodies();
        return;
    }
    fetchHeaders(ImapSequenceSet::fromNumbers(missing).toByteArray(), false);
}

void ImapFolderSync::fetchBodies()
{
    if (!checkpoint(true))
        return;
    const QList<quint32> uids =
        m_fetchBodies ? m_cache->uidsWithoutBody(m_folder.id) : QList<quint32>();
    if (uids.isEmpty()) {
        complete();
        return;
    }
    m_done = 0;
    m_total = quint32(uids.size());
    auto remaining = std::make_shared<int>(0);
    for (qsizetype first = 0; first < uids.size(); first += bodiesPerCommand) {
        auto *fetch = new ImapFetchJob(m_session);
        fetch->setKeepResults(false);
        fetch->setUids(
            ImapSequenceSet::fromNumbers(uids.mid(first, bodiesPerCommand)).toByteArray());
        fetch->setItems("(UID BODY.PEEK[])");
        connect(fetch, &ImapFetchJob::fetched, this, [this](const ImapFetchData &data) {
            if (isFinished())
                return;
            for (const ImapFetchSection &section : data.sections) {
                if (section.section.isEmpty() && !section.data.isNull()) {
                    m_cache->storeBody(m_folder.id, *data.uid, section.data);
                    ++m_stats.bodies;
                }
            }
            if (Error error = m_cache->takeError(); error.isError()) {
                fail(error);
                return;
            }
            if (++m_done % 100 == 0)
                emit progress(m_done, m_total);
            checkpoint();
        });
        ++*remaining;
        // Every command runs to its end (an error closes the session, which ends them all); the
        // last one to finish completes the sync.
        connect(fetch, &Job::finished, this, [this, fetch, remaining] {
            --*remaining;
            if (isFinished())
                return;
            if (failed(fetch))
                return;
            if (*remaining == 0)
                complete();
        });
        fetch->start();
    }
}

void ImapFolderSync::complete()
{
    const quint32 uidNext = m_state.uidNext ? m_state.uidNext : m_cache->maxUid(m_folder.id) + 1;
    m_cache->setSyncState(m_folder.id, m_state.uidValidity, uidNext,
                          m_state.highestModSeq.value_or(0), m_state.exists);
    if (std::exchange(m_inTransaction, false) && !m_transaction->leave()) {
        fail(m_transaction->error());
        return;
    }
    if (const Error error = m_cache->takeError(); error.isError()) {
        fail(error);
        return;
    }
    m_folder.uidValidity = m_state.uidValidity;
    m_folder.uidNext = uidNext;
    m_folder.highestModSeq = m_state.highestModSeq.value_or(0);
    m_folder.serverExists = m_state.exists;
    emit progress(m_total, m_total);
    finish();
}

bool ImapFolderSync::checkpoint(bool force)
{
    if (!m_inTransaction)
        return true;
    if (!force && ++m_sinceCheckpoint < checkpointEvery)
        return true;
    m_sinceCheckpoint = 0;
    if (!m_transaction->checkpoint()) {
        fail(m_transaction->error());
        return false;
    }
    return true;
}

void ImapFolderSync::fail(const Error &error)
{
    // What was committed is whole messages; the sync state is not written, so the next sync
    // redoes exactly the unfinished part. The open batch is dropped unless other folders share
    // the transaction (SharedTransaction says why keeping it is safe).
    if (std::exchange(m_inTransaction, false))
        m_transaction->abandon();
    finish(error);
}

} // namespace Satchel
