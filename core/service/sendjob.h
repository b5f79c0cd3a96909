#pragma once

#include "accountjob.h"
#include "mime/outgoingmessage.h"
#include "outboxreport.h"

#include <optional>

namespace Satchel {

// Sends mail from an account: puts the message given (if any) in the account's outbox, written
// durably before anything goes to the network, then flushes the outbox on the account's worker
// thread (OutboxFlushJob). The job's error is the one that matters most across the messages;
// reports() has each message's fate.
class SendJob : public AccountJob
{
    Q_OBJECT

public:
    SendJob(const Account &account, AccountWorker *worker, const TlsPolicy &policy,
            const QString &profileDirectory, QObject *parent = nullptr);

    // A whole message (RFC 5322), as an .eml file holds it; queued before the flush.
    void setMessage(const QByteArray &message) { m_message = message; }
    // A message to build (MimeBuilder, on the worker) and queue before the flush.
    void setMessage(const OutgoingMessage &message) { m_outgoing = message; }
    // Queue only; the message goes with the next flush. Needs no password.
    void setQueueOnly(bool queueOnly) { m_queueOnly = queueOnly; }
    // For a composer that keeps the message: when the message given is refused for good, or
    // waits for the user (wrong password, TLS failure), it is taken out of the outbox again
    // (its report says withdrawn) instead of being held or sent with a later flush.
    void setWithdrawUnsent(bool withdraw) { m_withdrawUnsent = withdraw; }
    // Connections tried while the network fails, and the pause before the second (doubling).
    void setRetry(int attempts, int firstDelayMs);

    // The outbox id of the message given to setMessage(), once it is queued.
    const QString &queuedId() const { return m_queuedId; }
    const QList<OutboxReport> &reports() const { return m_reports; }
    int heldBefore() const { return m_heldBefore; }

protected:
    void doStart() override;
    void run(const QString &password) override;

private:
    QString m_profileDirectory;
    QByteArray m_message;
    std::optional<OutgoingMessage> m_outgoing;
    bool m_queueOnly = false;
    bool m_withdrawUnsent = false;
    int m_attempts = 3;
    int m_retryDelayMs = 1000;
    QString m_queuedId;
    QList<OutboxReport> m_reports;
    int m_heldBefore = 0;
};

} // namespace Satchel
