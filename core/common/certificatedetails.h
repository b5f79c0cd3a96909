#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Satchel {

// What a user needs to decide about a server certificate that failed verification, and what a
// pin needs to remember it (host, port, SHA-256). Empty when no certificate was presented.
struct CertificateDetails
{
    QString host;
    quint16 port = 0;
    QStringList reasons; // why verification failed, in the user's language
    QString subject;     // the names it was issued to
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QByteArray sha256; // raw digest

    bool isEmpty() const { return sha256.isEmpty(); }
};

} // namespace Satchel
