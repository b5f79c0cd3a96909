#pragma once

#include <QString>
#include <QStringList>

namespace Satchel::NetworkOptions {

// Applies --connect-to HOST:PORT:HOST2:PORT2 (repeatable) and --dns-server ADDRESS to the whole
// process (NetworkSettings); false with a sentence when one is malformed.
bool apply(const QStringList &connectTo, const QString &dnsServer, QString *error);

} // namespace Satchel::NetworkOptions
