#pragma once

#include "accountjob.h"
#include "mailengine.h"

#include <functional>

namespace Satchel {

// The account's mail requests, answered by its MailEngine on the worker thread: sync, list,
// read, and changes (flag, move, delete, new folder). Each job sends one request and finishes on
// the engine's answer to it.
class MailJob : public AccountJob
{
    Q_OBJECT

public:
    using AccountJob::AccountJob;

protected:
    MailEngine *engine() const;
    // Hands the server settings and the request to the engine on its thread; false (the job
    // finished with an error) when the account has no IMAP server.
    bool post(const QString &password, const std::function<void(MailEngine *)> &request);
};

class SyncJob : public MailJob
{
    Q_OBJECT

public:
    using MailJob::MailJob;

    void setFolder(const QString &folder) { m_folder = folder; }
    void setFetchBodies(bool fetch) { m_bodies = fetch; }
    enum class Previews
    {
        Background, // made after the job finished (MailEngine::previewsMade tells)
        Wait,       // the job finishes once they are made
        Skip
    };
    void setPreviews(Previews previews) { m_previews = previews; }
    const SyncReport &report() const { return m_report; }

signals:
    void progress(const QString &folder, quint32 done, quint32 total);

protected:
    void run(const QString &password) override;

private:
    QString m_folder;
    bool m_bodies = false;
    Previews m_previews = Previews::Background;
    SyncReport m_report;
};

// Messages from the cache alone: works offline, asks nobody for a password.
class MessageListJob : public MailJob
{
    Q_OBJECT

public:
    using MailJob::MailJob;

    void setFolder(const QString &folder) { m_folder = folder; }
    void setQuery(const MessageQuery &query) { m_query = query; }
    const QList<CachedMessage> &messages() const { return m_messages; }

protected:
    void doStart() override;
    void run(const QString &password) override;

private:
    QString m_folder;
    MessageQuery m_query;
    QList<CachedMessage> m_messages;
};

// The folders from the cache alone, with the cache's counts: works offline, no password.
class FolderListJob : public MailJob
{
    Q_OBJECT

public:
    using MailJob::MailJob;

    const QList<CachedFolder> &folders() const { return m_folders; }

protected:
    void doStart() override;
    void run(const QString &password) override;

private:
    QList<CachedFolder> m_folders;
};

// Starts or stops watching the INBOX (IDLE) on a second connection; finishes once the engine has
// the request. The syncs the watcher causes come through Accounts::backgroundSynced.
class WatchJob : public MailJob
{
    Q_OBJECT

public:
    using MailJob::MailJob;

    void setWatching(bool watch) { m_watch = watch; }

protected:
    void run(const QString &password) override;

private:
    bool m_watch = true;
};

class ReadMessageJob : public MailJob
{
    Q_OBJECT

public:
    using MailJob::MailJob;

    void setMessage(const QString &folder, quint32 uid);
    const QByteArray &bytes() const { return m_bytes; }

protected:
    void run(const QString &password) override;

private:
    QString m_folder;
    quint32 m_uid = 0;
    QByteArray m_bytes;
};

class MailChangeJob : public MailJob
{
    Q_OBJECT

public:
    using MailJob::MailJob;

    void setRequest(const MailChangeRequest &request) { m_request = request; }
    const ChangeReport &report() const { return m_report; }

protected:
    void run(const QString &password) override;

private:
    MailChangeRequest m_request;
    ChangeReport m_report;
};

} // namespace Satchel
