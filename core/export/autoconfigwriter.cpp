#include "autoconfigwriter.h"

#include "discovery/autoconfigparser.h"

#include <QXmlStreamWriter>

namespace Satchel {

namespace {

const QString satchelNs = QString::fromLatin1(AutoconfigParser::satchelNamespace);

QString socketType(Security security)
{
    switch (security) {
    case Security::Tls:
        return QStringLiteral("SSL");
    case Security::StartTls:
        return QStringLiteral("STARTTLS");
    case Security::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

QString usernameTemplate(const QString &username, const QString &email)
{
    if (username.isEmpty() || username.compare(email, Qt::CaseInsensitive) == 0)
        return QStringLiteral("%EMAILADDRESS%");
    if (username == email.section(QLatin1Char('@'), 0, 0))
        return QStringLiteral("%EMAILLOCALPART%");
    return username;
}

class Writer
{
public:
    Writer(QByteArray *out, const Account &account)
        : m_xml(out)
        , m_account(account)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void document(const std::optional<ProviderConfig> &provider)
    {
        const QString domain = m_account.email.section(QLatin1Char('@'), 1).toLower();
        m_xml.writeStartDocument();
        m_xml.writeNamespace(satchelNs, QStringLiteral("satchel"));
        m_xml.writeStartElement(QStringLiteral("clientConfig"));
        m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
        m_xml.writeStartElement(QStringLiteral("emailProvider"));
        m_xml.writeAttribute(QStringLiteral("id"), provider ? provider->id : domain);
        m_xml.writeTextElement(QStringLiteral("domain"), domain);
        m_xml.writeTextElement(QStringLiteral("displayName"),
                               provider ? provider->displayName : domain);
        if (provider)
            m_xml.writeTextElement(QStringLiteral("displayShortName"), provider->shortName);
        if (provider)
            appPassword(*provider);
        for (const ServiceConfig &service : m_account.services) {
            if (service.type != ServiceType::CardDav && service.type != ServiceType::CalDav)
                mailServer(service);
        }
        m_xml.writeEndElement(); // emailProvider
        for (const ServiceConfig &service : m_account.services) {
            if (service.type == ServiceType::CardDav || service.type == ServiceType::CalDav)
                httpService(service);
        }
        m_xml.writeEndElement(); // clientConfig
        m_xml.writeEndDocument();
    }

private:
    void appPassword(const ProviderConfig &provider)
    {
        if (provider.appPassword == ProviderConfig::AppPassword::Unknown ||
            provider.appPasswordLink.url.isEmpty())
            return;
        m_xml.writeStartElement(satchelNs, QStringLiteral("appPassword"));
        m_xml.writeAttribute(QStringLiteral("required"),
                             provider.appPassword == ProviderConfig::AppPassword::Always
                                 ? QStringLiteral("always")
                                 : QStringLiteral("two-factor"));
        m_xml.writeAttribute(QStringLiteral("url"), provider.appPasswordLink.url);
        m_xml.writeCharacters(provider.appPasswordLink.text);
        m_xml.writeEndElement();
    }

    void mailServer(const ServiceConfig &service)
    {
        switch (service.type) {
        case ServiceType::Imap:
        case ServiceType::Pop3:
            m_xml.writeStartElement(QStringLiteral("incomingServer"));
            m_xml.writeAttribute(QStringLiteral("type"), serviceTypeName(service.type));
            break;
        case ServiceType::Smtp:
            m_xml.writeStartElement(QStringLiteral("outgoingServer"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("smtp"));
            break;
        default:
            m_xml.writeStartElement(satchelNs, QStringLiteral("server"));
            m_xml.writeAttribute(QStringLiteral("type"), serviceTypeName(service.type));
            break;
        }
        m_xml.writeTextElement(QStringLiteral("hostname"), service.host);
        m_xml.writeTextElement(QStringLiteral("port"), QString::number(service.port));
        m_xml.writeTextElement(QStringLiteral("socketType"), socketType(service.security));
        m_xml.writeTextElement(QStringLiteral("username"),
                               usernameTemplate(service.username, m_account.email));
        m_xml.writeTextElement(QStringLiteral("authentication"),
                               QStringLiteral("password-cleartext"));
        if (service.auth != AuthMethod::Automatic)
            m_xml.writeTextElement(satchelNs, QStringLiteral("sasl"),
                                   authMethodName(service.auth).toUpper());
        if (service.type == ServiceType::Ldap) {
            m_xml.writeEmptyElement(satchelNs, QStringLiteral("ldap"));
            m_xml.writeAttribute(QStringLiteral("baseDn"), service.url);
        }
        m_xml.writeEndElement();
    }

    void httpService(const ServiceConfig &service)
    {
        const bool contacts = service.type == ServiceType::CardDav;
        m_xml.writeStartElement(contacts ? QStringLiteral("addressBook")
                                         : QStringLiteral("calendar"));
        m_xml.writeAttribute(QStringLiteral("type"), serviceTypeName(service.type));
        m_xml.writeTextElement(QStringLiteral("username"),
                               usernameTemplate(service.username, m_account.email));
        m_xml.writeTextElement(QStringLiteral("authentication"), QStringLiteral("http-basic"));
        m_xml.writeTextElement(QStringLiteral("serverURL"), service.url);
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
    const Account &m_account;
};

} // namespace

QByteArray AutoconfigWriter::write(const Account &account,
                                   const std::optional<ProviderConfig> &provider)
{
    QByteArray out;
    Writer(&out, account).document(provider);
    return out;
}

} // namespace Satchel
