#include "accounts.h"

#include "accountworker.h"
#include "addaccountjob.h"
#include "checkjob.h"
#include "common/logging.h"
#include "foldersjob.h"
#include "mailjobs.h"
#include "removeaccountjob.h"
#include "sendjob.h"
#include "workerthread.h"

#include <QCoreApplication>

namespace Satchel {

namespace {

const QString pinsFile = QStringLiteral("certificate-pins.json");

} // namespace

Accounts::Accounts(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(profile.filePath(QStringLiteral("accounts.json")))
{
    qRegisterMetaType<Satchel::ServiceCheckResult>();
    qRegisterMetaType<QList<Satchel::ServiceCheckResult>>();
    qRegisterMetaType<Satchel::Error>();
    qRegisterMetaType<Satchel::FolderInfo>();
    qRegisterMetaType<QList<Satchel::FolderInfo>>();
    qRegisterMetaType<Satchel::OutboxReport>();
    qRegisterMetaType<QList<Satchel::OutboxReport>>();
}

Accounts::~Accounts() = default;

Error Accounts::load()
{
    QString message;
    if (!m_profile.ensureExists(&message))
        return Error(Error::Category::Input, message);
    if (!m_policy.pins.load(m_profile.filePath(pinsFile), &message))
        return Error(Error::Category::Input, message);
    return m_store.load();
}

std::optional<Account> Accounts::find(const QString &idOrEmail) const
{
    return m_store.find(idOrEmail);
}

AccountWorker *Accounts::workerFor(const QString &accountId)
{
    std::unique_ptr<WorkerThread> &thread = m_workers[accountId];
    if (!thread) {
        thread = std::make_unique<WorkerThread>(
            m_profile.filePath(QStringLiteral("cache/%1.sqlite").arg(accountId)));
        connect(thread->worker()->mailEngine(), &MailEngine::synced, this,
                [this, accountId](quint64 requestId, const SyncReport &report) {
                    if (requestId == 0)
                        emit backgroundSynced(accountId, report.error);
                });
        connect(thread->worker()->mailEngine(), &MailEngine::previewsMade, this,
                [this, accountId](const QString &folder) { emit previewsMade(accountId, folder); });
    }
    return thread->worker();
}

CheckJob *Accounts::check(const Account &account, std::optional<QString> password)
{
    auto *job = new CheckJob(account, workerFor(account.id), m_policy, this);
    if (password)
        job->setPassword(*password);
    connect(job, &Job::finished, this, [this, job] { pinAcceptedCertificates(job->results()); });
    return job;
}

FoldersJob *Accounts::folders(const Account &account, std::optional<QString> password)
{
    auto *job = new FoldersJob(account, workerFor(account.id), m_policy, this);
    if (password)
        job->setPassword(*password);
    return job;
}

namespace {

template <typename J>
J *accountJob(const Account &account, AccountWorker *worker, const TlsPolicy &policy,
              const std::optional<QString> &password, QObject *parent)
{
    auto *job = new J(account, worker, policy, parent);
    if (password)
        job->setPassword(*password);
    return job;
}

} // namespace

SendJob *Accounts::send(const Account &account, std::optional<QString> password)
{
    auto *job = new SendJob(account, workerFor(account.id), m_policy, m_profile.directory(), this);
    if (password)
        job->setPassword(*password);
    return job;
}

SyncJob *Accounts::sync(const Account &account, std::optional<QString> password)
{
    return accountJob<SyncJob>(account, workerFor(account.id), m_policy, password, this);
}

MessageListJob *Accounts::messages(const Account &account)
{
    return accountJob<MessageListJob>(account, workerFor(account.id), m_policy, {}, this);
}

FolderListJob *Accounts::cachedFolders(const Account &account)
{
    return accountJob<FolderListJob>(account, workerFor(account.id), m_policy, {}, this);
}

WatchJob *Accounts::setWatching(const Account &account, bool watch, std::optional<QString> password)
{
    auto *job = accountJob<WatchJob>(account, workerFor(account.id), m_policy, password, this);
    job->setWatching(watch);
    return job;
}

ReadMessageJob *Accounts::read(const Account &account, std::optional<QString> password)
{
    return accountJob<ReadMessageJob>(account, workerFor(account.id), m_policy, password, this);
}

MailChangeJob *Accounts::change(const Account &account, std::optional<QString> password)
{
    return accountJob<MailChangeJob>(account, workerFor(account.id), m_policy, password, this);
}

AddAccountJob *Accounts::add(const Account &account, const QString &password)
{
    return new AddAccountJob(this, account, password, this);
}

RemoveAccountJob *Accounts::remove(const QString &accountId)
{
    return new RemoveAccountJob(this, accountId, this);
}

Error Accounts::store(const Account &account)
{
    Account copy = account;
    Error error = m_store.add(&copy);
    if (!error.isError())
        error = m_store.save();
    if (error.isError()) {
        m_store.load();
        return error;
    }
    qCInfo(lcAccounts) << "saved account" << account.id;
    emit accountsChanged();
    return {};
}

Error Accounts::forget(const QString &accountId)
{
    if (!m_store.remove(accountId))
        return Error(Error::Category::Usage,
                     tr("There is no account %1; \"account list\" shows the accounts there are.")
                         .arg(accountId));
    Error error = m_store.save();
    m_workers.erase(accountId);
    emit accountsChanged();
    return error;
}

Error Accounts::trustCertificate(const CertificateDetails &certificate, bool remember)
{
    if (!remember) {
        m_policy.acceptedOnce.insert(certificate.sha256);
        m_trustedForThisRun.insert(certificate.sha256);
        return {};
    }
    m_policy.pins.pin(certificate.host, certificate.port, certificate.sha256);
    QString message;
    if (!m_policy.pins.save(m_profile.filePath(pinsFile), &message))
        return Error(Error::Category::Input, message);
    return {};
}

void Accounts::pinAcceptedCertificates(const QList<ServiceCheckResult> &results)
{
    bool changed = false;
    for (const ServiceCheckResult &result : results) {
        if (result.ok() && !result.acceptedCertificate.isEmpty() &&
            !m_trustedForThisRun.contains(result.acceptedCertificate)) {
            m_policy.pins.pin(result.service.host, result.service.port, result.acceptedCertificate);
            changed = true;
        }
    }
    QString message;
    if (changed && !m_policy.pins.save(m_profile.filePath(pinsFile), &message))
        qCWarning(lcAccounts) << "could not save certificate pins:" << message;
}

} // namespace Satchel
