#include "providerconfig.h"

#include <QRegularExpression>
#include <QUrl>

namespace Satchel {

namespace {

struct TypeName
{
    ProviderServiceType type;
    const char *name;
};

constexpr TypeName typeNames[] = {
    {ProviderServiceType::Imap, "imap"},       {ProviderServiceType::Pop3, "pop3"},
    {ProviderServiceType::Smtp, "smtp"},       {ProviderServiceType::CalDav, "caldav"},
    {ProviderServiceType::CardDav, "carddav"}, {ProviderServiceType::Ldap, "ldap"},
    {ProviderServiceType::WebDav, "webdav"},   {ProviderServiceType::Ftp, "ftp"},
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("%([A-Z]+)%"));
    return pattern;
}

// RFC 4514: a value inside a distinguished name escapes these, or "cn=a,b@x,dc=User" would
// name another entry.
QString escapeDnValue(const QString &value)
{
    QString escaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool special = QStringView(u",+\"\\<>;=").contains(c) ||
                             (i == 0 && (c == QLatin1Char(' ') || c == QLatin1Char('#'))) ||
                             (i == value.size() - 1 && c == QLatin1Char(' '));
        if (special)
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString written(const QString &value, ProviderTemplate::Context context)
{
    switch (context) {
    case ProviderTemplate::Context::Text:
        return value;
    case ProviderTemplate::Context::Url:
        // Keeps "@" and "+" readable, as providers print them (…/user/you@example.com/Default),
        // and encodes what would end or bend the path: "/", "?", "#", "%", spaces.
        return QString::fromLatin1(QUrl::toPercentEncoding(value, "@+!$&'()*,;=:"));
    case ProviderTemplate::Context::LdapDn:
        return escapeDnValue(value);
    }
    return value;
}

ProviderTemplate::Context contextForUsername(ProviderServiceType type)
{
    return type == ProviderServiceType::Ldap ? ProviderTemplate::Context::LdapDn
                                             : ProviderTemplate::Context::Text;
}

} // namespace

QString providerServiceTypeName(ProviderServiceType type)
{
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<ProviderServiceType> parseProviderServiceType(const QString &name)
{
    for (const TypeName &entry : typeNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return std::nullopt;
}

std::optional<ServiceType> toServiceType(ProviderServiceType type)
{
    switch (type) {
    case ProviderServiceType::Imap:
        return ServiceType::Imap;
    case ProviderServiceType::Pop3:
        return ServiceType::Pop3;
    case ProviderServiceType::Smtp:
        return ServiceType::Smtp;
    case ProviderServiceType::CalDav:
        return ServiceType::CalDav;
    case ProviderServiceType::CardDav:
        return ServiceType::CardDav;
    case ProviderServiceType::Ldap:
        return ServiceType::Ldap;
    case ProviderServiceType::WebDav:
    case ProviderServiceType::Ftp:
        break;
    }
    return std::nullopt;
}

std::optional<ServiceConfig> ProviderService::toServiceConfig() const
{
    const std::optional<ServiceType> accountType = toServiceType(type);
    if (!accountType)
        return std::nullopt;
    ServiceConfig config;
    config.type = *accountType;
    config.host = host;
    config.port = port;
    config.security = security;
    config.username = username;
    config.url = type == ProviderServiceType::Ldap ? ldap.baseDn : url;
    if (saslMechanisms.contains(QLatin1String("PLAIN")))
        config.auth = AuthMethod::Plain;
    else if (saslMechanisms.contains(QLatin1String("LOGIN")))
        config.auth = AuthMethod::Login;
    return config;
}

const ProviderService *ProviderConfig::service(ProviderServiceType type) const
{
    for (const ProviderService &candidate : services) {
        if (candidate.type == type)
            return &candidate;
    }
    return nullptr;
}

std::optional<ProviderConfig> ProviderConfig::expandedFor(const QString &email,
                                                          QString *error) const
{
    QString localPart;
    QString domain;
    if (!ProviderTemplate::splitEmail(email, &localPart, &domain, error))
        return std::nullopt;
    const QString address = localPart + QLatin1Char('@') + domain;
    using Context = ProviderTemplate::Context;
    const auto text = [&](const QString &value) {
        return ProviderTemplate::expand(value, address, Context::Text);
    };
    const auto url = [&](const QString &value) {
        return ProviderTemplate::expand(value, address, Context::Url);
    };

    ProviderConfig expanded = *this;
    for (QString &alternative : expanded.usernameAlternatives)
        alternative = text(alternative);
    for (ProviderService &service : expanded.services) {
        const Context userContext = contextForUsername(service.type);
        service.host = text(service.host);
        service.url = url(service.url);
        if (!service.url.isEmpty()) {
            // An HTTP service is where its URL says, placeholders in the host name included.
            const QUrl serverUrl(service.url);
            service.host = serverUrl.host().toLower();
            service.port = quint16(serverUrl.port(443));
        }
        service.username = ProviderTemplate::expand(service.username, address, userContext);
        for (QString &alternative : service.usernameAlternatives)
            alternative = ProviderTemplate::expand(alternative, address, userContext);
        for (ProviderAlternative &alternative : service.alternatives) {
            alternative.host = text(alternative.host);
            alternative.url = url(alternative.url);
        }
        for (ProviderCollection &collection : service.collections) {
            collection.url = url(collection.url);
            collection.username = text(collection.username);
        }
        service.pop3.folderUsername = text(service.pop3.folderUsername);
        service.files.path = url(service.files.path);
    }
    return expanded;
}

bool ProviderConfig::matchesHostPattern(const QString &pattern, const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // DNS answers name hosts fully qualified: "in1-smtp.messagingengine.com."
    if (name.isEmpty() || pattern.isEmpty())
        return false;
    if (pattern.startsWith(QLatin1String("*."))) {
        const QStringView suffix = QStringView(pattern).mid(1); // ".example.com"
        return name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive);
    }
    return name.compare(pattern, Qt::CaseInsensitive) == 0;
}

bool ProviderTemplate::splitEmail(const QString &email, QString *localPart, QString *domain,
                                  QString *error)
{
    const QString trimmed = email.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    const auto bad = [&] {
        *error = tr("\"%1\" is not an email address; write it like you@example.com.").arg(email);
        return false;
    };
    if (at <= 0 || at == trimmed.size() - 1)
        return bad();
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return bad();
    }
    QString host = trimmed.mid(at + 1).toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty() || host.startsWith(QLatin1Char('.')) || host.contains(QLatin1String("..")) ||
        host.contains(QLatin1Char('%')))
        return bad();
    *localPart = trimmed.left(at);
    *domain = host;
    return true;
}

