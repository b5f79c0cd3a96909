#include "nearbyaddress.h"

#include <QHostAddress>

namespace Satchel {

bool isNearbyAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const QHostAddress v4(address.toIPv4Address(&isV4));
    const QHostAddress &plain = isV4 ? v4 : address;
    if (plain.isNull())
        return false;
    if (plain.isLoopback() || plain.isLinkLocal() || plain.isSiteLocal() ||
        plain.isUniqueLocalUnicast())
        return true;
    const QPair<QHostAddress, int> privateNets[] = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
    };
    for (const auto &net : privateNets) {
        if (plain.isInSubnet(net))
            return true;
    }
    return false;
}

} // namespace Satchel
