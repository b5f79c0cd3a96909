#include "setupreport.h"

#include "net/loginerrors.h"

#include <QJsonArray>

namespace Satchel {

namespace {

QString redactedIn(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("<redacted>"));
    }
    return text;
}

QStringList capabilityStrings(const QList<QByteArray> &capabilities)
{
    QStringList strings;
    for (const QByteArray &capability : capabilities)
        strings << QString::fromUtf8(capability);
    return strings;
}

} // namespace

void SetupReport::append(const SetupReport &other)
{
    if (m_email.isEmpty())
        m_email = other.m_email;
    m_summary << other.m_summary;
    m_probes << other.m_probes;
}

void SetupReport::scrub(const QString &username, const QString &secret)
{
    if (secret.isEmpty())
        return;
    const QStringList secrets = {
        secret,
        QString::fromLatin1(secret.toUtf8().toBase64()),
        QString::fromLatin1(LoginErrors::saslPlain(username, secret)),
        QString::fromLatin1((username + QLatin1Char(':') + secret).toUtf8().toBase64()),
    };
    for (QString &line : m_summary)
        line = redactedIn(line, secrets);
    for (ProbeRecord &record : m_probes) {
        record.what = redactedIn(record.what, secrets);
        record.outcome = redactedIn(record.outcome, secrets);
        for (QString &line : record.transcript)
            line = redactedIn(line, secrets);
    }
}

QString SetupReport::toText() const
{
    QStringList lines;
    lines << tr("Satchel setup report for %1").arg(m_email)
          << tr("Made with Satchel %1 and Qt %2. Passwords are never part of it.")
                 .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
          << QString();
    lines << m_summary;
    QList<ProbeRecord> probes = m_probes;
    std::stable_sort(probes.begin(), probes.end(), [](const ProbeRecord &a, const ProbeRecord &b) {
        return a.started < b.started;
    });
    for (const ProbeRecord &record : std::as_const(probes)) {
        lines << QString() << QStringLiteral("== %1: %2").arg(record.method, record.what)
              << tr("started %1, took %2 ms: %3")
                     .arg(record.started.toString(Qt::ISODateWithMs))
                     .arg(record.elapsedMs)
                     .arg(record.ok ? tr("ok") : tr("failed"));
        if (!record.outcome.isEmpty())
            lines << QStringLiteral("   ") + record.outcome;
        if (!record.capabilities.isEmpty())
            lines << tr("   capabilities: %1")
                         .arg(capabilityStrings(record.capabilities).join(QLatin1Char(' ')));
        for (const QString &line : record.transcript)
            lines << QStringLiteral("   ") + line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject SetupReport::toJson() const
{
    QJsonArray probes;
    for (const ProbeRecord &record : m_probes) {
        probes.append(QJsonObject{
            {QStringLiteral("method"), record.method},
            {QStringLiteral("what"), record.what},
            {QStringLiteral("started"), record.started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("elapsedMs"), record.elapsedMs},
            {QStringLiteral("ok"), record.ok},
            {QStringLiteral("outcome"), record.outcome},
            {QStringLiteral("capabilities"),
             QJsonArray::fromStringList(capabilityStrings(record.capabilities))},
            {QStringLiteral("transcript"), QJsonArray::fromStringList(record.transcript)},
        });
    }
    return {{QStringLiteral("email"), m_email},
            {QStringLiteral("summary"), QJsonArray::fromStringList(m_summary)},
            {QStringLiteral("probes"), probes}};
}

} // namespace Satchel
