#pragma once

#include "common/error.h"
#include "networksettings.h"

#include <QDnsLookup>
#include <QObject>

namespace Satchel {

// Where a connection to host:port really goes: the --connect-to rules, then the address from the
// configured DNS server when one is set (NetworkSettings). Without one the name is left to the
// system's resolver, which the socket asks itself. Always answers asynchronously, once.
class HostLookup : public QObject
{
    Q_OBJECT

public:
    explicit HostLookup(QObject *parent = nullptr);

    void lookup(const QString &host, quint16 port);
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Whether a name must be asked of the configured DNS server before connecting.
    static bool needsDns(const QString &host);

signals:
    // route.host is empty when the name has no address; dnsError, a sentence for the user, is
    // set when DNS failed.
    void done(const Satchel::NetworkSettings::Route &route, const Satchel::Error &dnsError);

private:
    void query(QDnsLookup::Type type);

    NetworkSettings::Route m_route;
    int m_timeoutMs = 5000;
};

} // namespace Satchel
