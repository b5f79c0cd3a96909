#pragma once

#include "accounts/account.h"
#include "common/error.h"
#include "discoveryjob.h"

#include <QMetaType>
#include <QStringList>

namespace Satchel {

// What logging in to one found service with the password came to.
struct ServiceVerification
{
    DiscoveredService found; // what discovery proposed
    // What was used in the end: the host and port that answered (a firewall proxy, maybe) and
    // the username form the server took. Ready for the account when ok().
    ServiceConfig used;
    Error error;
    QByteArray acceptedCertificate; // SHA-256 accepted by fingerprint while logging in
    qint64 elapsedMs = 0;
    // In the user's language: which username form worked, which proxy was used, and why.
    QStringList notes;

    bool ok() const { return !error.isError(); }
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::ServiceVerification)
