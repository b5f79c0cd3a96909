#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Satchel {

// One thing setup tried: a DNS lookup, an autoconfig fetch, a probe or a login.
struct ProbeRecord
{
    QString method; // translated: "Guessing", "Verification" …
    QString what;   // "IMAP imap.example.com:993 (tls)", "MX example.com" …
    QDateTime started;
    qint64 elapsedMs = 0;
    bool ok = false;
    QString outcome; // what came of it, in the user's language: the error sentence on failure
    QList<QByteArray> capabilities;
    QStringList transcript; // redacted protocol lines, certificate chain, server answers
};

// "Copy a setup report": every probe of a discovery and a verification, for the user to send to
// their provider's support. Built from redacted transcripts; scrub() is a second guard that takes
// out the password wherever it might still appear.
class SetupReport
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::SetupReport)

public:
    void setEmail(const QString &email) { m_email = email; }
    const QString &email() const { return m_email; }
    void addSummary(const QString &line) { m_summary << line; }
    void add(const ProbeRecord &record) { m_probes << record; }
    void append(const SetupReport &other);
    const QStringList &summary() const { return m_summary; }
    const QList<ProbeRecord> &probes() const { return m_probes; }

    // Replaces the secret, and the base64 forms a login could carry it in, with "<redacted>".
    void scrub(const QString &username, const QString &secret);

    QString toText() const;
    QJsonObject toJson() const;

private:
    QString m_email;
    QStringList m_summary;
    QList<ProbeRecord> m_probes;
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::ProbeRecord)
Q_DECLARE_METATYPE(Satchel::SetupReport)
