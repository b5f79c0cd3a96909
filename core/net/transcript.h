#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace Satchel {

// What one connection did, said and heard, for the setup report a user can send to their
// provider: the same redacted lines as the protocol log (never a password), each with the
// milliseconds since the transcript began. Belongs to one thread.
class Transcript
{
public:
    Transcript();

    void add(const QString &line);
    // One line per certificate: subject, issuer, validity and SHA-256 fingerprint.
    void addCertificateChain(const QList<QSslCertificate> &chain);
    const QStringList &lines() const { return m_lines; }

    static QString describeCertificate(const QSslCertificate &certificate);

private:
    QElapsedTimer m_clock;
    QStringList m_lines;
};

} // namespace Satchel
