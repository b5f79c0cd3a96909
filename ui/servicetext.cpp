#include "servicetext.h"

namespace Satchel {

QString ServiceText::typeName(ProviderServiceType type)
{
    switch (type) {
    case ProviderServiceType::Imap:
        return tr("IMAP (incoming)");
    case ProviderServiceType::Pop3:
        return tr("POP (incoming)");
    case ProviderServiceType::Smtp:
        return tr("SMTP (sending)");
    case ProviderServiceType::CalDav:
        return tr("CalDAV (calendars)");
    case ProviderServiceType::CardDav:
        return tr("CardDAV (contacts)");
    case ProviderServiceType::Ldap:
        return tr("LDAP (directory)");
    case ProviderServiceType::WebDav:
        return tr("WebDAV (files)");
    case ProviderServiceType::Ftp:
        return tr("FTP (files)");
    }
    return {};
}

QString ServiceText::typeName(ServiceType type)
{
    switch (type) {
    case ServiceType::Imap:
        return typeName(ProviderServiceType::Imap);
    case ServiceType::Pop3:
        return typeName(ProviderServiceType::Pop3);
    case ServiceType::Smtp:
        return typeName(ProviderServiceType::Smtp);
    case ServiceType::CalDav:
        return typeName(ProviderServiceType::CalDav);
    case ServiceType::CardDav:
        return typeName(ProviderServiceType::CardDav);
    case ServiceType::Ldap:
        return typeName(ProviderServiceType::Ldap);
    }
    return {};
}

QString ServiceText::security(Security security)
{
    switch (security) {
    case Security::Tls:
        return tr("SSL/TLS");
    case Security::StartTls:
        return tr("STARTTLS");
    case Security::Plain:
        return tr("None (unsafe)");
    }
    return {};
}

QString ServiceText::server(const ProviderService &service)
{
    if (!service.url.isEmpty())
        return service.url;
    return Endpoint{service.host, service.port, service.security, false}.hostAndPort();
}

QString ServiceText::server(const ServiceConfig &service)
{
    return service.url.isEmpty() ? service.endpoint().hostAndPort() : service.url;
}

QString ServiceText::source(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Providers:
        return tr("Provider database");
    case DiscoverySource::ProvidersMx:
        return tr("Provider database (MX)");
    case DiscoverySource::Autoconfig:
        return tr("Autoconfig file");
    case DiscoverySource::Srv:
        return tr("DNS SRV");
    case DiscoverySource::Guess:
        return tr("Guess");
    }
    return {};
}

QString ServiceText::checkState(const DiscoveredService &found)
{
    if (found.verified)
        return tr("Answered");
    if (!found.error.isError())
        return tr("Not checked");
    if (found.error.reason() == Error::Reason::Certificate)
        return tr("Certificate problem");
    if (found.error.category() == Error::Category::Network)
        return tr("No connection");
    return tr("Failed");
}

QString ServiceText::appPasswordLink(const std::optional<ProviderConfig> &provider)
{
    if (!provider || provider->appPasswordLink.url.isEmpty())
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(provider->appPasswordLink.url.toHtmlEscaped(),
             tr("Make an app password at %1").arg(provider->displayName).toHtmlEscaped());
}

} // namespace Satchel
