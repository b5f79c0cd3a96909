#pragma once

#include "common/error.h"
#include "outboxentry.h"
#include "store/durablefile.h"
#include "submissionmessage.h"

namespace Satchel {

// An account's messages waiting to be sent, in a folder of the profile: per message its bytes
// (<id>.eml) and its state record (<id>.json). One owner at a time (the account's worker holds
// lockPath() while it sends); adding needs no lock, as each message has files of its own.
class Outbox
{
public:
    explicit Outbox(const QString &directory);

    // <profile>/outbox/<account id>
    static QString directoryFor(const QString &profileDirectory, const QString &accountId);
    const QString &directory() const { return m_directory; }
    QString lockPath() const;

    // Writes the message, then its Queued record, each flushed to the disk: once this returns the
    // message survives a crash or a power cut, and only then may any byte of it be sent.
    Error add(const SubmissionMessage &message, OutboxEntry *entry);
    // Every entry, oldest first. Removes what an add() interrupted more than an hour ago left: a
    // message without its record was never reported as queued.
    QList<OutboxEntry> entries(Error *error) const;
    std::optional<QByteArray> message(const OutboxEntry &entry, Error *error) const;
    Error update(const OutboxEntry &entry, DurableFile::Sync sync);
    // Removes an entry, its message first, so that a record never points at nothing.
    Error remove(const OutboxEntry &entry);

private:
    QString filePath(const QString &id, const char *suffix) const;
    Error ensureDirectory() const;

    QString m_directory;
};

} // namespace Satchel
