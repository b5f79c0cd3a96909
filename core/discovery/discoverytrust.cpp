#include "discoverytrust.h"

#include <QHostAddress>

namespace Satchel::DiscoveryTrust {

namespace {

QString normalized(QString host)
{
    host = host.trimmed().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

} // namespace

bool isProtected(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Providers:
    case DiscoverySource::Autoconfig:
        return true;
    case DiscoverySource::ProvidersMx:
    case DiscoverySource::Srv:
    case DiscoverySource::Guess:
        return false;
    }
    return false;
}

bool hostInDomain(const QString &host, const QString &domain)
{
    const QString name = normalized(host);
    const QString parent = normalized(domain);
    if (name.isEmpty() || parent.isEmpty())
        return false;
    return name == parent || name.endsWith(QLatin1Char('.') + parent);
}

QString approvalDomainFor(const QString &host)
{
    QString name = normalized(host);
    if (!QHostAddress(name).isNull())
        return name;
    const QStringList labels = name.split(QLatin1Char('.'));
    return labels.size() <= 2 ? name : labels.mid(1).join(QLatin1Char('.'));
}

bool isApproved(const QString &host, const QStringList &approvedDomains)
{
    return std::any_of(approvedDomains.cbegin(), approvedDomains.cend(),
                       [&](const QString &domain) { return hostInDomain(host, domain); });
}

bool needsApproval(const QString &host, const QString &emailDomain, DiscoverySource source)
{
    return !isProtected(source) && !hostInDomain(host, emailDomain);
}

void apply(DiscoveredService *service, const QString &emailDomain)
{
    service->needsApproval = needsApproval(service->service.host, emailDomain, service->source);
    service->approvalDomain =
        service->needsApproval ? approvalDomainFor(service->service.host) : QString();
}

} // namespace Satchel::DiscoveryTrust
