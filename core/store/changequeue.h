#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Satchel {

class MailCache;

// A change the user made while the server could not be reached, to be made on the server later.
struct PendingChange
{
    enum class Kind
    {
        Flag,   // argument: "+\Seen", "-\Flagged" …
        Move,   // argument: the destination folder's raw name
        Delete, // argument: the trash folder's raw name, or empty to expunge
        CreateFolder
    };

    qint64 id = 0;
    Kind kind = Kind::Flag;
    QByteArray folder; // raw name; the new folder's for CreateFolder
    quint32 uidValidity =
        0; // of folder when the change was made; the UID means nothing under another
    quint32 uid = 0;
    QByteArray argument;
    QDateTime created;

    // For people: "mark message 12 in INBOX as read" and the like.
    QString description() const;
};

// The offline changes of one account, in the order they were made, kept durably in the account's
// cache database (table "changes") until the server has them.
class ChangeQueue
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::ChangeQueue)

public:
    explicit ChangeQueue(MailCache *cache);

    // Stores the change and returns its id; 0 with the cache's error set when the disk refused it.
    qint64 enqueue(PendingChange change);
    QList<PendingChange> pending() const;
    void remove(qint64 id);
    // Shows the change in the cache before the server has it: the flag set, the message gone from
    // its folder (it arrives in the destination with the next sync), the folder listed.
    void applyToCache(const PendingChange &change);

private:
    MailCache *m_cache;
};

} // namespace Satchel
