#include "workerthread.h"

#include "accountworker.h"

namespace Satchel {

WorkerThread::WorkerThread(const QString &cachePath)
    : m_worker(new AccountWorker(cachePath))
{
    m_thread.setObjectName(QStringLiteral("AccountWorker"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Satchel
