#pragma once

#include "accounts/account.h"
#include "net/endpoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

// The services a provider can offer; the names are those of `satchel-cli discover --json`.
enum class ProviderServiceType
{
    Imap,
    Pop3,
    Smtp,
    CalDav,
    CardDav,
    Ldap,
    WebDav,
    Ftp
};

QString providerServiceTypeName(ProviderServiceType type);
std::optional<ProviderServiceType> parseProviderServiceType(const QString &name);
// The account-level service type, for the services an Account can hold (not WebDAV, FTP).
std::optional<ServiceType> toServiceType(ProviderServiceType type);

// Another way to reach the same service: another port or security on the same host (a repeated
// <incomingServer> of one type), another host, or a proxy that answers on any port.
struct ProviderAlternative
{
    enum class Kind
    {
        OtherPort,
        OtherHost,
        Proxy
    };

    Kind kind = Kind::OtherPort;
    QString host;
    quint16 port = 0; // 0 for a proxy that answers on any port
    Security security = Security::Tls;
    QList<quint16> suggestedPorts; // for a proxy: ports that firewalls commonly leave open
    QString url;                   // for HTTP services: the other base URL
    QString description;           // English, from the provider file

    bool anyPort() const { return kind == Kind::Proxy && port == 0; }
};

// A CardDAV/CalDAV collection at a known address, for clients without auto-discovery. Its URL and
// username may hold %MASTERUSER%, which only the user can fill in.
struct ProviderCollection
{
    QString name;
    QString url;
    QString username;
    QString description;
};

// Something a user or the setup must know that no other field says. "kind" lets code and
// translations recognise a note; "text" is the provider file's English sentence.
struct ProviderNote
{
    QString kind;
    QString text;
    QString url;
};

struct ProviderLink
{
    QString url;
    QString text;
};

struct ProviderService
{
    ProviderServiceType type = ProviderServiceType::Imap;
    QString host;
    quint16 port = 0;
    Security security = Security::Tls;
    QString url;                // HTTP services (CalDAV, CardDAV, WebDAV): the base URL
    QString username;           // a template until expanded: %EMAILADDRESS% and friends
    QStringList authentication; // the file's values, in its order: password-cleartext, OAuth2 …
    QStringList saslMechanisms; // when the provider names one, e.g. PLAIN
    QStringList usernameAlternatives; // for this service only (see ProviderConfig too)
    QList<ProviderAlternative> alternatives;
    QList<ProviderCollection> collections;
    QList<ProviderNote> notes;

    struct Imap
    {
        QString folderSeparator;           // empty: the provider does not say
        std::optional<QString> pathPrefix; // set and empty: "leave blank"
    } imap;

    struct Pop3
    {
        // Username that makes POP download another folder than the inbox; holds %FOLDER%.
        QString folderUsername;
        QString folderRestriction; // which folder names that works for, in English
    } pop3;

    struct Ldap
    {
        QString baseDn; // the bind DN is the username
        bool readOnly = false;
    } ldap;

    struct Files
    {
        QString path; // where the user's files are below the root, a template
        bool ftps = false;
        bool sftp = false;
    } files;

    // For an expanded service of a type an Account holds; LDAP puts its base DN into url.
    std::optional<ServiceConfig> toServiceConfig() const;
};

// One provider's settings, as read from a Thunderbird autoconfig file (config-v1.1) with Satchel's
// additions. Hosts, URLs and usernames are templates until expandedFor() fills them in.
struct ProviderConfig
{
    enum class AppPassword
    {
        Unknown,      // the file does not say
        Always,       // the account password never works for mail clients
        WithTwoFactor // needed once two-step verification is on
    };

    QString id;
    QString displayName;
    QString shortName;
    QStringList domains;    // lower case
    QStringList mxPatterns; // "*.example.com" or an exact host, lower case
    QList<ProviderService> services;
    QStringList usernameAlternatives; // templates every service accepts besides its username
    std::optional<ProviderServiceType> recommendedIncoming;
    QString recommendation;
    AppPassword appPassword = AppPassword::Unknown;
    ProviderLink appPasswordLink;    // where the app password is made, and what to do there
    QList<ProviderLink> enableSteps; // access the user must switch on before clients work
    QList<ProviderLink> documentation;
    QList<ProviderNote> notes;
    bool clientAccess = true; // false: the provider offers no IMAP/POP/SMTP at all
    QString noClientAccessReason;

    const ProviderService *service(ProviderServiceType type) const;
    // A copy with %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% filled in everywhere.
    std::optional<ProviderConfig> expandedFor(const QString &email, QString *error) const;

    // "*.example.com" matches any host below example.com; other patterns match exactly.
    static bool matchesHostPattern(const QString &pattern, const QString &host);
};

// Fills placeholders (%NAME%) from an email address and extra values (FOLDER, MASTERUSER). How a
// value is written depends on where it goes: as is, in a URL path, or in an LDAP DN.
class ProviderTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::ProviderTemplate)

public:
    enum class Context
    {
        Text,
        Url,
        LdapDn
    };

    static bool splitEmail(const QString &email, QString *localPart, QString *domain,
                           QString *error);
    static QString expand(const QString &text, const QString &email,
                          Context context = Context::Text,
                          const QHash<QString, QString> &extra = {});
    // Placeholder names in text, without the percent signs.
    static QStringList placeholders(const QString &text);
    static bool isKnownPlaceholder(const QString &name);
};

} // namespace Satchel