QString ProviderTemplate::expand(const QString &text, const QString &email, Context context,
                                 const QHash<QString, QString> &extra)
{
    if (!text.contains(QLatin1Char('%')))
        return text;
    QString localPart;
    QString domain;
    QString ignored;
    const bool haveEmail = splitEmail(email, &localPart, &domain, &ignored);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        std::optional<QString> value;
        if (haveEmail && name == QLatin1String("EMAILADDRESS"))
            value = localPart + QLatin1Char('@') + domain;
        else if (haveEmail && name == QLatin1String("EMAILLOCALPART"))
            value = localPart;
        else if (haveEmail && name == QLatin1String("EMAILDOMAIN"))
            value = domain;
        else if (extra.contains(name))
            value = extra.value(name);
        result += QStringView(text).mid(last, match.capturedStart() - last);
        // A placeholder nobody can fill stays as it is, so the caller can still see and ask.
        result += value ? written(*value, context) : match.captured(0);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QStringList ProviderTemplate::placeholders(const QString &text)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

bool ProviderTemplate::isKnownPlaceholder(const QString &name)
{
    static const QStringList known = {
        QStringLiteral("EMAILADDRESS"), QStringLiteral("EMAILLOCALPART"),
        QStringLiteral("EMAILDOMAIN"),  QStringLiteral("FOLDER"),
        QStringLiteral("MASTERUSER"),
    };
    return known.contains(name);
}

} // namespace Satchel
