#include "settingssheet.h"

namespace Satchel {

namespace {

QString protocolTitle(ServiceType type)
{
    switch (type) {
    case ServiceType::Imap:
        return QStringLiteral("IMAP");
    case ServiceType::Pop3:
        return QStringLiteral("POP");
    case ServiceType::Smtp:
        return QStringLiteral("SMTP");
    case ServiceType::CardDav:
        return QStringLiteral("CardDAV");
    case ServiceType::CalDav:
        return QStringLiteral("CalDAV");
    case ServiceType::Ldap:
        return QStringLiteral("LDAP");
    }
    return {};
}

bool isHttp(ServiceType type)
{
    return type == ServiceType::CardDav || type == ServiceType::CalDav;
}

} // namespace

SettingsSheet::SettingsSheet(const Account &account, const std::optional<ProviderConfig> &provider)
    : m_account(account)
    , m_provider(provider)
{
    m_title = tr("Server names and ports for %1").arg(account.email);
    if (provider)
        m_introduction << tr("Provider: %1").arg(provider->displayName);
    m_introduction << tr("These are the settings of %1 <%2> for setting up mail, contacts and "
                         "calendars on another device.")
                          .arg(account.name, account.email);
    const bool appPassword =
        provider && provider->appPassword != ProviderConfig::AppPassword::Unknown;
    if (appPassword) {
        m_introduction << tr("You will need an app password to connect to these servers: your "
                             "regular password or a two-step verification code will not work.");
        if (!provider->appPasswordLink.url.isEmpty())
            m_introduction
                << tr("Make an app password here: %1").arg(provider->appPasswordLink.url);
    } else {
        m_introduction << tr("The password is not on this sheet: type it on the other device. "
                             "If your provider gave you an app password, use that one.");
    }
    for (const ServiceConfig &service : account.services)
        addService(service);
    addFirewallSection();
    addUsernameSection();
}

const ProviderService *SettingsSheet::providerService(const ServiceConfig &service) const
{
    if (!m_provider)
        return nullptr;
    for (const ProviderService &candidate : m_provider->services) {
        if (toServiceType(candidate.type) == service.type &&
            candidate.host.compare(service.host, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

void SettingsSheet::addService(const ServiceConfig &service)
{
    Section section;
    section.title = protocolTitle(service.type);
    const QString username = service.username.isEmpty() ? m_account.email : service.username;
    if (isHttp(service.type)) {
        section.rows << Row{tr("Server"), service.url}
                     << Row{tr("SSL/TLS encryption"), tr("Yes (required)")};
    } else {
        QString encryption;
        switch (service.security) {
        case Security::Tls:
            encryption = tr("Enabled, but not STARTTLS");
            break;
        case Security::StartTls:
            encryption = tr("STARTTLS");
            break;
        case Security::Plain:
            encryption = tr("None: not encrypted");
            break;
        }
        section.rows << Row{tr("Server"), service.host}
                     << Row{tr("Port"), QString::number(service.port)}
                     << Row{tr("SSL/TLS encryption"), encryption};
    }
    section.rows << Row{service.type == ServiceType::Ldap ? tr("Username/Bind DN") : tr("Username"),
                        username};
    if (service.auth != AuthMethod::Automatic)
        section.rows << Row{tr("Authentication"), authMethodName(service.auth).toUpper()};
    const bool appPassword =
        m_provider && m_provider->appPassword != ProviderConfig::AppPassword::Unknown;
    section.rows << Row{tr("Password"), appPassword
                                            ? tr("Your app password (not printed on this sheet)")
                                            : tr("Your password (not printed on this sheet)")};
    if (service.type == ServiceType::Ldap)
        section.rows << Row{tr("Search base/Base DN"), service.url};
    addProviderExtras(service, &section);
    m_sections << section;
}

void SettingsSheet::addProviderExtras(const ServiceConfig &service, Section *section) const
{
    const ProviderService *known = providerService(service);
    if (!known)
        return;
    if (service.type == ServiceType::Imap) {
        if (known->imap.pathPrefix)
            section->rows << Row{tr("Root folder/IMAP path prefix"),
                                 known->imap.pathPrefix->isEmpty() ? tr("(leave blank)")
                                                                   : *known->imap.pathPrefix};
        if (!known->imap.folderSeparator.isEmpty())
            section->rows << Row{tr("Folder separator"), known->imap.folderSeparator};
    }
    if (service.type == ServiceType::Pop3 && !known->pop3.folderUsername.isEmpty()) {
        const QString folderUsername = ProviderTemplate::expand(
            known->pop3.folderUsername, m_account.email, ProviderTemplate::Context::Text,
            {{QStringLiteral("FOLDER"), tr("<folder>")}});
        section->notes << tr("POP downloads the Inbox. To download another folder, log in as "
                             "%1 instead.")
                              .arg(folderUsername);
    }
    for (const ProviderAlternative &alternative : known->alternatives) {
        if (alternative.kind != ProviderAlternative::Kind::OtherPort || alternative.port == 0)
            continue;
        section->notes << (alternative.security == Security::StartTls
                               ? tr("If your client supports STARTTLS only, you can use port %1 "
                                    "with STARTTLS.")
                               : tr("You can also use port %1."))
                              .arg(alternative.port);
    }
}

void SettingsSheet::addFirewallSection()
{
    Section section;
    section.title = tr("Firewall access");
    QList<quint16> ports;
    for (const ServiceConfig &service : std::as_const(m_account.services)) {
        const ProviderService *known = providerService(service);
        if (!known)
            continue;
        for (const ProviderAlternative &alternative : known->alternatives) {
            if (!alternative.anyPort())
                continue;
            section.rows << Row{protocolTitle(service.type), alternative.host};
            for (quint16 port : alternative.suggestedPorts) {
                if (!ports.contains(port))
                    ports << port;
            }
        }
    }
    if (section.rows.isEmpty())
        return;
    QStringList portNames;
    for (quint16 port : std::as_const(ports))
        portNames << QString::number(port);
    section.notes << tr("If a firewall blocks the usual ports, these servers answer on any port "
                        "number, always with SSL/TLS.");
    if (!portNames.isEmpty())
        section.notes
            << tr("Commonly open ports include %1.").arg(portNames.join(QStringLiteral(", ")));
    m_sections << section;
}

void SettingsSheet::addUsernameSection()
{
    if (!m_provider || m_provider->usernameAlternatives.isEmpty())
        return;
    Section section;
    section.title = tr("Alternative usernames");
    section.notes << tr("If your software has difficulty with the @ in the username, any of "
                        "these works too: %1.")
                         .arg(m_provider->usernameAlternatives.join(QStringLiteral(", ")));
    m_sections << section;
}

QString SettingsSheet::toText() const
{
    qsizetype width = 0;
    for (const Section &section : m_sections) {
        for (const Row &row : section.rows)
            width = qMax(width, row.label.size());
    }
    QStringList lines{m_title, QString(m_title.size(), QLatin1Char('='))};
    lines << QString() << m_introduction;
    for (const Section &section : m_sections) {
        lines << QString() << section.title;
        for (const Row &row : section.rows)
            lines << QStringLiteral("  %1  %2").arg(row.label.leftJustified(width), row.value);
        for (const QString &note : section.notes)
            lines << QStringLiteral("  ") + note;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SettingsSheet::toHtml() const
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                       "<style>body{font-family:sans-serif} table{border-collapse:collapse;"
                       "margin-bottom:6px} th,td{border:1px solid #999;padding:4px 10px;"
                       "text-align:left} th{font-weight:normal;background:#eee}</style>"
                       "</head>\n<body>\n<h1>%1</h1>\n")
            .arg(m_title.toHtmlEscaped());
    for (const QString &paragraph : m_introduction)
        html += QStringLiteral("<p>%1</p>\n").arg(paragraph.toHtmlEscaped());
    for (const Section &section : m_sections) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(section.title.toHtmlEscaped());
        if (!section.rows.isEmpty()) {
            html += QStringLiteral("<table>\n");
            for (const Row &row : section.rows)
                html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                            .arg(row.label.toHtmlEscaped(), row.value.toHtmlEscaped());
            html += QStringLiteral("</table>\n");
        }
        for (const QString &note : section.notes)
            html += QStringLiteral("<p>%1</p>\n").arg(note.toHtmlEscaped());
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace Satchel
