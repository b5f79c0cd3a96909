#include "outboxentry.h"

#include <QJsonArray>

namespace Satchel {

namespace {

constexpr OutboxEntry::State allStates[] = {OutboxEntry::State::Queued, OutboxEntry::State::Sending,
                                            OutboxEntry::State::Sent, OutboxEntry::State::Copied,
                                            OutboxEntry::State::Held};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Copied:
        return QStringLiteral("copied");
    case State::Held:
        return QStringLiteral("held");
    }
    return {};
}

QJsonObject OutboxEntry::toJson() const
{
    QJsonArray results;
    for (const SmtpRecipientResult &result : recipients)
        results.append(QJsonObject{{key("address"), result.address},
                                   {key("accepted"), result.accepted},
                                   {key("reply"), result.reply}});
    QJsonObject object{{key("id"), id},
                       {key("state"), stateName(state)},
                       {key("envelope"), envelope.toJson()},
                       {key("messageId"), messageId},
                       {key("subject"), subject},
                       {key("size"), size},
                       {key("queuedAt"), queuedAt.toString(Qt::ISODateWithMs)},
                       {key("attempts"), attempts}};
    if (!results.isEmpty())
        object.insert(key("recipients"), results);
    if (!error.isEmpty())
        object.insert(key("error"), error);
    return object;
}

std::optional<OutboxEntry> OutboxEntry::fromJson(const QJsonObject &object)
{
    OutboxEntry entry;
    entry.id = object.value(key("id")).toString();
    const QString state = object.value(key("state")).toString();
    const auto *found = std::find_if(std::begin(allStates), std::end(allStates),
                                     [&](State s) { return stateName(s) == state; });
    if (entry.id.isEmpty() || found == std::end(allStates))
        return std::nullopt;
    entry.state = *found;
    entry.envelope = SmtpEnvelope::fromJson(object.value(key("envelope")).toObject());
    entry.messageId = object.value(key("messageId")).toString();
    entry.subject = object.value(key("subject")).toString();
    entry.size = object.value(key("size")).toInteger();
    entry.queuedAt =
        QDateTime::fromString(object.value(key("queuedAt")).toString(), Qt::ISODateWithMs);
    entry.attempts = object.value(key("attempts")).toInt();
    entry.error = object.value(key("error")).toString();
    for (const QJsonValue value : object.value(key("recipients")).toArray()) {
        const QJsonObject result = value.toObject();
        entry.recipients.append({result.value(key("address")).toString(),
                                 result.value(key("accepted")).toBool(),
                                 result.value(key("reply")).toString()});
    }
    return entry;
}

} // namespace Satchel
