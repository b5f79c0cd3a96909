#include "hostlookup.h"

#include "dnsquery.h"

#include <QHostAddress>

namespace Satchel {

HostLookup::HostLookup(QObject *parent)
    : QObject(parent)
{}

bool HostLookup::needsDns(const QString &host)
{
    return !NetworkSettings::nameserver().isNull() && QHostAddress(host).isNull() &&
           host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0;
}

void HostLookup::lookup(const QString &host, quint16 port)
{
    m_route = NetworkSettings::route(host, port);
    if (needsDns(m_route.host)) {
        query(QDnsLookup::A);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this] { emit done(m_route, {}); }, Qt::QueuedConnection);
}

void HostLookup::query(QDnsLookup::Type type)
{
    auto *dns = new DnsQuery(type, m_route.host, this);
    dns->setTimeout(m_timeoutMs);
    connect(dns, &Job::finished, this, [this, dns, type] {
        if (dns->error().isError()) {
            Error error(Error::Category::Network,
                        tr("The server name %1 could not be looked up (%2). Check your internet "
                           "connection.")
                            .arg(m_route.host, dns->failure()));
            error.setReason(dns->error().reason());
            emit done({}, error);
            return;
        }
        const QList<QDnsHostAddressRecord> records = dns->hostAddressRecords();
        if (records.isEmpty() && type == QDnsLookup::A) {
            query(QDnsLookup::AAAA);
            return;
        }
        NetworkSettings::Route route = m_route;
        route.host = records.isEmpty() ? QString() : records.constFirst().value().toString();
        emit done(route, {});
    });
    dns->start();
}

} // namespace Satchel
