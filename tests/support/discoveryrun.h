#pragma once

#include "discovery/discoveryjob.h"

#include <QStringList>

#include <functional>

namespace Satchel::Test {

// What a DiscoveryJob run by a test came to.
struct DiscoveryOutcome
{
    DiscoveryResult result;
    QList<DiscoveryStep> steps;
    SetupReport report;
    qint64 elapsedMs = 0;
    int found = 0;   // serviceFound signals
    int changed = 0; // serviceChanged signals

    // The first (best) finding of a type, or nullptr.
    const DiscoveredService *service(ProviderServiceType type) const;
    const DiscoveryStep *step(const QString &method) const;
};

// Discovers email with the DNS bed's server and these --connect-to rules, trusting the test
// bed's CA; whileRunning is called right after the start. False when the job failed or did not
// finish within the deadline and ten seconds more.
bool runDiscovery(const QString &email, const QStringList &rules, DiscoveryOutcome *outcome,
                  int deadlineMs = 15000,
                  const std::function<void(DiscoveryJob *)> &whileRunning = {});

} // namespace Satchel::Test
