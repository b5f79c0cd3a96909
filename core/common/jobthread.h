#pragma once

#include <QThread>

namespace Satchel {

// A QObject doing a job's network work on a thread of its own, so that a job started from the
// GUI thread opens no socket there. Destroying this quits the thread and waits for it; the
// worker is deleted on its own thread, its sockets aborted with it.
class JobThread
{
public:
    JobThread(QObject *worker, const QString &name);
    ~JobThread();
    JobThread(const JobThread &) = delete;
    JobThread &operator=(const JobThread &) = delete;

private:
    QThread m_thread;
};

} // namespace Satchel
