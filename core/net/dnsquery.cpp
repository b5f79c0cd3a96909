#include "dnsquery.h"

#include "common/logging.h"
#include "networksettings.h"

namespace Satchel {

DnsQuery::DnsQuery(QDnsLookup::Type type, const QString &name, QObject *parent)
    : Job(parent)
    , m_type(type)
    , m_name(name)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &DnsQuery::onTimeout);
}

bool DnsQuery::noRecords() const
{
    return m_mx.isEmpty() && m_srv.isEmpty() && m_txt.isEmpty() && m_addresses.isEmpty();
}

QString DnsQuery::typeName(QDnsLookup::Type type)
{
    switch (type) {
    case QDnsLookup::MX:
        return QStringLiteral("MX");
    case QDnsLookup::SRV:
        return QStringLiteral("SRV");
    case QDnsLookup::TXT:
        return QStringLiteral("TXT");
    case QDnsLookup::A:
        return QStringLiteral("A");
    case QDnsLookup::AAAA:
        return QStringLiteral("AAAA");
    default:
        return QStringLiteral("type %1").arg(int(type));
    }
}

void DnsQuery::doStart()
{
    m_lookup = new QDnsLookup(m_type, m_name, this);
    const QHostAddress nameserver = NetworkSettings::nameserver();
    if (!nameserver.isNull())
        m_lookup->setNameserver(nameserver);
    connect(m_lookup, &QDnsLookup::finished, this, &DnsQuery::onFinished);
    qCDebug(lcNet) << "DNS" << typeName(m_type) << m_name;
    m_timer.start();
    m_lookup->lookup();
}

void DnsQuery::onFinished()
{
    m_timer.stop();
    const QDnsLookup::Error error = m_lookup->error();
    qCDebug(lcNet) << "DNS" << typeName(m_type) << m_name << "answered" << error
                   << m_lookup->errorString();
    m_inconclusive = error == QDnsLookup::InvalidReplyError;
    if (error == QDnsLookup::NoError || error == QDnsLookup::NotFoundError || m_inconclusive) {
        m_mx = m_lookup->mailExchangeRecords();
        m_srv = m_lookup->serviceRecords();
        m_txt = m_lookup->textRecords();
        m_addresses = m_lookup->hostAddressRecords();
        finish();
        return;
    }
    m_failure = m_lookup->errorString();
    finish(Error(Error::Category::Network,
                 tr("The DNS lookup of %1 (%2) failed: %3. Check your internet connection.")
                     .arg(m_name, typeName(m_type), m_failure)));
}

void DnsQuery::onTimeout()
{
    m_lookup->abort();
    m_failure = tr("no answer within %1 seconds").arg(m_timer.interval() / 1000.0);
    Error error(Error::Category::Network,
                tr("The DNS server did not answer the lookup of %1 (%2) within %3 seconds. Check "
                   "your internet connection.")
                    .arg(m_name, typeName(m_type))
                    .arg(m_timer.interval() / 1000.0));
    error.setReason(Error::Reason::TimedOut);
    finish(error);
}

QStringList DnsQuery::describe() const
{
    const QString prefix = typeName(m_type) + QLatin1Char(' ') + m_name + QStringLiteral(": ");
    QStringList lines;
    for (const QDnsMailExchangeRecord &record : m_mx)
        lines << prefix + QStringLiteral("%1 %2").arg(record.preference()).arg(record.exchange());
    for (const QDnsServiceRecord &record : m_srv)
        lines << prefix + QStringLiteral("%1 %2 %3 %4")
                              .arg(record.priority())
                              .arg(record.weight())
                              .arg(record.port())
                              .arg(record.target());
    for (const QDnsTextRecord &record : m_txt) {
        QStringList parts;
        for (const QByteArray &value : record.values())
            parts << QString::fromUtf8(value);
        lines << prefix + QLatin1Char('"') + parts.join(QStringLiteral("\" \"")) + QLatin1Char('"');
    }
    for (const QDnsHostAddressRecord &record : m_addresses)
        lines << prefix + record.value().toString();
    if (lines.isEmpty())
        lines << prefix +
                     (m_inconclusive
                          ? tr("no records, or no usable answer (%1)").arg(m_lookup->errorString())
                          : tr("no records"));
    return lines;
}

} // namespace Satchel
