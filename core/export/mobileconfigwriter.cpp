#include "mobileconfigwriter.h"

#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <QXmlStreamWriter>

namespace Satchel {

namespace {

// Any fixed UUID works as the namespace of the version-5 UUIDs below; changing it would make
// every exported profile a new one to the devices that installed it.
const QUuid uuidNamespace(QStringLiteral("{6f1c7d64-2b0e-4c55-9a53-3f3c2f8f1e2a}"));

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void writeValue(QXmlStreamWriter &xml, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        xml.writeStartElement(key("dict"));
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            xml.writeTextElement(key("key"), it.key());
            writeValue(xml, it.value());
        }
        xml.writeEndElement();
        break;
    }
    case QMetaType::QVariantList:
        xml.writeStartElement(key("array"));
        for (const QVariant &item : value.toList())
            writeValue(xml, item);
        xml.writeEndElement();
        break;
    case QMetaType::Bool:
        xml.writeEmptyElement(value.toBool() ? key("true") : key("false"));
        break;
    case QMetaType::Int:
        xml.writeTextElement(key("integer"), QString::number(value.toInt()));
        break;
    default:
        xml.writeTextElement(key("string"), value.toString());
        break;
    }
}

class Profile
{
public:
    Profile(const Account &account, const std::optional<ProviderConfig> &provider)
        : m_account(account)
        , m_description(provider
                            ? QStringLiteral("%1 (%2)").arg(account.email, provider->displayName)
                            : account.email)
    {}

    QVariantMap document() const
    {
        QVariantList payloads;
        if (m_account.incoming())
            payloads << mail();
        if (const std::optional<ServiceConfig> caldav = m_account.service(ServiceType::CalDav))
            payloads << dav(*caldav, "CalDAV", "com.apple.caldav.account", "caldav");
        if (const std::optional<ServiceConfig> carddav = m_account.service(ServiceType::CardDav))
            payloads << dav(*carddav, "CardDAV", "com.apple.carddav.account", "carddav");
        return {
            {key("PayloadContent"), payloads},
            {key("PayloadDisplayName"), m_description},
            {key("PayloadDescription"),
             MobileconfigWriter::tr("Sets up mail, contacts and calendars for %1. The profile "
                                    "holds no password: the device asks for the app password "
                                    "when you install it.")
                 .arg(m_account.email)},
            {key("PayloadIdentifier"), identifier("profile")},
            {key("PayloadOrganization"), QStringLiteral("Satchel")},
            {key("PayloadRemovalDisallowed"), false},
            {key("PayloadType"), QStringLiteral("Configuration")},
            {key("PayloadUUID"), uuid("profile")},
            {key("PayloadVersion"), 1},
        };
    }

private:
    QString identifier(const char *part) const
    {
        return QStringLiteral("org.satchel.account.%1.%2").arg(m_account.id, key(part));
    }

    QString uuid(const char *part) const
    {
        return QUuid::createUuidV5(uuidNamespace, identifier(part))
            .toString(QUuid::WithoutBraces)
            .toUpper();
    }

    QString username(const ServiceConfig &service) const
    {
        return service.username.isEmpty() ? m_account.email : service.username;
    }

    QVariantMap payload(const char *type, const char *part) const
    {
        return {{key("PayloadDisplayName"), m_description},
                {key("PayloadIdentifier"), identifier(part)},
                {key("PayloadType"), key(type)},
                {key("PayloadUUID"), uuid(part)},
                {key("PayloadVersion"), 1}};
    }

    QVariantMap mail() const
    {
        const ServiceConfig incoming = *m_account.incoming();
        QVariantMap map = payload("com.apple.mail.managed", "mail");
        map.insert(key("EmailAccountDescription"), m_description);
        map.insert(key("EmailAccountName"), m_account.name);
        map.insert(key("EmailAccountType"), incoming.type == ServiceType::Imap
                                                ? QStringLiteral("EmailTypeIMAP")
                                                : QStringLiteral("EmailTypePOP"));
        map.insert(key("EmailAddress"), m_account.email);
        server(&map, "Incoming", incoming);
        if (const std::optional<ServiceConfig> smtp = m_account.service(ServiceType::Smtp)) {
            server(&map, "Outgoing", *smtp);
            map.insert(key("OutgoingPasswordSameAsIncomingPassword"),
                       username(*smtp) == username(incoming));
        }
        return map;
    }

    void server(QVariantMap *map, const char *direction, const ServiceConfig &service) const
    {
        const QString prefix = key(direction) + QStringLiteral("MailServer");
        map->insert(prefix + QStringLiteral("Authentication"), QStringLiteral("EmailAuthPassword"));
        map->insert(prefix + QStringLiteral("HostName"), service.host);
        map->insert(prefix + QStringLiteral("PortNumber"), int(service.port));
        // Apple's devices use STARTTLS on a non-TLS port when this is true.
        map->insert(prefix + QStringLiteral("UseSSL"), service.security != Security::Plain);
        map->insert(prefix + QStringLiteral("Username"), username(service));
    }

    QVariantMap dav(const ServiceConfig &service, const char *prefix, const char *type,
                    const char *part) const
    {
        const QUrl url(service.url);
        const QString name = key(prefix);
        QVariantMap map = payload(type, part);
        map.insert(name + QStringLiteral("AccountDescription"), m_description);
        map.insert(name + QStringLiteral("HostName"),
                   url.host().isEmpty() ? service.host : url.host());
        map.insert(name + QStringLiteral("Port"), url.port(service.port ? service.port : 443));
        map.insert(name + QStringLiteral("PrincipalURL"), service.url);
        map.insert(name + QStringLiteral("UseSSL"), url.scheme() != QLatin1String("http"));
        map.insert(name + QStringLiteral("Username"), username(service));
        return map;
    }

    const Account &m_account;
    QString m_description;
};

} // namespace

QByteArray MobileconfigWriter::write(const Account &account,
                                     const std::optional<ProviderConfig> &provider)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(key("plist"));
    xml.writeAttribute(key("version"), QStringLiteral("1.0"));
    writeValue(xml, Profile(account, provider).document());
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Satchel
