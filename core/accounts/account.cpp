#include "account.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Satchel {

namespace {

constexpr ServiceType allTypes[] = {ServiceType::Imap,    ServiceType::Pop3,   ServiceType::Smtp,
                                    ServiceType::CardDav, ServiceType::CalDav, ServiceType::Ldap};

} // namespace

QString serviceTypeName(ServiceType type)
{
    switch (type) {
    case ServiceType::Imap:
        return QStringLiteral("imap");
    case ServiceType::Pop3:
        return QStringLiteral("pop3");
    case ServiceType::Smtp:
        return QStringLiteral("smtp");
    case ServiceType::CardDav:
        return QStringLiteral("carddav");
    case ServiceType::CalDav:
        return QStringLiteral("caldav");
    case ServiceType::Ldap:
        return QStringLiteral("ldap");
    }
    return {};
}

std::optional<ServiceType> parseServiceType(const QString &name)
{
    for (ServiceType type : allTypes) {
        if (serviceTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Automatic:
        return QStringLiteral("automatic");
    case AuthMethod::Plain:
        return QStringLiteral("plain");
    case AuthMethod::Login:
        return QStringLiteral("login");
    }
    return {};
}

bool ServiceConfig::isLineProtocol() const
{
    return type == ServiceType::Imap || type == ServiceType::Pop3 || type == ServiceType::Smtp;
}

QJsonObject ServiceConfig::toJson() const
{
    QJsonObject object{{QLatin1String("type"), serviceTypeName(type)},
                       {QLatin1String("host"), host},
                       {QLatin1String("port"), port},
                       {QLatin1String("security"), securityName(security)},
                       {QLatin1String("username"), username},
                       {QLatin1String("auth"), authMethodName(auth)}};
    if (!url.isEmpty())
        object.insert(QLatin1String("url"), url);
    if (allowPlaintext)
        object.insert(QLatin1String("allowPlaintext"), true);
    if (syncConnections != defaultSyncConnections)
        object.insert(QLatin1String("syncConnections"), syncConnections);
    return object;
}

std::optional<ServiceConfig> ServiceConfig::fromJson(const QJsonObject &object, QString *error)
{
    ServiceConfig config;
    const std::optional<ServiceType> type =
        parseServiceType(object.value(QLatin1String("type")).toString());
    const int port = object.value(QLatin1String("port")).toInt(-1);
    if (!type ||
        !parseSecurity(object.value(QLatin1String("security")).toString(), &config.security) ||
        port < 0 || port > 65535) {
        *error = Account::tr("a service has an unknown type, security or port");
        return std::nullopt;
    }
    config.type = *type;
    config.port = quint16(port);
    config.host = object.value(QLatin1String("host")).toString();
    config.username = object.value(QLatin1String("username")).toString();
    config.url = object.value(QLatin1String("url")).toString();
    config.allowPlaintext = object.value(QLatin1String("allowPlaintext")).toBool();
    config.syncConnections =
        object.value(QLatin1String("syncConnections")).toInt(defaultSyncConnections);
    const QString auth = object.value(QLatin1String("auth")).toString();
    config.auth = auth == QLatin1String("plain")   ? AuthMethod::Plain
                  : auth == QLatin1String("login") ? AuthMethod::Login
                                                   : AuthMethod::Automatic;
    return config;
}

std::optional<ServiceConfig> Account::service(ServiceType type) const
{
    for (const ServiceConfig &config : services) {
        if (config.type == type)
            return config;
    }
    return std::nullopt;
}

std::optional<ServiceConfig> Account::incoming() const
{
    if (auto imap = service(ServiceType::Imap))
        return imap;
    return service(ServiceType::Pop3);
}

QString Account::validate() const
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1 || email.contains(QLatin1Char(' ')))
        return tr("\"%1\" is not an email address.").arg(email);
    if (service(ServiceType::Imap) && service(ServiceType::Pop3))
        return tr("An account has either IMAP or POP3 for incoming mail, not both.");
    for (ServiceType type : allTypes) {
        int count = 0;
        for (const ServiceConfig &config : services)
            count += config.type == type ? 1 : 0;
        if (count > 1)
            return tr("The account has more than one %1 service.").arg(serviceTypeName(type));
    }
    for (const ServiceConfig &config : services) {
        if (config.isLineProtocol() && (config.host.isEmpty() || config.port == 0))
            return tr("The %1 service needs a server name and a port.")
                .arg(serviceTypeName(config.type));
        if (!config.isLineProtocol() && config.url.isEmpty() && config.host.isEmpty())
            return tr("The %1 service needs a URL.").arg(serviceTypeName(config.type));
    }
    return {};
}

QJsonObject Account::toJson() const
{
    QJsonArray serviceArray;
    for (const ServiceConfig &config : services)
        serviceArray.append(config.toJson());
    QJsonObject object{{QLatin1String("id"), id},
                       {QLatin1String("name"), name},
                       {QLatin1String("email"), email},
                       {QLatin1String("services"), serviceArray}};
    if (serverSavesSent)
        object.insert(QLatin1String("serverSavesSent"), true);
    return object;
}

std::optional<Account> Account::fromJson(const QJsonObject &object, QString *error)
{
    Account account;
    account.id = object.value(QLatin1String("id")).toString();
    account.name = object.value(QLatin1String("name")).toString();
    account.email = object.value(QLatin1String("email")).toString();
    account.serverSavesSent = object.value(QLatin1String("serverSavesSent")).toBool();
    if (account.id.isEmpty() || account.email.isEmpty()) {
        *error = tr("an account has no id or no email address");
        return std::nullopt;
    }
    for (const QJsonValue value : object.value(QLatin1String("services")).toArray()) {
        std::optional<ServiceConfig> config = ServiceConfig::fromJson(value.toObject(), error);
        if (!config)
            return std::nullopt;
        account.services.append(*config);
    }
    return account;
}

} // namespace Satchel
