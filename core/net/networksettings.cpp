#include "networksettings.h"

#include <QReadWriteLock>

namespace Satchel {

namespace {

struct Shared
{
    QReadWriteLock lock;
    QList<ConnectToRule> rules;
    QHostAddress nameserver;
};

Q_GLOBAL_STATIC(Shared, shared)

} // namespace

void NetworkSettings::setConnectTo(const QList<ConnectToRule> &rules)
{
    QWriteLocker locker(&shared->lock);
    shared->rules = rules;
}

QList<ConnectToRule> NetworkSettings::connectTo()
{
    QReadLocker locker(&shared->lock);
    return shared->rules;
}

void NetworkSettings::setNameserver(const QHostAddress &address)
{
    QWriteLocker locker(&shared->lock);
    shared->nameserver = address;
}

QHostAddress NetworkSettings::nameserver()
{
    QReadLocker locker(&shared->lock);
    return shared->nameserver;
}

NetworkSettings::Route NetworkSettings::route(const QString &host, quint16 port)
{
    QReadLocker locker(&shared->lock);
    for (const ConnectToRule &rule : std::as_const(shared->rules)) {
        if (rule.matches(host, port))
            return {rule.targetHost.isEmpty() ? host : rule.targetHost,
                    rule.targetPort == 0 ? port : rule.targetPort, true};
    }
    return {host, port, false};
}

} // namespace Satchel
