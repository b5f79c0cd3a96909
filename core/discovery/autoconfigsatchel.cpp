// The elements of Satchel's namespace (AutoconfigParser::satchelNamespace): what a provider's
// help pages say and config-v1.1 has no element for. resources/providers/fastmail.com.xml uses
// all of them.

#include "autoconfigreader.h"
#include "autoconfigvalues.h"

#include <QUrl>

namespace Satchel {

namespace {

using Values = AutoconfigValues;

bool isToken(const QString &text, bool upper)
{
    if (text.isEmpty() || text.size() > 40)
        return false;
    for (const QChar c : text) {
        const bool letter = upper ? (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                                  : (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        if (!letter && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            return false;
    }
    return true;
}

} // namespace

bool AutoconfigReader::readProviderSatchelChild()
{
    const QStringView name = m_xml.name();
    QString error;
    if (name == u"mx") {
        const std::optional<QString> text = m_xml.text();
        const std::optional<QString> pattern = text ? Values::hostPattern(*text, &error) : text;
        return text && (pattern ? addText(&m_config.mxPatterns, *pattern) : problem(error));
    }
    if (name == u"usernameAlternative") {
        const std::optional<QString> text = readTemplate();
        return m_error.isEmpty() && (!text || addText(&m_config.usernameAlternatives, *text));
    }
    if (name == u"note")
        return readNote(&m_config.notes);
    if (name == u"recommend") {
        const std::optional<ProviderServiceType> type =
            parseProviderServiceType(m_xml.attribute("incoming"));
        const std::optional<QString> text = m_xml.text();
        if (!text)
            return false;
        if (!type || (*type != ProviderServiceType::Imap && *type != ProviderServiceType::Pop3))
            return problem(tr("<satchel:recommend> needs incoming=\"imap\" or \"pop3\"."));
        m_config.recommendedIncoming = type;
        m_config.recommendation = *text;
        return true;
    }
    if (name == u"appPassword") {
        const QString required = m_xml.attribute("required");
        QString url;
        if (!readHttpsAttribute("url", &url))
            return false;
        const std::optional<QString> text = m_xml.text();
        if (!text)
            return false;
        if (required == QLatin1String("always"))
            m_config.appPassword = ProviderConfig::AppPassword::Always;
        else if (required == QLatin1String("two-factor"))
            m_config.appPassword = ProviderConfig::AppPassword::WithTwoFactor;
        else
            return problem(tr("<satchel:appPassword> needs required=\"always\" or "
                              "\"two-factor\"."));
        m_config.appPasswordLink = {url, *text};
        return true;
    }
    if (name == u"noClientAccess") {
        const std::optional<QString> text = m_xml.text();
        m_config.clientAccess = false;
        m_config.noClientAccessReason = text.value_or(QString());
        return text.has_value();
    }
    if (name == u"server") {
        const QString type = m_xml.attribute("type");
        if (type == QLatin1String("ldap"))
            return readServer(QStringLiteral("satchel:server"), ProviderServiceType::Ldap);
        if (type == QLatin1String("ftp"))
            return readServer(QStringLiteral("satchel:server"), ProviderServiceType::Ftp);
        return problem(tr("<satchel:server> needs type=\"ldap\" or \"ftp\".")) && m_xml.skip();
    }
    return unknownElement();
}

bool AutoconfigReader::readServiceSatchelChild(Draft *draft)
{
    const QStringView name = m_xml.name();
    ProviderService &service = draft->service;
    const ProviderServiceType type = service.type;
    const auto wrongPlace = [&] {
        return problem(tr("<satchel:%1> does not belong to a %2 server.")
                           .arg(name, providerServiceTypeName(type))) &&
               m_xml.skip();
    };
    QString error;
    if (name == u"alternative")
        return readAlternative(draft);
    if (name == u"collection")
        return readCollection(draft);
    if (name == u"note")
        return readNote(&service.notes);
    if (name == u"usernameAlternative") {
        const std::optional<QString> text = readTemplate();
        return m_error.isEmpty() && (!text || addText(&service.usernameAlternatives, *text));
    }
    if (name == u"sasl") {
        const std::optional<QString> text = m_xml.text();
        if (!text)
            return false;
        if (!isToken(*text, true))
            return problem(tr("\"%1\" is not a SASL mechanism name.").arg(text->left(40)));
        return addText(&service.saslMechanisms, *text);
    }
    if (name == u"imap") {
        if (type != ProviderServiceType::Imap)
            return wrongPlace();
        const QString separator = m_xml.attribute("folderSeparator");
        if (separator.size() > 1)
            return problem(tr("A folder separator is one character.")) && m_xml.skip();
        service.imap.folderSeparator = separator;
        if (m_xml.hasAttribute("pathPrefix"))
            service.imap.pathPrefix = m_xml.attribute("pathPrefix");
        return m_xml.skip();
    }
    if (name == u"popFolder") {
        if (type != ProviderServiceType::Pop3)
            return wrongPlace();
        QString username;
        if (!readTemplateAttribute("username", &username))
            return false;
        const std::optional<QString> text = m_xml.text();
        if (!text)
            return false;
        if (!ProviderTemplate::placeholders(username).contains(QLatin1String("FOLDER")))
            return problem(tr("<satchel:popFolder> needs a username with %FOLDER% in it."));
        service.pop3.folderUsername = username;
        service.pop3.folderRestriction = *text;
        return true;
    }
    if (name == u"ldap") {
        if (type != ProviderServiceType::Ldap)
            return wrongPlace();
        service.ldap.baseDn = m_xml.attribute("baseDn");
        const std::optional<bool> readOnly =
            m_xml.hasAttribute("readOnly") ? Values::boolean(m_xml.attribute("readOnly"), &error)
                                           : std::optional<bool>(false);
        if (!readOnly || service.ldap.baseDn.isEmpty()) {
            draft->usable = false;
            return problem(readOnly ? tr("<satchel:ldap> needs a base DN.") : error) &&
                   m_xml.skip();
        }
        service.ldap.readOnly = *readOnly;
        return m_xml.skip();
    }
    if (name == u"files") {
        if (type != ProviderServiceType::WebDav && type != ProviderServiceType::Ftp)
            return wrongPlace();
        if (!readTemplateAttribute("path", &service.files.path))
            return false;
        for (const char *attribute : {"ftps", "sftp"}) {
            if (!m_xml.hasAttribute(attribute))
                continue;
            const std::optional<bool> value = Values::boolean(m_xml.attribute(attribute), &error);
            if (!value)
                return problem(error) && m_xml.skip();
            (qstrcmp(attribute, "ftps") == 0 ? service.files.ftps : service.files.sftp) = *value;
        }
        return m_xml.skip();
    }
    return unknownElement();
}

bool AutoconfigReader::readAlternative(Draft *draft)
{
    const QString kind = m_xml.attribute("kind");
    ProviderAlternative alternative;
    if (kind == QLatin1String("proxy"))
        alternative.kind = ProviderAlternative::Kind::Proxy;
    else if (kind == QLatin1String("other-host"))
        alternative.kind = ProviderAlternative::Kind::OtherHost;
    else if (kind == QLatin1String("other-port"))
        alternative.kind = ProviderAlternative::Kind::OtherPort;
    else
        return problem(tr("<satchel:alternative> has no kind Satchel knows.")) && m_xml.skip();

    QString error;
    bool valid = true;
    bool anyPort = false;
    bool haveSecurity = false;
    if (valid && m_xml.hasAttribute("hostname")) {
        const std::optional<QString> host =
            Values::hostTemplate(m_xml.attribute("hostname"), &error);
        valid = host.has_value();
        alternative.host = host.value_or(QString());
    }
    if (valid && m_xml.hasAttribute("port")) {
        const std::optional<quint16> port = Values::port(m_xml.attribute("port"), &error);
        valid = port.has_value();
        alternative.port = port.value_or(0);
    }
    if (valid && m_xml.hasAttribute("socketType")) {
        const std::optional<Security> security =
            Values::socketType(m_xml.attribute("socketType"), &error);
        valid = haveSecurity = security.has_value();
        alternative.security = security.value_or(Security::Tls);
    }
    if (valid && m_xml.hasAttribute("anyPort")) {
        const std::optional<bool> value = Values::boolean(m_xml.attribute("anyPort"), &error);
        valid = value.has_value();
        anyPort = value.value_or(false);
    }
    if (valid && m_xml.hasAttribute("ports")) {
        const std::optional<QList<quint16>> ports =
            Values::portList(m_xml.attribute("ports"), &error);
        valid = ports.has_value();
        alternative.suggestedPorts = ports.value_or(QList<quint16>());
    }
    if (valid && !readHttpsAttribute("url", &alternative.url))
        return false;
    const std::optional<QString> text = m_xml.text();
    if (!text)
        return false;
    alternative.description = *text;

    const bool proxy = alternative.kind == ProviderAlternative::Kind::Proxy;
    if (valid && draft->http) {
        valid = !alternative.url.isEmpty() && !proxy;
        error = tr("An alternative of an HTTP service is another https:// address.");
    } else if (valid) {
        const bool needsHost = alternative.kind != ProviderAlternative::Kind::OtherPort;
        valid = (!needsHost || !alternative.host.isEmpty()) && haveSecurity &&
                (anyPort ? proxy && alternative.port == 0 : alternative.port != 0) &&
                (alternative.kind != ProviderAlternative::Kind::OtherPort ||
                 alternative.host.isEmpty());
        error = tr("<satchel:alternative kind=\"%1\"> needs a host name (unless it is another "
                   "port), a socket type, and a port or anyPort=\"true\" (only for a proxy).")
                    .arg(kind);
    }
    if (!valid)
        return problem(error);
    if (!entryRoom(draft->service.alternatives.size()))
        return false;
    draft->service.alternatives << alternative;
    return true;
}

bool AutoconfigReader::readCollection(Draft *draft)
{
    ProviderCollection collection;
    collection.name = m_xml.attribute("name");
    const ProviderServiceType type = draft->service.type;
    if (type != ProviderServiceType::CardDav && type != ProviderServiceType::CalDav)
        return problem(tr("<satchel:collection> belongs to an address book or a calendar.")) &&
               m_xml.skip();
    if (!readHttpsAttribute("url", &collection.url) ||
        !readTemplateAttribute("username", &collection.username))
        return false;
    const std::optional<QString> text = m_xml.text();
    if (!text)
        return false;
    collection.description = *text;
    if (collection.name.isEmpty() || collection.url.isEmpty())
        return problem(tr("<satchel:collection> needs a name and an https:// url."));
    if (!entryRoom(draft->service.collections.size()))
        return false;
    draft->service.collections << collection;
    return true;
}

bool AutoconfigReader::readNote(QList<ProviderNote> *notes)
{
    ProviderNote note;
    note.kind = m_xml.attribute("kind");
    if (!readHttpsAttribute("url", &note.url))
        return false;
    const std::optional<QString> text = m_xml.text();
    if (!text)
        return false;
    note.text = *text;
    if (note.text.isEmpty() || (!note.kind.isEmpty() && !isToken(note.kind, false)))
        return problem(tr("A <satchel:note> needs text, and a kind of lower-case letters, digits "
                          "and hyphens."));
    if (!entryRoom(notes->size()))
        return false;
    notes->append(note);
    return true;
}

bool AutoconfigReader::readLink(QList<ProviderLink> *links, const char *urlAttribute,
                                QStringView textElement)
{
    ProviderLink link;
    link.url = m_xml.attribute(urlAttribute);
    const QUrl url(link.url, QUrl::StrictMode);
    // Help pages of the ISPDB are often plain http://; Satchel's own files link https:// only.
    const bool https = url.scheme() == QLatin1String("https");
    const bool valid = url.isValid() && !url.host().isEmpty() &&
                       (https || (!m_strict && url.scheme() == QLatin1String("http")));
    QString english;
    QString other;
    bool ok = true;
    while (ok && m_xml.nextChild()) {
        if (!m_xml.inNoNamespace() || m_xml.name() != textElement) {
            ok = unknownElement();
            continue;
        }
        const QString lang = m_xml.attribute("lang");
        const std::optional<QString> text = m_xml.text();
        ok = text.has_value();
        if (text && (lang.isEmpty() || lang == QLatin1String("en")) && english.isEmpty())
            english = *text;
        else if (text && other.isEmpty())
            other = *text;
    }
    if (!ok || !walkerOk())
        return false;
    if (!valid)
        return problem(tr("\"%1\" is not a web address.").arg(link.url.left(120)));
    link.text = english.isEmpty() ? other : english;
    if (!entryRoom(links->size()))
        return false;
    links->append(link);
    return true;
}

bool AutoconfigReader::readHttpsAttribute(const char *name, QString *url)
{
    url->clear();
    if (!m_xml.hasAttribute(name))
        return true;
    QString error;
    const std::optional<QString> value = Values::httpsUrlTemplate(m_xml.attribute(name), &error);
    if (!value)
        return problem(error);
    *url = *value;
    return true;
}

bool AutoconfigReader::readTemplateAttribute(const char *name, QString *value)
{
    value->clear();
    const QString text = m_xml.attribute(name);
    QString error;
    if (!Values::knownPlaceholders(text, &error))
        return problem(error);
    *value = text;
    return true;
}

std::optional<QString> AutoconfigReader::readTemplate()
{
    const std::optional<QString> text = m_xml.text();
    if (!text)
        return std::nullopt;
    QString error;
    if (!Values::knownPlaceholders(*text, &error)) {
        problem(error);
        return std::nullopt;
    }
    return text;
}

} // namespace Satchel
