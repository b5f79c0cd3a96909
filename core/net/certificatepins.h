#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace Satchel {

// Certificates the user chose to trust although they failed verification, by SHA-256 digest,
// per host and port. Persisted as JSON in the profile (no secrets in it).
class CertificatePins
{
public:
    bool isPinned(const QString &host, quint16 port, const QByteArray &sha256) const;
    void pin(const QString &host, quint16 port, const QByteArray &sha256);
    void unpin(const QString &host, quint16 port);
    bool isEmpty() const { return m_pins.isEmpty(); }

    bool load(const QString &path, QString *errorMessage);
    bool save(const QString &path, QString *errorMessage) const;

    static QString formatFingerprint(const QByteArray &sha256);
    static QByteArray parseFingerprint(const QString &text);

private:
    static QString key(const QString &host, quint16 port);
    QHash<QString, QSet<QByteArray>> m_pins;
};

} // namespace Satchel
