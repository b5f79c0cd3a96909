#pragma once

#include "discoveryjob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace Satchel {

class DiscoveryMethod;

// DiscoveryJob's work, on the job's own thread: runs every method at once, merges what they find
// (one entry per service endpoint, the best source kept), probes each new finding without
// credentials, and reports every change. Knows nothing of deadlines: the job stops it.
class DiscoveryEngine : public QObject
{
    Q_OBJECT

public:
    explicit DiscoveryEngine(QObject *parent = nullptr);

    // Call through QMetaObject::invokeMethod from the job's thread.
    void start(const QString &email, const TlsPolicy &policy);

signals:
    void stepChanged(const Satchel::DiscoveryStep &step);
    void serviceChanged(const Satchel::DiscoveredService &service, bool isNew);
    // A snapshot after each change: the job keeps the latest.
    void resultChanged(const Satchel::DiscoveryResult &result);
    void recorded(const Satchel::ProbeRecord &record);
    void done();

private:
    void addMethod(DiscoveryMethod *method);
    void onProvider(const ProviderConfig &provider, DiscoverySource source);
    void addService(const DiscoveredService &found);
    void probe(const QString &key);
    void updateProbeStep();
    void checkDone();
    void publish();
    QStringList closingNotes() const;

    QString m_email;
    TlsPolicy m_policy;
    DiscoveryResult m_result;
    std::optional<DiscoverySource> m_providerSource;
    QHash<QString, qsizetype> m_indexByKey;
    QList<DiscoveryMethod *> m_methods;
    DiscoveryStep m_probeStep;
    QElapsedTimer m_clock;
    int m_probesRunning = 0;
    int m_probesDone = 0;
    int m_probesVerified = 0;
    bool m_done = false;
};

} // namespace Satchel
