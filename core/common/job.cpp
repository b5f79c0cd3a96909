#include "job.h"

namespace Satchel {

Job::Job(QObject *parent)
    : QObject(parent)
{}

void Job::start()
{
    doStart();
}

void Job::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace Satchel
