#pragma once

#include "smtpenvelope.h"
#include "smtpsendjob.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Satchel {

// The state record of one message in the outbox. A message moves Queued → Sending → Sent →
// Copied (its copy is in the Sent folder, or none is wanted) and then leaves the outbox; Held
// means the server refused it for good, and it waits for the user.
struct OutboxEntry
{
    enum class State
    {
        Queued,
        Sending,
        Sent,
        Copied,
        Held
    };

    QString id; // names the files; sorts by the time the message was queued
    State state = State::Queued;
    SmtpEnvelope envelope;
    QString messageId;
    QString subject;
    qint64 size = 0;
    QDateTime queuedAt;
    int attempts = 0;                      // connections that tried to send it
    QList<SmtpRecipientResult> recipients; // how the server answered, once sent
    QString error;                         // why it is held, or the last temporary failure

    static QString stateName(State state);
    QJsonObject toJson() const;
    static std::optional<OutboxEntry> fromJson(const QJsonObject &object);
};

} // namespace Satchel
