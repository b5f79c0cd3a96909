#pragma once

#include "common/error.h"
#include "smtp/outboxentry.h"

#include <QMetaType>

namespace Satchel {

// What became of one message of the outbox when it was flushed: Copied (sent and filed, or
// nothing to file: done), Sent (sent, the Sent copy is still to be filed), Queued (not sent yet,
// tried again later) or Held (refused for good, kept for the user).
struct OutboxReport
{
    QString id;
    QString messageId;
    QString subject;
    OutboxEntry::State state = OutboxEntry::State::Queued;
    QList<SmtpRecipientResult> recipients;
    // Why it was not sent, or which recipients were refused.
    Error error;
    // Why the Sent copy could not be filed (it is tried again at the next flush).
    Error copyError;
    // Not sent and taken out of the outbox again, as SendJob::setWithdrawUnsent asked.
    bool withdrawn = false;

    bool wasSent() const
    {
        return state == OutboxEntry::State::Sent || state == OutboxEntry::State::Copied;
    }
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::OutboxReport)
