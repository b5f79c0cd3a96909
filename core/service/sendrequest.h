#pragma once

#include "mime/outgoingmessage.h"
#include "outboxflushjob.h"

#include <optional>

namespace Satchel {

// What a SendJob asks of the account's worker: queue a message (when there is one: bytes, or one
// to build), then flush the outbox unless queueOnly.
struct SendRequest
{
    QString outboxDirectory;
    QByteArray message;
    std::optional<OutgoingMessage> outgoing;
    QString sender; // the account's address: MAIL FROM, and From when the message has none
    bool queueOnly = false;
    bool withdrawUnsent = false; // see SendJob::setWithdrawUnsent
    OutboxFlushSettings flush;
};

} // namespace Satchel
