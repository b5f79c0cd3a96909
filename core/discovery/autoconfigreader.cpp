#include "autoconfigreader.h"

#include "autoconfigvalues.h"

#include <QUrl>

#include <algorithm>

namespace Satchel {

namespace {

using Values = AutoconfigValues;

// Thunderbird elements Satchel has no use for; strict mode knows them, so only a typo is unknown.
bool ignoredElement(QStringView name)
{
    static constexpr QStringView ignored[] = {
        u"webMail",    u"oAuth2",      u"mAuth",         u"clientConfigUpdate",
        u"inputField", u"instruction", u"identity",      u"password",
        u"pop3",       u"restriction", u"addThisServer", u"useGlobalPreferredServer",
    };
    for (QStringView candidate : ignored) {
        if (candidate == name)
            return true;
    }
    return false;
}

std::optional<ProviderServiceType> httpServiceType(QStringView element)
{
    if (element == u"addressBook")
        return ProviderServiceType::CardDav;
    if (element == u"calendar")
        return ProviderServiceType::CalDav;
    if (element == u"fileShare")
        return ProviderServiceType::WebDav;
    return std::nullopt;
}

// Host and port of an HTTP service, when its URL names them without placeholders; otherwise
// ProviderConfig::expandedFor() takes them from the expanded URL.
void fillFromUrl(ProviderService *service)
{
    const QUrl url(service->url);
    service->security = Security::Tls;
    if (url.isValid() && !url.authority().contains(QLatin1Char('%'))) {
        service->host = url.host().toLower();
        service->port = quint16(url.port(443));
    }
}

bool isIncoming(ProviderServiceType type)
{
    return type == ProviderServiceType::Imap || type == ProviderServiceType::Pop3;
}

} // namespace

AutoconfigReader::AutoconfigReader(const QByteArray &document, AutoconfigParser::Mode mode,
                                   const AutoconfigLimits &limits)
    : m_xml(document, limits)
    , m_strict(mode == AutoconfigParser::Mode::Strict)
    , m_limits(limits)
{}

std::optional<ProviderConfig> AutoconfigReader::read()
{
    if (!m_xml.root()) {
        walkerOk();
        return std::nullopt;
    }
    if (m_xml.name() != u"clientConfig" || !m_xml.inNoNamespace()) {
        fail(tr("The document is not an autoconfig file: its root is <%1>, not <clientConfig>.")
                 .arg(m_xml.name()));
        return std::nullopt;
    }
    if (m_strict && m_xml.attribute("version") != QLatin1String("1.1")) {
        fail(tr("The autoconfig version is \"%1\"; Satchel reads version 1.1.")
                 .arg(m_xml.attribute("version").left(20)));
        return std::nullopt;
    }
    bool ok = true;
    while (ok && m_xml.nextChild()) {
        const QStringView name = m_xml.name();
        if (!m_xml.inNoNamespace())
            ok = unknownElement();
        else if (name == u"emailProvider")
            ok = readProvider();
        else if (const std::optional<ProviderServiceType> type = httpServiceType(name))
            ok = readHttpService(*type);
        else if (name == u"enable")
            ok = readLink(&m_config.enableSteps, "visiturl", u"instruction");
        else
            ok = unknownElement();
    }
    // A nested reader may stop on the walker's failure without copying it: walkerOk() does.
    if (!ok || !walkerOk() || !m_xml.finish() || !walkerOk() || !finish()) {
        walkerOk();
        return std::nullopt;
    }
    return m_config;
}

bool AutoconfigReader::problem(const QString &message)
{
    if (m_strict)
        return fail(message);
    if (m_warnings.size() < m_limits.maxEntries)
        m_warnings << m_xml.where() + message;
    return true;
}

bool AutoconfigReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_xml.where() + message;
    return false;
}

bool AutoconfigReader::walkerOk()
{
    if (m_xml.failed() && m_error.isEmpty())
        m_error = m_xml.error();
    return m_error.isEmpty();
}

bool AutoconfigReader::unknownElement()
{
    const bool known = m_xml.inNoNamespace() && ignoredElement(m_xml.name());
    if (!known && m_strict) {
        return fail(m_xml.inSatchelNamespace()
                        ? tr("<satchel:%1> is not an element Satchel knows here.").arg(m_xml.name())
                        : tr("<%1> is not an element Satchel knows here.").arg(m_xml.name()));
    }
    return m_xml.skip();
}

