#pragma once

#include "accounts/account.h"
#include "common/error.h"

#include <QList>
#include <QMetaType>

namespace Satchel {

// The outcome of logging in to one service of an account.
struct ServiceCheckResult
{
    ServiceConfig service;
    Error error;
    QByteArray acceptedCertificate; // SHA-256 accepted by fingerprint during this check
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::ServiceCheckResult)
