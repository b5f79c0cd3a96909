#pragma once

#include "common/error.h"

namespace Satchel {

class MailCache;

// The one transaction of a MailCache shared by the writers that run at the same time on its
// thread: the folder syncs of one account sync, each on its own connection. A database connection
// has a single transaction, so writers that each began, committed and rolled back their own would
// commit, or worse roll back, the others' writes halfway.
//
// Every writer writes whole messages between two events, so a commit at any writer's checkpoint
// leaves a cache that is consistent for all of them: their sync states are written only when each
// completes, and the next sync redoes whatever came after. A writer that fails therefore rolls back
// only when it is alone in the transaction; with others in it, its whole messages are committed
// with theirs, as after a checkpoint of its own. A commit the disk refuses rolls everything back,
// so every writer fails from then on (at its next checkpoint or when it leaves).
class SharedTransaction
{
public:
    explicit SharedTransaction(MailCache *cache);

    // A writer starts writing: opens the transaction unless another writer holds it open.
    void join();
    // Commits what all writers wrote so far and reopens the transaction for them; false (see
    // error()) after the disk refused a commit.
    bool checkpoint();
    // The writer is done: commits, reopening for the writers still in; false as for checkpoint().
    bool leave();
    // The writer failed: see the class comment.
    void abandon();
    const Error &error() const { return m_error; }

private:
    bool commit();

    MailCache *m_cache;
    int m_writers = 0;
    bool m_open = false;
    Error m_error;
};

} // namespace Satchel