bool AutoconfigReader::entryRoom(qsizetype size)
{
    if (size < m_limits.maxEntries)
        return true;
    return fail(
        tr("The document lists more than %1 entries of one kind.").arg(m_limits.maxEntries));
}

bool AutoconfigReader::addText(QStringList *list, const QString &value)
{
    if (list->contains(value))
        return true;
    if (!entryRoom(list->size()))
        return false;
    list->append(value);
    return true;
}

bool AutoconfigReader::readProvider()
{
    if (m_haveProvider) {
        // A file describes one provider; Thunderbird also reads only the first.
        return problem(tr("The document has a second <emailProvider>, which is ignored.")) &&
               m_xml.skip();
    }
    m_haveProvider = true;
    m_config.id = m_xml.attribute("id");
    bool ok = true;
    while (ok && m_xml.nextChild()) {
        const QStringView name = m_xml.name();
        QString error;
        if (m_xml.inSatchelNamespace()) {
            ok = readProviderSatchelChild();
        } else if (!m_xml.inNoNamespace()) {
            ok = unknownElement();
        } else if (name == u"domain") {
            const std::optional<QString> text = m_xml.text();
            const std::optional<QString> domain = text ? Values::domain(*text, &error) : text;
            ok = text && (domain ? addText(&m_config.domains, *domain) : problem(error));
        } else if (name == u"displayName" || name == u"displayShortName") {
            QString &target = name == u"displayName" ? m_config.displayName : m_config.shortName;
            const std::optional<QString> text = m_xml.text();
            target = text.value_or(QString());
            ok = text.has_value();
        } else if (name == u"incomingServer" || name == u"outgoingServer") {
            ok = readMailServer(name);
        } else if (const std::optional<ProviderServiceType> type = httpServiceType(name)) {
            ok = readHttpService(*type);
        } else if (name == u"documentation") {
            ok = readLink(&m_config.documentation, "url", u"descr");
        } else if (name == u"enable") {
            ok = readLink(&m_config.enableSteps, "visiturl", u"instruction");
        } else {
            ok = unknownElement();
        }
    }
    return ok && walkerOk();
}

bool AutoconfigReader::readMailServer(QStringView element)
{
    const QString type = m_xml.attribute("type").toLower();
    const bool incoming = element == u"incomingServer";
    if ((incoming && (type == QLatin1String("imap") || type == QLatin1String("pop3"))) ||
        (!incoming && type == QLatin1String("smtp")))
        return readServer(element.toString(), *parseProviderServiceType(type));
    // JMAP, Exchange, ActiveSync …: servers Satchel cannot talk to (yet).
    return problem(tr("A server of type \"%1\" is skipped.").arg(type.left(20))) && m_xml.skip();
}

bool AutoconfigReader::readServer(const QString &element, ProviderServiceType type)
{
    Draft draft;
    draft.element = element;
    draft.service.type = type;
    bool ok = true;
    while (ok && m_xml.nextChild())
        ok = readServerChild(&draft);
    return ok && walkerOk() && addService(std::move(draft));
}

bool AutoconfigReader::readHttpService(ProviderServiceType type)
{
    Draft draft;
    draft.element = m_xml.name().toString();
    draft.http = true;
    draft.service.type = type;
    const QString kind = m_xml.attribute("type");
    if (kind.compare(providerServiceTypeName(type), Qt::CaseInsensitive) != 0) {
        return problem(tr("<%1 type=\"%2\"> is skipped.").arg(draft.element, kind.left(20))) &&
               m_xml.skip();
    }
    bool ok = true;
    while (ok && m_xml.nextChild())
        ok = readServerChild(&draft);
    return ok && walkerOk() && addService(std::move(draft));
}

