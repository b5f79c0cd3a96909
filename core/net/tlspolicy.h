#pragma once

#include "certificatepins.h"

#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace Satchel {

// What a connection trusts: the system store, extra CA certificates (--ca-file), the
// certificates the user pinned per host and port, and fingerprints accepted for this run only.
struct TlsPolicy
{
    QList<QSslCertificate> extraCaCertificates;
    CertificatePins pins;
    QSet<QByteArray> acceptedOnce; // SHA-256 digests (raw bytes)

    // Reads PEM certificates; false with a sentence when the file is unreadable or holds none.
    bool addCaFile(const QString &path, QString *errorMessage);
    bool accepts(const QString &host, quint16 port, const QSslCertificate &certificate) const;
    // TLS 1.2 or later, the peer verified against the system store and the extra CAs.
    QSslConfiguration sslConfiguration() const;
};

} // namespace Satchel
