#include "jobthread.h"

namespace Satchel {

JobThread::JobThread(QObject *worker, const QString &name)
{
    m_thread.setObjectName(name);
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
}

JobThread::~JobThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Satchel
