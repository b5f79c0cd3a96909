#include "tlspolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslSocket>

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

QSslConfiguration TlsPolicy::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCaCertificates.isEmpty())
        config.addCaCertificates(extraCaCertificates);
    return config;
}

} // namespace Satchel
