#include "imapparallelsync.h"

#include "common/logging.h"
#include "imapenablejob.h"
#include "imapsession.h"
#include "store/mailcache.h"

#include <algorithm>

namespace Satchel {

namespace {

bool isUsable(const ImapSession *session)
{
    return session && (session->state() == ImapSession::State::Authenticated ||
                       session->state() == ImapSession::State::Selected);
}

} // namespace

ImapParallelSync::ImapParallelSync(ImapSession *session, MailCache *cache, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_cache(cache)
    , m_transaction(cache)
{}

void ImapParallelSync::setExtraSessions(int max, const SessionFactory &open)
{
    m_maxExtra = open ? std::clamp(max, 0, maxExtraSessions) : 0;
    m_openSession = open;
}

void ImapParallelSync::doStart()
{
    m_results.resize(m_folders.size());
    int heavy = 0;
    for (qsizetype i = 0; i < m_folders.size(); ++i) {
        m_results[i].name = m_folders[i].name;
        ImapFolderSync *sync = newFolderSync(m_folders[i]);
        if (sync->needsServer()) {
            m_waiting.append({i, m_folders[i], sync});
            heavy += isSelectedAndQuiet(m_folders[i]) ? 0 : 1;
        } else {
            m_results[i].stats.unchanged = true;
            delete sync;
        }
    }
    if (m_session)
        m_idle.append(m_session);
    // A single folder gains nothing from a second connection.
    openExtraSessions(std::min(m_maxExtra, heavy - 1));
    dispatch();
}

std::optional<ImapStatusData> ImapParallelSync::statusOf(const QByteArray &rawName) const
{
    for (const ImapStatusData &status : m_statuses) {
        if (status.rawName == rawName)
            return status;
    }
    return std::nullopt;
}

// The folder selected on the account's session is SELECTed again whatever its STATUS says, as
// that may be stale (see newFolderSync); but when even that STATUS shows nothing new, the new
// SELECT is cheap and no reason for another connection.
bool ImapParallelSync::isSelectedAndQuiet(const CachedFolder &folder) const
{
    const std::optional<ImapStatusData> status = statusOf(folder.rawName);
    if (!m_session || m_session->selectedMailbox() != folder.rawName || !status)
        return false;
    ImapFolderSync probe(m_session, m_cache, folder);
    probe.setFetchBodies(m_fetchBodies);
    probe.setServerStatus(*status);
    return !probe.needsServer();
}

ImapFolderSync *ImapParallelSync::newFolderSync(const CachedFolder &folder)
{
    auto *sync = new ImapFolderSync(m_session, m_cache, folder, this);
    sync->setFetchBodies(m_fetchBodies);
    sync->setTransaction(&m_transaction);
    // STATUS of the selected mailbox tells this session's view, which has not seen what
    // arrived since (RFC 3501 6.3.10): only a new SELECT does.
    const std::optional<ImapStatusData> status = statusOf(folder.rawName);
    if (status && !(m_session && m_session->selectedMailbox() == folder.rawName))
        sync->setServerStatus(*status);
    connect(sync, &ImapFolderSync::progress, this,
            [this, name = folder.name](quint32 done, quint32 total) {
                emit folderProgress(name, done, total);
            });
    return sync;
}

void ImapParallelSync::openExtraSessions(int count)
{
    for (int i = 0; i < count; ++i) {
        ImapSession *session = m_openSession();
        m_extras.append(session);
        ++m_opening;
        auto opened = std::make_shared<bool>(false);
        connect(session, &ImapSession::closed, session, &QObject::deleteLater);
        connect(session, &ImapSession::opened, this, [this, session, opened] {
            *opened = true;
            --m_opening;
            ImapEnableJob::enableQresync(session, this, [this, session = QPointer(session)] {
                if (isUsable(session))
                    m_idle.append(session);
                dispatch();
            });
        });
        connect(session, &ImapSession::closed, this, [this, session, opened](const Error &error) {
            onExtraClosed(session, *opened, error);
        });
        session->open();
    }
}

void ImapParallelSync::onExtraClosed(ImapSession *session, bool wasOpen, const Error &error)
{
    if (!wasOpen) {
        --m_opening;
        // Typically the server's limit of connections per user: the others carry on.
        qCInfo(lcImap) << "An extra connection for the sync failed; going on without it:"
                       << error.message();
    }
    m_idle.removeAll(session);
    maybeEnd();
}

void ImapParallelSync::dispatch()
{
    if (isFinished())
        return;
    while (!m_waiting.isEmpty()) {
        ImapSession *session = takeIdleSession();
        if (!session)
            break;
        startOn(m_waiting.takeFirst(), session);
    }
    if (m_waiting.isEmpty())
        releaseIdleExtras();
    maybeEnd();
}

ImapSession *ImapParallelSync::takeIdleSession()
{
    while (!m_idle.isEmpty()) {
        const QPointer<ImapSession> session = m_idle.takeFirst();
        if (isUsable(session))
            return session;
    }
    return nullptr;
}

void ImapParallelSync::startOn(Pending pending, ImapSession *session)
{
    if (!pending.sync)
        pending.sync = newFolderSync(pending.folder);
    ImapFolderSync *sync = pending.sync;
    sync->setSession(session);
    ++m_running;
    connect(sync, &Job::finished, this, [this, pending, sync, session = QPointer(session)] {
        --m_running;
        onFolderSynced(pending, sync, session);
    });
    sync->start();
}

void ImapParallelSync::onFolderSynced(const Pending &pending, ImapFolderSync *sync,
                                      ImapSession *session)
{
    const bool lost = !isUsable(session);
    const bool sessionLeft =
        m_opening > 0 || m_running > 0 ||
        std::any_of(m_idle.cbegin(), m_idle.cend(),
                    [](const QPointer<ImapSession> &s) { return isUsable(s); });
    if (sync->error().isError() && lost && !pending.retried && sessionLeft) {
        qCInfo(lcImap) << "The connection syncing" << pending.folder.rawName
                       << "was lost; trying on another:" << sync->error().message();
        // What it wrote is in the cache (whole messages); the new sync goes on from there.
        const CachedFolder now = m_cache->folderById(pending.folder.id).value_or(pending.folder);
        m_waiting.prepend({pending.index, now, nullptr, true});
    } else {
        // After a retry, what the attempt that completed did (the first may have been rolled back).
        m_results[pending.index].stats = sync->stats();
        m_results[pending.index].error = sync->error();
    }
    if (!lost)
        m_idle.append(session);
    dispatch();
}

void ImapParallelSync::releaseIdleExtras()
{
    for (const QPointer<ImapSession> &session : std::exchange(m_idle, {})) {
        if (session == m_session) {
            m_idle.append(session);
        } else if (isUsable(session)) {
            session->disconnect(this);
            session->logout();
        }
    }
}

void ImapParallelSync::maybeEnd()
{
    if (isFinished() || m_running > 0)
        return;
    if (!m_waiting.isEmpty()) {
        if (m_opening > 0)
            return;
        // Every connection is gone: the folders not synced say so.
        for (const Pending &pending : std::exchange(m_waiting, {})) {
            m_results[pending.index].error =
                Error(Error::Category::Network, tr("The connection to the server was closed."));
        }
    }
    end();
}

void ImapParallelSync::end()
{
    for (const QPointer<ImapSession> &session : std::as_const(m_extras)) {
        if (!session)
            continue;
        session->disconnect(this);
        if (isUsable(session))
            session->logout();
        else if (session->state() != ImapSession::State::LoggingOut)
            session->deleteLater();
    }
    Error error;
    for (const FolderResult &result : std::as_const(m_results)) {
        if (result.error.isError()) {
            error = result.error;
            break;
        }
    }
    finish(error);
}

} // namespace Satchel
