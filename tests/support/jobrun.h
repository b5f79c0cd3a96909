#pragma once

#include "common/job.h"

#include <QPointer>

namespace Satchel::Test {

// Starts a job and keeps it alive after it finished, so that a test can read its results.
template <typename JobType>
struct JobRun
{
    explicit JobRun(JobType *started)
        : job(started)
    {
        job->setAutoDelete(false);
        QObject::connect(job, &Job::finished, job, [this] { done = true; });
        job->start();
    }
    ~JobRun() { delete job.data(); } // unless its parent (a session, say) deleted it already
    JobRun(const JobRun &) = delete;
    JobRun &operator=(const JobRun &) = delete;

    QPointer<JobType> job;
    bool done = false;
};

} // namespace Satchel::Test