bool AutoconfigReader::readServerChild(Draft *draft)
{
    if (m_xml.inSatchelNamespace())
        return readServiceSatchelChild(draft);
    if (!m_xml.inNoNamespace())
        return unknownElement();
    // A copy: it is compared after text() has moved the reader on.
    const QString name = m_xml.name().toString();
    ProviderService &service = draft->service;
    const bool urlElement = draft->http && (name == u"serverURL" || name == u"url");
    const bool mailElement = name == u"hostname" || name == u"port" || name == u"socketType";
    if (draft->http && mailElement)
        return m_xml.skip(); // some generators repeat what the URL says
    if (name == u"username") {
        const std::optional<QString> text = readTemplate();
        service.username = text.value_or(QString());
        draft->usable = draft->usable && text.has_value();
        return m_error.isEmpty();
    }
    if (!urlElement && !mailElement && name != u"authentication")
        return unknownElement();
    const std::optional<QString> text = m_xml.text();
    if (!text)
        return false;
    QString error;
    if (name == u"authentication") {
        const std::optional<QString> method = Values::authentication(*text, &error);
        // An unknown method leaves the server usable with the methods it still lists.
        return method ? addText(&service.authentication, *method) : problem(error);
    }
    bool valid = true;
    if (urlElement) {
        const std::optional<QString> url = Values::httpsUrlTemplate(*text, &error);
        valid = url.has_value();
        service.url = url.value_or(QString());
    } else if (name == u"hostname") {
        const std::optional<QString> host = Values::hostTemplate(*text, &error);
        valid = draft->haveHost = host.has_value();
        service.host = host.value_or(QString());
    } else if (name == u"port") {
        const std::optional<quint16> port = Values::port(*text, &error);
        valid = draft->havePort = port.has_value();
        service.port = port.value_or(0);
    } else {
        const std::optional<Security> security = Values::socketType(*text, &error);
        valid = draft->haveSecurity = security.has_value();
        service.security = security.value_or(Security::Tls);
    }
    if (valid)
        return true;
    draft->usable = false;
    return problem(error);
}

bool AutoconfigReader::addService(Draft draft)
{
    ProviderService &service = draft.service;
    if (draft.http) {
        if (service.url.isEmpty() && !problem(tr("<%1> has no server URL.").arg(draft.element)))
            return false;
        draft.usable = draft.usable && !service.url.isEmpty();
        fillFromUrl(&service);
    } else if (!draft.haveHost || !draft.havePort || !draft.haveSecurity) {
        if (!problem(tr("<%1> lacks its host name, port or socket type.").arg(draft.element)))
            return false;
        draft.usable = false;
    }
    if (m_strict && service.username.isEmpty())
        return fail(tr("<%1> has no username.").arg(draft.element));
    if (!draft.usable) {
        m_warnings << tr("A %1 server is skipped.").arg(providerServiceTypeName(service.type));
        return true;
    }
    for (ProviderAlternative &alternative : service.alternatives) {
        if (alternative.host.isEmpty() && alternative.url.isEmpty())
            alternative.host = service.host;
    }
    for (ProviderService &primary : m_config.services) {
        if (primary.type != service.type)
            continue;
        // Thunderbird's way to offer another port or host: the same type again, less preferred.
        ProviderAlternative alternative;
        alternative.kind = service.host == primary.host && service.url.isEmpty()
                               ? ProviderAlternative::Kind::OtherPort
                               : ProviderAlternative::Kind::OtherHost;
        alternative.host = service.host;
        alternative.port = service.port;
        alternative.security = service.security;
        alternative.url = service.url;
        QStringList descriptions;
        for (const ProviderNote &note : std::as_const(service.notes))
            descriptions << note.text;
        alternative.description = descriptions.join(QLatin1Char(' '));
        if (!entryRoom(primary.alternatives.size() + service.alternatives.size()))
            return false;
        primary.alternatives << alternative << service.alternatives;
        return true;
    }
    if (!entryRoom(m_config.services.size()))
        return false;
    m_config.services << service;
    return true;
}

bool AutoconfigReader::finish()
{
    if (!m_haveProvider)
        return fail(tr("The document has no <emailProvider>."));
    if (m_strict && m_config.domains.isEmpty() && m_config.mxPatterns.isEmpty())
        return fail(tr("The provider lists neither a domain nor an MX host."));
    const bool hasIncoming =
        std::any_of(m_config.services.cbegin(), m_config.services.cend(),
                    [](const ProviderService &service) { return isIncoming(service.type); });
    if (m_config.clientAccess && !hasIncoming)
        return fail(tr("The settings name no IMAP or POP server that Satchel can use."));
    if (m_config.recommendedIncoming && !m_config.service(*m_config.recommendedIncoming)) {
        if (!problem(tr("The recommended protocol has no server in the settings.")))
            return false;
        m_config.recommendedIncoming.reset();
    }
    if (m_config.id.isEmpty() && !m_config.domains.isEmpty())
        m_config.id = m_config.domains.constFirst();
    if (m_config.displayName.isEmpty())
        m_config.displayName = m_config.shortName.isEmpty() ? m_config.id : m_config.shortName;
    if (m_config.shortName.isEmpty())
        m_config.shortName = m_config.displayName;
    return true;
}

} // namespace Satchel
