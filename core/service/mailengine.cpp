#include "mailengine.h"

#include "imap/imapcompressjob.h"
#include "imap/imapfetchjob.h"
#include "imap/imapidjob.h"
#include "imap/imapinboxwatcher.h"
#include "imap/imappreviewfetch.h"
#include "imap/imapselectjob.h"
#include "imap/imapsession.h"
#include "imap/mutf7.h"
#include "store/changequeue.h"
#include "store/mailcache.h"

namespace Satchel {

namespace {

Error folderUnknown(const QString &folder)
{
    return Error(Error::Category::Input,
                 MailEngine::tr("There is no folder \"%1\" in the cache; run \"satchel-cli sync\" "
                                "first, or see \"satchel-cli folders\" for the names.")
                     .arg(folder));
}

// Previews per batch, and per folder after one sync: the newest messages get theirs first, and a
// sync of a large folder does not turn into downloading a part of every message.
constexpr int previewBatch = 50;
constexpr int previewsPerSync = 500;

Error notConfigured()
{
    return Error(Error::Category::Usage, MailEngine::tr("This account has no IMAP server to ask."));
}

} // namespace

MailEngine::MailEngine(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(cachePath)
{}

MailEngine::~MailEngine() = default;

void MailEngine::setServer(const ServiceConfig &imap, const QString &password,
                           const TlsPolicy &policy)
{
    const bool same = m_imap.host == imap.host && m_imap.port == imap.port &&
                      m_imap.security == imap.security && m_imap.username == imap.username &&
                      m_password == password;
    m_imap = imap;
    m_password = password;
    m_policy = policy;
    if (!same && m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
        m_sessionReady = false;
    }
}

Error MailEngine::openCache()
{
    if (m_cache)
        return {};
    auto cache = std::make_unique<MailCache>(m_cachePath);
    if (Error error = cache->open(); error.isError())
        return error;
    m_cache = std::move(cache);
    return {};
}

void MailEngine::enqueue(const Step &step)
{
    m_steps.append(step);
    if (!m_running)
        runNext();
}

void MailEngine::runNext()
{
    if (m_steps.isEmpty()) {
        m_running = false;
        return;
    }
    m_running = true;
    const Step step = m_steps.takeFirst();
    step([this] { QMetaObject::invokeMethod(this, &MailEngine::runNext, Qt::QueuedConnection); });
}

void MailEngine::withSession(const SessionReady &ready)
{
    if (m_imap.host.isEmpty()) {
        ready(nullptr, notConfigured());
        return;
    }
    if (m_session && m_sessionReady) {
        ready(m_session, {});
        return;
    }
    m_waitingForSession.append(ready);
    if (m_session)
        return;
    ImapSession *session = newSession();
    m_session = session;
    connect(session, &ImapSession::opened, this, [this] {
        m_sessionReady = true;
        for (const SessionReady &waiting : std::exchange(m_waitingForSession, {}))
            waiting(m_session, {});
    });
    connect(session, &ImapSession::closed, this, &MailEngine::onSessionClosed);
    session->open();
}

ImapSession *MailEngine::newSession()
{
    auto *session = new ImapSession(this);
    session->setEndpoint(m_imap.endpoint());
    session->setCredentials(m_imap.username, m_password);
    session->setTlsPolicy(m_policy);
    connect(session, &ImapSession::opened, session, [session] {
        // Nearby, deflate costs more than it saves (measured in bench/README.md).
        if (session->hasCapability("COMPRESS=DEFLATE") && !session->isPeerNearby())
            (new ImapCompressJob(session))->start(); // a refusal changes nothing: no check
        if (session->hasCapability("ID"))
            (new ImapIdJob(session))->start();
    });
    return session;
}

void MailEngine::onSessionClosed(const Error &error)
{
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    m_sessionReady = false;
    const Error reported =
        error.isError() ? error
                        : Error(Error::Category::Network, tr("The server closed the connection."));
    for (const SessionReady &waiting : std::exchange(m_waitingForSession, {}))
        waiting(nullptr, reported);
}

void MailEngine::setWatching(bool watch)
{
    if (!watch) {
        delete m_watcher;
        return;
    }
    if (!m_watcher) {
        m_watcher = new ImapInboxWatcher(this);
        connect(m_watcher, &ImapInboxWatcher::changed, this, &MailEngine::syncWatched);
        connect(this, &MailEngine::synced, m_watcher, [this](quint64 requestId) {
            if (requestId != 0)
                return;
            m_watchSyncPending = false;
            // News that came while that sync ran may have missed it.
            if (std::exchange(m_watchNewsWaiting, false))
                syncWatched();
        });
    }
    m_watcher->setServer(m_imap.endpoint(), m_imap.username, m_password, m_policy);
    m_watcher->start();
}

void MailEngine::syncWatched()
{
    if (m_watchSyncPending) {
        m_watchNewsWaiting = true;
        return;
    }
    m_watchSyncPending = true;
    sync(0, QStringLiteral("INBOX"), false);
}

void MailEngine::close()
{
    if (m_session && m_sessionReady)
        m_session->logout();
}

void MailEngine::sync(quint64 requestId, const QString &folder, bool bodies, bool previews)
{
    enqueue([=, this](const std::function<void()> &next) {
        const auto finishWith = [this, requestId, next, previews](const SyncReport &report) {
            emit synced(requestId, report);
            if (previews) {
                // One step more than folders, so that a sync with none still says it is done.
                m_previewSteps[requestId] += int(report.folders.size()) + 1;
                for (const ImapAccountSync::FolderResult &result : report.folders)
                    queuePreviews(requestId, result.name, previewsPerSync);
                previewStepDone(requestId);
            }
            next();
        };
        if (Error error = openCache(); error.isError()) {
            finishWith({{}, 0, {}, error});
            return;
        }
        withSession([=, this](ImapSession *session, const Error &error) {
            if (error.isError()) {
                finishWith({{}, 0, {}, error});
                return;
            }
            replay(session, [=, this](int replayed, const QList<ImapChangeReplay::Refusal> &refused,
                                      const Error &replayError) {
                if (replayError.isError() || !m_session) {
                    finishWith({{}, replayed, refused, replayError});
                    return;
                }
                auto *job = new ImapAccountSync(m_session, m_cache.get(), this);
                job->setFolder(folder);
                job->setFetchBodies(bodies);
                job->setExtraSessions(m_imap.syncConnections, [this] { return newSession(); });
                connect(job, &ImapAccountSync::folderProgress, this,
                        [this, requestId](const QString &name, quint32 done, quint32 total) {
                            emit syncProgress(requestId, name, done, total);
                        });
                connect(job, &Job::finished, this, [=] {
                    finishWith({job->results(), replayed, refused, job->error()});
                });
                job->start();
            });
        });
    });
}

void MailEngine::queuePreviews(quint64 requestId, const QString &folder, int budget)
{
    enqueue([=, this](const std::function<void()> &next) {
        const std::optional<CachedFolder> cached = m_cache->folder(folder);
        if (!cached || cached->uidValidity == 0) {
            previewStepDone(requestId);
            next();
            return;
        }
        withSession([=, this](ImapSession *session, const Error &error) {
            if (error.isError()) {
                previewStepDone(requestId); // offline: the next sync tries again
                next();
                return;
            }
            auto *job = new ImapPreviewFetch(session, m_cache.get(), *cached, this);
            job->setBatchSize(qMin(budget, previewBatch));
            connect(job, &Job::finished, this, [=, this] {
                if (job->made() > 0)
                    emit previewsMade(folder);
                if (!job->error().isError() && job->made() > 0 && job->mayHaveMore() &&
                    budget > previewBatch)
                    queuePreviews(requestId, folder, budget - previewBatch);
                else
                    previewStepDone(requestId);
                next();
            });
            job->start();
        });
    });
}

void MailEngine::previewStepDone(quint64 requestId)
{
    if (--m_previewSteps[requestId] > 0)
        return;
    m_previewSteps.remove(requestId);
    emit previewsDone(requestId);
}

void MailEngine::replay(
    ImapSession *session,
    const std::function<void(int, const QList<ImapChangeReplay::Refusal> &, const Error &)> &done)
{
    auto *job = new ImapChangeReplay(session, m_cache.get(), this);
    connect(job, &Job::finished, this,
            [job, done] { done(job->replayed(), job->refused(), job->error()); });
    job->start();
}

void MailEngine::listMessages(quint64 requestId, const QString &folder, const MessageQuery &query)
{
    enqueue([=, this](const std::function<void()> &next) {
        Error error = openCache();
        QList<CachedMessage> messages;
        if (!error.isError()) {
            const std::optional<CachedFolder> cached = m_cache->folder(folder);
            if (cached) {
                MessageQuery request = query;
                request.folderId = cached->id;
                messages = m_cache->messages(request);
                error = m_cache->takeError();
            } else {
                error = folderUnknown(folder);
            }
        }
        emit messagesListed(requestId, messages, error);
        next();
    });
}

void MailEngine::listFolders(quint64 requestId)
{
    enqueue([=, this](const std::function<void()> &next) {
        Error error = openCache();
        QList<CachedFolder> folders;
        if (!error.isError()) {
            folders = m_cache->folders();
            error = m_cache->takeError();
        }
        emit foldersListed(requestId, folders, error);
        next();
    });
}

void MailEngine::readMessage(quint64 requestId, const QString &folder, quint32 uid)
{
    enqueue([=, this](const std::function<void()> &next) {
        const auto finishWith = [this, requestId, next](const QByteArray &bytes,
                                                        const Error &error) {
            emit messageRead(requestId, bytes, error);
            next();
        };
        if (Error error = openCache(); error.isError()) {
            finishWith({}, error);
            return;
        }
        const std::optional<CachedFolder> cached = m_cache->folder(folder);
        if (!cached) {
            finishWith({}, folderUnknown(folder));
            return;
        }
        if (const std::optional<QByteArray> body = m_cache->body(cached->id, uid)) {
            finishWith(*body, {});
            return;
        }
        withSession([=, this](ImapSession *session, const Error &error) {
            if (error.isError())
                finishWith({}, error);
            else
                fetchBody(session, *cached, uid, finishWith);
        });
    });
}

void MailEngine::fetchBody(ImapSession *session, const CachedFolder &folder, quint32 uid,
                           const std::function<void(const QByteArray &, const Error &)> &done)
{
    auto *select = new ImapSelectJob(session);
    select->setMailbox(folder.rawName);
    select->setReadOnly(true);
    auto uidValidity = std::make_shared<quint32>(0);
    connect(select, &Job::finished, this,
            [select, uidValidity] { *uidValidity = select->mailboxState().uidValidity; });
    select->start();
    auto *fetch = new ImapFetchJob(session);
    fetch->setUids(QByteArray::number(uid));
    fetch->setItems("(UID BODY.PEEK[])");
    connect(fetch, &Job::finished, this, [=, this] {
        if (fetch->error().isError()) {
            done({}, fetch->error());
            return;
        }
        if (*uidValidity != folder.uidValidity && folder.uidValidity) {
            done({}, Error(Error::Category::Input,
                           tr("The folder %1 changed on the server; run \"satchel-cli sync\" "
                              "and look the message up again.")
                               .arg(folder.name)));
            return;
        }
        for (const ImapFetchData &message : fetch->messages()) {
            for (const ImapFetchSection &section : message.sections) {
                if (section.section.isEmpty() && !section.data.isNull()) {
                    m_cache->storeBody(folder.id, uid, section.data);
                    done(section.data, m_cache->takeError());
                    return;
                }
            }
        }
        done({},
             Error(Error::Category::Input,
                   tr("There is no message %1 in %2 on the server.").arg(uid).arg(folder.name)));
    });
    fetch->start();
}

// The server's name for a new folder: "/" in what the user typed becomes the server's separator,
// and the name goes below the personal namespace's prefix ("INBOX." on some servers).
QByteArray MailEngine::newFolderName(const QString &name) const
{
    QString path = name;
    const std::optional<CachedFolder> inbox = m_cache->folder(QStringLiteral("inbox"));
    const QString delimiter = inbox ? inbox->delimiter : QString();
    if (!delimiter.isEmpty() && delimiter != QLatin1String("/"))
        path.replace(QLatin1Char('/'), delimiter);
    const QByteArray prefix =
        m_cache->meta(QStringLiteral("personalPrefix")).value_or(QByteArray());
    QByteArray raw = Mutf7::encode(path);
    if (!prefix.isEmpty() && !raw.startsWith(prefix) &&
        path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0)
        raw.prepend(prefix);
    return raw;
}

Error MailEngine::queueChange(const MailChangeRequest &request, qint64 *changeId)
{
    PendingChange change;
    change.kind = request.kind;
    change.uid = request.uid;
    if (request.kind == PendingChange::Kind::CreateFolder) {
        change.folder = newFolderName(request.folder);
        change.argument = request.folder.toUtf8();
    } else {
        const std::optional<CachedFolder> folder = m_cache->folder(request.folder);
        if (!folder)
            return folderUnknown(request.folder);
        if (!m_cache->message(folder->id, request.uid)) {
            return Error(Error::Category::Input,
                         tr("There is no message %1 in %2; \"satchel-cli list\" shows the "
                            "messages and their numbers.")
                             .arg(request.uid)
                             .arg(folder->name));
        }
        change.folder = folder->rawName;
        change.uidValidity = folder->uidValidity;
        change.argument = request.argument.toUtf8();
        if (request.kind == PendingChange::Kind::Move) {
            const std::optional<CachedFolder> target = m_cache->folder(request.argument);
            if (!target)
                return folderUnknown(request.argument);
            change.argument = target->rawName;
        } else if (request.kind == PendingChange::Kind::Delete) {
            const std::optional<CachedFolder> trash = m_cache->folder(QStringLiteral("trash"));
            change.argument =
                trash && trash->role == QLatin1String("trash") ? trash->rawName : QByteArray();
        }
    }
    ChangeQueue queue(m_cache.get());
    m_cache->begin();
    *changeId = queue.enqueue(change);
    if (*changeId)
        queue.applyToCache(change);
    if (!m_cache->commit())
        return m_cache->takeError();
    return m_cache->takeError();
}

void MailEngine::change(quint64 requestId, const MailChangeRequest &request)
{
    enqueue([=, this](const std::function<void()> &next) {
        const auto finishWith = [this, requestId, next](const ChangeReport &report) {
            emit changed(requestId, report);
            next();
        };
        Error error = openCache();
        qint64 changeId = 0;
        if (!error.isError())
            error = queueChange(request, &changeId);
        if (error.isError()) {
            finishWith({0, false, 0, {}, error});
            return;
        }
        withSession([=, this](ImapSession *session, const Error &sessionError) {
            const auto offline = [](const Error &e) {
                return e.category() == Error::Category::Network;
            };
            if (sessionError.isError()) {
                finishWith({changeId,
                            offline(sessionError),
                            0,
                            {},
                            offline(sessionError) ? Error() : sessionError});
                return;
            }
            replay(session, [=](int replayed, const QList<ImapChangeReplay::Refusal> &refused,
                                const Error &replayError) {
                finishWith({changeId, offline(replayError), replayed, refused,
                            offline(replayError) ? Error() : replayError});
            });
        });
    });
}

} // namespace Satchel
