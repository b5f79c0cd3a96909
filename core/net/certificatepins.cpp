#include "certificatepins.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace Satchel {

QString CertificatePins::key(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

bool CertificatePins::isPinned(const QString &host, quint16 port, const QByteArray &sha256) const
{
    return m_pins.value(key(host, port)).contains(sha256);
}

void CertificatePins::pin(const QString &host, quint16 port, const QByteArray &sha256)
{
    m_pins[key(host, port)].insert(sha256);
}

void CertificatePins::unpin(const QString &host, quint16 port)
{
    m_pins.remove(key(host, port));
}

bool CertificatePins::load(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *errorMessage = QCoreApplication::translate("Satchel::CertificatePins",
                                                    "The certificate pin file %1 is damaged: %2.")
                            .arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject pins = document.object().value(QLatin1String("pins")).toObject();
    for (auto it = pins.begin(); it != pins.end(); ++it) {
        for (const QJsonValue value : it.value().toArray()) {
            const QByteArray digest = parseFingerprint(value.toString());
            if (!digest.isEmpty())
                m_pins[it.key()].insert(digest);
        }
    }
    return true;
}

bool CertificatePins::save(const QString &path, QString *errorMessage) const
{
    QJsonObject pins;
    for (auto it = m_pins.begin(); it != m_pins.end(); ++it) {
        QJsonArray digests;
        for (const QByteArray &digest : it.value())
            digests.append(formatFingerprint(digest));
        pins.insert(it.key(), digests);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QLatin1String("pins"), pins}}).toJson());
    if (!file.commit()) {
        *errorMessage = file.errorString();
        return false;
    }
    return true;
}

QString CertificatePins::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray CertificatePins::parseFingerprint(const QString &text)
{
    QString hex = text;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sha256Hex.match(hex).hasMatch())
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace Satchel
