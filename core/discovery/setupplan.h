#pragma once

#include "accounts/account.h"
#include "discoveryjob.h"
#include "serviceverification.h"

#include <optional>

namespace Satchel::SetupPlan {

// The services to set up from a discovery: one incoming service (the one asked for, else the
// provider's recommendation, else IMAP, else POP3), SMTP, and CalDAV and CardDAV where found.
// Of each type the first of the result's order: one that answered before one that failed.
QList<DiscoveredService> choose(const DiscoveryResult &result,
                                std::optional<ProviderServiceType> incoming = std::nullopt);

// The account for what was verified: each service as it was used (host, port, security and the
// username form that worked).
Account account(const QString &email, const QString &name,
                const QList<ServiceVerification> &verified);

} // namespace Satchel::SetupPlan
