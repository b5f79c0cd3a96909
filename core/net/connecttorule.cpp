#include "connecttorule.h"

#include <QStringList>
#include <QUrl>

namespace Satchel {

namespace {

// Splits "host:port" fields where a host may be a bracketed IPv6 address.
QStringList splitFields(const QString &text)
{
    QStringList fields;
    QString current;
    bool inBrackets = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('['))
            inBrackets = true;
        else if (c == QLatin1Char(']'))
            inBrackets = false;
        if (c == QLatin1Char(':') && !inBrackets) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

bool parseHost(QString field, QString *host)
{
    if (field.startsWith(QLatin1Char('['))) {
        if (!field.endsWith(QLatin1Char(']')))
            return false;
        field = field.mid(1, field.size() - 2);
        QUrl address; // QUrl knows IPv6 syntax and stays in Qt Core, for the fuzzer
        address.setHost(field, QUrl::StrictMode);
        if (!field.contains(QLatin1Char(':')) || !address.isValid())
            return false;
    } else if (field.contains(QLatin1Char('[')) || field.contains(QLatin1Char(']'))) {
        return false;
    }
    for (const QChar c : std::as_const(field)) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('@'))
            return false;
    }
    *host = field.toLower();
    return true;
}

bool parsePort(const QString &field, quint16 *port)
{
    if (field.isEmpty()) {
        *port = 0;
        return true;
    }
    bool ok = false;
    const uint value = field.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

QString bracketed(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

} // namespace

std::optional<ConnectToRule> ConnectToRule::parse(const QString &text, QString *error)
{
    const QStringList fields = splitFields(text.trimmed());
    ConnectToRule rule;
    if (fields.size() == 4 && parseHost(fields.at(0), &rule.host) &&
        parsePort(fields.at(1), &rule.port) && parseHost(fields.at(2), &rule.targetHost) &&
        parsePort(fields.at(3), &rule.targetPort))
        return rule;
    *error = tr("\"%1\" is not a --connect-to rule; write HOST:PORT:HOST2:PORT2, for example "
                "imap.example.com:993:127.0.0.1:10993.")
                 .arg(text.left(200));
    return std::nullopt;
}

bool ConnectToRule::matches(const QString &candidateHost, quint16 candidatePort) const
{
    return (host.isEmpty() || host.compare(candidateHost, Qt::CaseInsensitive) == 0) &&
           (port == 0 || port == candidatePort);
}

QString ConnectToRule::toString() const
{
    const auto portText = [](quint16 value) {
        return value == 0 ? QString() : QString::number(value);
    };
    return QStringList{bracketed(host), portText(port), bracketed(targetHost), portText(targetPort)}
        .join(QLatin1Char(':'));
}

} // namespace Satchel
