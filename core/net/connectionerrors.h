#pragma once

#include "common/error.h"
#include "endpoint.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace Satchel {

// The sentences for a connection that failed, shared by the line protocols and HTTPS so that a
// user reads the same advice whichever service it was.

// A certificate that failed verification: the reasons, subject, issuer, validity and SHA-256.
Error certificateError(const Endpoint &endpoint, const QSslCertificate &certificate,
                       const QList<QSslError> &errors, const QString &fallbackReason);
Error connectionRefusedError(const Endpoint &endpoint);
Error hostNotFoundError(const Endpoint &endpoint);
Error connectionFailedError(const Endpoint &endpoint, const QString &reason);

} // namespace Satchel
