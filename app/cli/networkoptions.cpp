#include "networkoptions.h"

#include "net/networksettings.h"

#include <QCoreApplication>

namespace Satchel::NetworkOptions {

bool apply(const QStringList &connectTo, const QString &dnsServer, QString *error)
{
    QList<ConnectToRule> rules;
    for (const QString &text : connectTo) {
        const std::optional<ConnectToRule> rule = ConnectToRule::parse(text, error);
        if (!rule)
            return false;
        rules << *rule;
    }
    QHostAddress nameserver;
    if (!dnsServer.isEmpty() && !nameserver.setAddress(dnsServer)) {
        *error = QCoreApplication::translate("NetworkOptions",
                                             "--dns-server takes an IP address, not \"%1\".")
                     .arg(dnsServer);
        return false;
    }
    NetworkSettings::setConnectTo(rules);
    NetworkSettings::setNameserver(nameserver);
    return true;
}

} // namespace Satchel::NetworkOptions
