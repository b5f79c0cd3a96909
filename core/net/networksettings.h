#pragma once

#include "connecttorule.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Satchel {

// How this process reaches servers, like QNetworkProxy::setApplicationProxy: rules that send a
// host and port elsewhere (--connect-to) and the DNS server to ask (--dns-server). Set once at
// start-up; read from any thread by every connection, HTTPS request and DNS lookup.
class NetworkSettings
{
public:
    struct Route
    {
        QString host;
        quint16 port = 0;
        bool rerouted = false;
    };

    static void setConnectTo(const QList<ConnectToRule> &rules);
    static QList<ConnectToRule> connectTo();
    // A null address means the system's resolver. Qt 6.4 always asks it on port 53.
    static void setNameserver(const QHostAddress &address);
    static QHostAddress nameserver();

    // Where a connection to host:port goes: the first rule that matches, else host:port itself.
    static Route route(const QString &host, quint16 port);
};

} // namespace Satchel
