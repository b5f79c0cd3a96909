#include "mailjobs.h"

#include "accountworker.h"

namespace Satchel {

MailEngine *MailJob::engine() const
{
    return worker()->mailEngine();
}

bool MailJob::post(const QString &password, const std::function<void(MailEngine *)> &request)
{
    if (workerGone())
        return false;
    const std::optional<ServiceConfig> imap = account().service(ServiceType::Imap);
    if (!imap) {
        finish(Error(Error::Category::Usage,
                     tr("%1 receives mail by POP3; this works on IMAP accounts only.")
                         .arg(account().email)));
        return false;
    }
    MailEngine *target = engine();
    const ServiceConfig service = withUsername(*imap);
    const TlsPolicy policy = tlsPolicy();
    QMetaObject::invokeMethod(target, [target, service, password, policy, request] {
        target->setServer(service, password, policy);
        request(target);
    });
    return true;
}

void SyncJob::run(const QString &password)
{
    if (workerGone())
        return;
    const quint64 requestId = newRequestId();
    connect(engine(), &MailEngine::syncProgress, this,
            [this, requestId](quint64 id, const QString &folder, quint32 done, quint32 total) {
                if (id == requestId)
                    emit progress(folder, done, total);
            });
    connect(engine(), &MailEngine::synced, this,
            [this, requestId](quint64 id, const SyncReport &report) {
                if (id != requestId)
                    return;
                m_report = report;
                if (m_previews != Previews::Wait || report.error.isError())
                    finish(report.error);
            });
    connect(engine(), &MailEngine::previewsDone, this, [this, requestId](quint64 id) {
        if (id == requestId)
            finish(m_report.error);
    });
    const QString folder = m_folder;
    const bool bodies = m_bodies;
    const bool previews = m_previews != Previews::Skip;
    post(password, [requestId, folder, bodies, previews](MailEngine *engine) {
        engine->sync(requestId, folder, bodies, previews);
    });
}

void MessageListJob::doStart()
{
    run({});
}

void MessageListJob::run(const QString &)
{
    if (workerGone())
        return;
    const quint64 requestId = newRequestId();
    connect(
        engine(), &MailEngine::messagesListed, this,
        [this, requestId](quint64 id, const QList<CachedMessage> &messages, const Error &error) {
            if (id != requestId)
                return;
            m_messages = messages;
            finish(error);
        });
    MailEngine *target = engine();
    const QString folder = m_folder;
    const MessageQuery query = m_query;
    QMetaObject::invokeMethod(target, [target, requestId, folder, query] {
        target->listMessages(requestId, folder, query);
    });
}

void FolderListJob::doStart()
{
    run({});
}

void FolderListJob::run(const QString &)
{
    if (workerGone())
        return;
    const quint64 requestId = newRequestId();
    connect(engine(), &MailEngine::foldersListed, this,
            [this, requestId](quint64 id, const QList<CachedFolder> &folders, const Error &error) {
                if (id != requestId)
                    return;
                m_folders = folders;
                finish(error);
            });
    MailEngine *target = engine();
    QMetaObject::invokeMethod(target, [target, requestId] { target->listFolders(requestId); });
}

void WatchJob::run(const QString &password)
{
    const bool watch = m_watch;
    if (post(password, [watch](MailEngine *engine) { engine->setWatching(watch); }))
        finish({});
}

void ReadMessageJob::setMessage(const QString &folder, quint32 uid)
{
    m_folder = folder;
    m_uid = uid;
}

void ReadMessageJob::run(const QString &password)
{
    if (workerGone())
        return;
    const quint64 requestId = newRequestId();
    connect(engine(), &MailEngine::messageRead, this,
            [this, requestId](quint64 id, const QByteArray &bytes, const Error &error) {
                if (id != requestId)
                    return;
                m_bytes = bytes;
                finish(error);
            });
    const QString folder = m_folder;
    const quint32 uid = m_uid;
    post(password, [requestId, folder, uid](MailEngine *engine) {
        engine->readMessage(requestId, folder, uid);
    });
}

void MailChangeJob::run(const QString &password)
{
    if (workerGone())
        return;
    const quint64 requestId = newRequestId();
    connect(engine(), &MailEngine::changed, this,
            [this, requestId](quint64 id, const ChangeReport &report) {
                if (id != requestId)
                    return;
                m_report = report;
                finish(report.error);
            });
    const MailChangeRequest request = m_request;
    post(password,
         [requestId, request](MailEngine *engine) { engine->change(requestId, request); });
}

} // namespace Satchel
