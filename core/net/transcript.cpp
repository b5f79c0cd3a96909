#include "transcript.h"

#include "certificatepins.h"

namespace Satchel {

namespace {

constexpr qsizetype maxLines = 400;
constexpr qsizetype maxLineLength = 500;

QString joined(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("-") : values.join(QStringLiteral(", "));
}

} // namespace

Transcript::Transcript()
{
    m_clock.start();
}

void Transcript::add(const QString &line)
{
    if (m_lines.size() == maxLines)
        m_lines << QStringLiteral("…");
    if (m_lines.size() > maxLines)
        return;
    m_lines << QStringLiteral("%1 ms  %2").arg(m_clock.elapsed(), 5).arg(line.left(maxLineLength));
}

void Transcript::addCertificateChain(const QList<QSslCertificate> &chain)
{
    for (qsizetype i = 0; i < chain.size(); ++i)
        add(QStringLiteral("certificate %1: %2").arg(i).arg(describeCertificate(chain.at(i))));
}

QString Transcript::describeCertificate(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        names << it.value();
    return QStringLiteral("subject %1 (names %2), issuer %3, valid %4 to %5, SHA-256 %6")
        .arg(joined(certificate.subjectInfo(QSslCertificate::CommonName)), joined(names),
             joined(certificate.issuerInfo(QSslCertificate::CommonName)),
             certificate.effectiveDate().toString(Qt::ISODate),
             certificate.expiryDate().toString(Qt::ISODate),
             CertificatePins::formatFingerprint(certificate.digest(QCryptographicHash::Sha256)));
}

} // namespace Satchel
