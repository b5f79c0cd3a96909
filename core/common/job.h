#pragma once

#include "error.h"

#include <QObject>

namespace Satchel {

// Asynchronous work with one `finished` signal, in the manner of KIMAP's jobs: set the inputs,
// call start(), read result or error() when finished arrives. A job deletes itself after
// finishing unless setAutoDelete(false) was called.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject *parent = nullptr);

    void start();
    const Error &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished(Satchel::Job *job);

protected:
    virtual void doStart() = 0;
    // Ends the job; later calls are ignored so that a late socket error cannot finish it twice.
    void finish(const Error &error = {});

private:
    Error m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace Satchel
