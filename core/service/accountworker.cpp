#include "accountworker.h"

#include "common/killpoint.h"
#include "discovery/loginjobfactory.h"
#include "folderlisting.h"
#include "imap/imapsession.h"
#include "mailengine.h"
#include "net/loginjob.h"
#include "outboxflushjob.h"
#include "sendrequest.h"

#include <QElapsedTimer>

#include <memory>

namespace Satchel {

AccountWorker::AccountWorker(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_mailEngine(new MailEngine(cachePath, this))
{}

LoginJob *AccountWorker::createLoginJob(ServiceType type, QObject *parent)
{
    ServiceConfig service;
    service.type = type;
    return Satchel::createLoginJob(service, parent);
}

void AccountWorker::checkServices(quint64 requestId, const QList<ServiceConfig> &services,
                                  const QString &password, const TlsPolicy &policy)
{
    struct Pending
    {
        QList<ServiceCheckResult> results;
        int outstanding = 0;
    };
    auto pending = std::make_shared<Pending>();
    for (const ServiceConfig &service : services) {
        LoginJob *job = Satchel::createLoginJob(service, this);
        if (!job)
            continue; // LDAP is not checked yet
        const qsizetype index = pending->results.size();
        pending->results.append({service, {}, {}, 0});
        ++pending->outstanding;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        connect(job, &Job::finished, this, [this, job, pending, index, timer, requestId] {
            ServiceCheckResult &result = pending->results[index];
            result.error = job->error();
            result.acceptedCertificate = job->acceptedCertificate();
            result.elapsedMs = timer->elapsed();
            if (--pending->outstanding == 0)
                emit servicesChecked(requestId, pending->results);
        });
        job->setCredentials(service.username, password);
        job->setTlsPolicy(policy);
        job->start();
    }
    if (pending->outstanding == 0)
        emit servicesChecked(requestId, pending->results);
}

void AccountWorker::listFolders(quint64 requestId, const ServiceConfig &imap,
                                const QString &password, const TlsPolicy &policy)
{
    auto *session = new ImapSession(this);
    session->setEndpoint(imap.endpoint());
    session->setCredentials(imap.username, password);
    session->setTlsPolicy(policy);
    auto *listing = new FolderListing(session, session);
    auto reported = std::make_shared<bool>(false);
    connect(session, &ImapSession::opened, listing, &FolderListing::start);
    connect(
        listing, &FolderListing::finished, this,
        [this, session, reported, requestId](const QList<FolderInfo> &folders, const Error &error) {
            *reported = true;
            emit foldersListed(requestId, folders, error);
            session->logout();
        });
    connect(session, &ImapSession::closed, this,
            [this, session, reported, requestId](const Error &error) {
                if (!*reported) {
                    *reported = true;
                    emit foldersListed(requestId, {}, error);
                }
                session->deleteLater();
            });
    session->open();
}

std::optional<SubmissionMessage> AccountWorker::prepare(const SendRequest &request, Error *error)
{
    if (!request.outgoing)
        return SubmissionMessage::prepare(request.message, request.sender, error);
    const std::optional<BuiltMessage> built = MimeBuilder::build(*request.outgoing, error);
    if (!built)
        return std::nullopt;
    return SubmissionMessage::fromBuilt(*built, request.sender, request.outgoing->subject);
}

void AccountWorker::sendMail(quint64 requestId, const SendRequest &request)
{
    Outbox outbox(request.outboxDirectory);
    QString queuedId;
    if (!request.message.isEmpty() || request.outgoing) {
        Error error;
        const std::optional<SubmissionMessage> message = prepare(request, &error);
        OutboxEntry entry;
        if (message)
            error = outbox.add(*message, &entry);
        if (error.isError()) {
            emit mailSent(requestId, {}, {}, 0, error);
            return;
        }
        KillPoint::reached(KillPoint::afterQueueWrite);
        queuedId = entry.id;
        if (request.queueOnly) {
            const OutboxReport queued{entry.id, entry.messageId, entry.subject, entry.state, {}, {},
                                      {}};
            emit mailSent(requestId, queuedId, {queued}, 0, {});
            return;
        }
    }
    if (request.queueOnly) {
        emit mailSent(requestId, queuedId, {}, 0, {});
        return;
    }
    OutboxFlushSettings settings = request.flush;
    if (request.withdrawUnsent)
        settings.withdrawUnsent = queuedId;
    auto *flush = new OutboxFlushJob(outbox, settings, this);
    connect(flush, &Job::finished, this, [this, flush, requestId, queuedId] {
        emit mailSent(requestId, queuedId, flush->reports(), flush->heldBefore(), flush->error());
    });
    flush->start();
}

} // namespace Satchel
