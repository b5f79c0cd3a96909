#include "tlspolicy.h"

#include <QCoreApplication>
#include <QFile>

namespace Satchel {

bool TlsPolicy::addCaFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage =
            QCoreApplication::translate("Satchel::TlsPolicy", "Cannot read the CA file %1: %2.")
                .arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *errorMessage =
            QCoreApplication::translate("Satchel::TlsPolicy",
                                        "The CA file %1 holds no PEM certificate; give a file with "
                                        "\"-----BEGIN CERTIFICATE-----\" blocks.")
                .arg(path);
        return false;
    }
    extraCaCertificates += certificates;
    return true;
}

bool TlsPolicy::accepts(const QString &host, quint16 port, const QSslCertificate &certificate) const
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return acceptedOnce.contains(digest) || pins.isPinned(host, port, digest);
}

} // namespace Satchel
