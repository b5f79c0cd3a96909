#pragma once

#include "discovery/discoveryjob.h"

#include <QObject>

#include <functional>

namespace Satchel {

// How the setup wizard looks up an address's settings, so that its pages can be driven by the
// real discovery or by a provider database of a test's own. Started with an address, it reports
// each method's progress and each service found, then finished() exactly once. Sends no
// credential.
class DiscoveryRunner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start(const QString &email) = 0;
    // Stops at once; finished() follows with what has been found so far.
    virtual void cancel() = 0;
    virtual bool isFinished() const = 0;
    virtual DiscoveryResult result() const = 0;
    virtual QList<DiscoveryStep> steps() const = 0;
    // What was tried, for "Copy a setup report"; no credential is in it.
    virtual SetupReport report() const = 0;

signals:
    void stepChanged(const Satchel::DiscoveryStep &step);
    void serviceFound(const Satchel::DiscoveredService &service);
    // A finding was checked: its verified flag or error changed.
    void serviceChanged(const Satchel::DiscoveredService &service);
    void finished();
};

using DiscoveryRunnerFactory = std::function<DiscoveryRunner *(QObject *parent)>;

} // namespace Satchel
