#pragma once

#include "discovery/discoveryjob.h"

#include <QJsonObject>

namespace Satchel::DiscoveryJson {

// `satchel-cli discover --json` (shared/cli.md): {"email", "provider"?, "services": [...],
// "notes"?} with every fact the provider's settings carry, so that scripts and tests can read
// back what Satchel knows.
QJsonObject result(const DiscoveryResult &result, const QList<DiscoveryStep> &steps);
QJsonObject service(const DiscoveredService &found);
QString stepStateName(DiscoveryStep::State state);

} // namespace Satchel::DiscoveryJson
