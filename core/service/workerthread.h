#pragma once

#include <QThread>

namespace Satchel {

class AccountWorker;

// An AccountWorker on a thread of its own. Destroying this quits the thread, waits for it, and
// lets the worker be deleted on its own thread.
class WorkerThread
{
public:
    // cachePath: the account's mail cache database (see MailEngine).
    explicit WorkerThread(const QString &cachePath);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    AccountWorker *worker() const { return m_worker; }

private:
    QThread m_thread;
    AccountWorker *m_worker;
};

} // namespace Satchel
