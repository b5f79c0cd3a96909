#include "dnsbed.h"

#include "net/networksettings.h"
#include "testbed.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Test {

const DnsBed &DnsBed::instance()
{
    static const DnsBed bed;
    return bed;
}

DnsBed::DnsBed()
{
    const QString directory = qEnvironmentVariable("SATCHEL_DNSBED");
    if (directory.isEmpty()) {
        m_error = QStringLiteral("SATCHEL_DNSBED is not set: run this test through ctest, which "
                                 "starts the discovery servers (fixture \"dnsbed\").");
        return;
    }
    QFile file(directory + QStringLiteral("/dnsbed.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("The discovery servers are not running: %1 cannot be read (%2). "
                                 "See tests/servers/dnsbed.sh.")
                      .arg(file.fileName(), file.errorString());
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    m_nameserver = QHostAddress(root.value(QLatin1String("nameserver")).toString());
    m_requestLog = root.value(QLatin1String("requestLog")).toString();
    const QJsonObject ports = root.value(QLatin1String("ports")).toObject();
    for (auto it = ports.begin(); it != ports.end(); ++it)
        m_ports.insert(it.key(), quint16(it.value().toInt()));
    if (m_nameserver.isNull() || m_ports.size() != 3)
        m_error = QStringLiteral("%1 is incomplete.").arg(file.fileName());
    else if (!TestBed::instance().isAvailable())
        m_error = TestBed::instance().error();
}

QStringList DnsBed::requests() const
{
    QFile file(m_requestLog);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString DnsBed::rule(const QString &host, quint16 port, quint16 targetPort)
{
    return QStringLiteral("%1:%2:127.0.0.1:%3").arg(host).arg(port).arg(targetPort);
}

QString DnsBed::toTestBed(const QString &host, quint16 port, const QString &portName)
{
    return rule(host, port, TestBed::instance().port(portName));
}

QStringList DnsBed::exampleRules() const
{
    return {rule(QStringLiteral("autoconfig.example.test"), 443, port(QStringLiteral("https"))),
            toTestBed(QStringLiteral("imap.example.test"), 993, QStringLiteral("imaps")),
            toTestBed(QStringLiteral("pop.example.test"), 995, QStringLiteral("pop3s")),
            toTestBed(QStringLiteral("smtp.example.test"), 465, QStringLiteral("submissions")),
            toTestBed(QStringLiteral("dav.example.test"), 443, QStringLiteral("dav"))};
}

void DnsBed::apply(const QStringList &rules) const
{
    QList<ConnectToRule> parsed;
    for (const QString &text : rules) {
        QString error;
        if (const std::optional<ConnectToRule> parsedRule = ConnectToRule::parse(text, &error))
            parsed << *parsedRule;
        else
            qFatal("bad connect-to rule in a test: %s", qPrintable(error));
    }
    NetworkSettings::setNameserver(m_nameserver);
    NetworkSettings::setConnectTo(parsed);
}

void DnsBed::clear()
{
    NetworkSettings::setNameserver({});
    NetworkSettings::setConnectTo({});
}

} // namespace Satchel::Test
