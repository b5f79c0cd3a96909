#pragma once

#include "common/job.h"

#include <QByteArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QTest>

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

// Runs a job to its end (20 s at most): true when it succeeded, else *error says why.
template <typename JobType>
bool runJob(JobType *job, QString *error = nullptr)
{
    JobRun<JobType> run(job);
    if (!QTest::qWaitFor([&] { return run.done; }, 20000))
        return false;
    if (error)
        *error = run.job->error().message();
    return !run.job->error().isError();
}

// A folder or subject name no other run of a test used: PREFIX and a random number.
inline QByteArray uniqueName(const char *prefix)
{
    return prefix + QByteArray::number(QRandomGenerator::global()->bounded(1u << 30));
}

} // namespace Satchel::Test
