#include "connectionerrors.h"

#include "certificatepins.h"

#include <QCoreApplication>

namespace Satchel {

namespace {

QString names(const QStringList &list)
{
    return list.isEmpty() ? QCoreApplication::translate("Satchel::ConnectionErrors", "(no name)")
                          : list.join(QStringLiteral(", "));
}

} // namespace

Error certificateError(const Endpoint &endpoint, const QSslCertificate &certificate,
                       const QList<QSslError> &errors, const QString &fallbackReason)
{
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons << error.errorString();
    if (reasons.isEmpty())
        reasons << fallbackReason;
    if (certificate.isNull())
        return Error(Error::Category::Tls,
                     QCoreApplication::translate("Satchel::ConnectionErrors",
                                                 "The secure connection to %1 failed: %2.")
                         .arg(endpoint.hostAndPort(), reasons.join(QStringLiteral("; "))));
    CertificateDetails details;
    details.host = endpoint.host;
    details.port = endpoint.port;
    details.reasons = reasons;
    details.subject = names(certificate.subjectInfo(QSslCertificate::CommonName));
    details.issuer = names(certificate.issuerInfo(QSslCertificate::CommonName));
    details.validFrom = certificate.effectiveDate();
    details.validUntil = certificate.expiryDate();
    details.sha256 = certificate.digest(QCryptographicHash::Sha256);
    Error error(Error::Category::Tls,
                QCoreApplication::translate(
                    "Satchel::ConnectionErrors",
                    "The certificate of %1 could not be verified: %2. It was issued to %3 by %4, "
                    "valid from %5 to %6; its SHA-256 fingerprint is %7. Check that fingerprint "
                    "with your provider before you trust it.")
                    .arg(endpoint.hostAndPort(), reasons.join(QStringLiteral("; ")),
                         details.subject, details.issuer, details.validFrom.toString(Qt::ISODate),
                         details.validUntil.toString(Qt::ISODate),
                         CertificatePins::formatFingerprint(details.sha256)));
    error.setCertificate(details);
    error.setReason(Error::Reason::Certificate);
    return error;
}

Error connectionRefusedError(const Endpoint &endpoint)
{
    Error error(Error::Category::Network,
                QCoreApplication::translate("Satchel::ConnectionErrors",
                                            "%1 refused the connection. Check the server name "
                                            "and port, or whether a firewall blocks that port.")
                    .arg(endpoint.hostAndPort()));
    error.setReason(Error::Reason::Refused);
    return error;
}

Error hostNotFoundError(const Endpoint &endpoint)
{
    Error error(Error::Category::Network,
                QCoreApplication::translate("Satchel::ConnectionErrors",
                                            "The server name %1 could not be found. Check its "
                                            "spelling and your internet connection.")
                    .arg(endpoint.host));
    error.setReason(Error::Reason::HostNotFound);
    return error;
}

Error connectionFailedError(const Endpoint &endpoint, const QString &reason)
{
    return Error(Error::Category::Network,
                 QCoreApplication::translate("Satchel::ConnectionErrors",
                                             "The connection to %1 failed: %2. Check your "
                                             "internet connection.")
                     .arg(endpoint.hostAndPort(), reason));
}

} // namespace Satchel
