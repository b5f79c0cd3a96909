#pragma once

#include "accounts/account.h"
#include "common/job.h"
#include "net/tlspolicy.h"
#include "outboxreport.h"
#include "smtp/outbox.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLockFile;

namespace Satchel {

class SentCopier;
class SmtpSendJob;
class SmtpSession;

struct OutboxFlushSettings
{
    ServiceConfig smtp;
    std::optional<ServiceConfig> imap; // where the Sent copy is filed; none: no copy
    QString password;
    TlsPolicy policy;
    int attempts = 3;        // connections tried while the network fails
    int retryDelayMs = 1000; // before the second one; doubled for each next
    int lockWaitMs = 60000;  // for another process that is sending from this outbox
    // This message is removed again when it was refused for good or needs the user (wrong
    // password, TLS), rather than left held or queued: its author still has it to fix.
    QString withdrawUnsent;
};

// Sends what waits in an account's outbox over one SMTP connection and files the Sent copies
// over one IMAP connection beside it. Each message's record moves queued → sending → sent →
// copied; "sent" reaches the disk the moment the server has accepted the message, so a message
// is never sent again once it was taken (except in the instant between the server's reply and
// that write: see docs/outbox.md). A lost connection or a 4xx reply is tried again after a
// pause, up to the settings' attempts; a 5xx reply holds the message for the user.
// Runs on the account's worker thread; holds the outbox's lock file while it works.
class OutboxFlushJob : public Job
{
    Q_OBJECT

public:
    OutboxFlushJob(const Outbox &outbox, const OutboxFlushSettings &settings,
                   QObject *parent = nullptr);
    ~OutboxFlushJob() override;

    // In the order the messages were queued.
    const QList<OutboxReport> &reports() const { return m_reports; }
    // Messages held before this flush (refused for good earlier), left alone.
    int heldBefore() const { return m_held; }

protected:
    void doStart() override;

private:
    void tryLock();
    void load();
    void connectSmtp();
    void sendNext();
    void onSendFinished(const OutboxEntry &entry, SmtpSendJob *job);
    void onSmtpClosed(const Error &error);
    void recordSent(OutboxEntry entry, const QList<SmtpRecipientResult> &recipients);
    void fileCopy(const OutboxEntry &entry, bool searchFirst);
    void ensureCopier();
    void onCopied(const QString &id, const Error &error);
    void markCopied(OutboxEntry entry);
    void hold(const OutboxEntry &entry, const Error &error);
    void keepQueued(const OutboxEntry &entry, const Error &error);
    void setUnsent(OutboxEntry entry, OutboxEntry::State state, const Error &error);
    OutboxReport &report(const OutboxEntry &entry);
    void maybeFinish();
    void withdrawUnsent();
    Error overallError() const;

    Outbox m_outbox;
    OutboxFlushSettings m_settings;
    std::unique_ptr<QLockFile> m_lock;
    QElapsedTimer m_lockWait;
    QList<OutboxEntry> m_toSend;
    QList<OutboxEntry> m_deferred; // failed for now: tried again on the next connection
    QHash<QString, OutboxEntry> m_copying;
    QList<OutboxReport> m_reports;
    QPointer<SmtpSession> m_session;
    QPointer<SentCopier> m_copier;
    QTimer m_retryTimer;
    int m_connections = 0;
    int m_held = 0;
    Error m_copyFailure; // the Sent folder cannot be reached: no more copies this time
    Error m_storageError;
    bool m_locked = false;
};

} // namespace Satchel
