#pragma once

#include "common/error.h"
#include "endpoint.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace Satchel {

// The one sentence for a certificate that failed verification, wherever TLS runs (line
// protocols, HTTPS): the reasons, subject, issuer, validity and SHA-256 fingerprint.
Error certificateError(const Endpoint &endpoint, const QSslCertificate &certificate,
                       const QList<QSslError> &errors, const QString &fallbackReason);

} // namespace Satchel
