#pragma once

#include "outboxflushjob.h"

namespace Satchel {

// What a SendJob asks of the account's worker: queue a message (when there is one), then flush
// the outbox unless queueOnly.
struct SendRequest
{
    QString outboxDirectory;
    QByteArray message;
    QString sender; // the account's address: MAIL FROM, and From when the message has none
    bool queueOnly = false;
    OutboxFlushSettings flush;
};

} // namespace Satchel
