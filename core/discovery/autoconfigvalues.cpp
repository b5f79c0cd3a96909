#include "autoconfigvalues.h"

#include "providerconfig.h"

#include <QUrl>

namespace Satchel {

namespace {

constexpr qsizetype maxHostLength = 253;
constexpr qsizetype maxLabelLength = 63;

bool isHostCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

// RFC 1123 host name syntax, lower case only (the callers lower-case first).
bool isHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > maxHostLength)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > maxLabelLength ||
            label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!isHostCharacter(c))
                return false;
        }
    }
    return true;
}

struct AuthName
{
    const char *name;
};

// The values config-v1.1 defines, for mail servers and for address books and calendars.
constexpr AuthName authNames[] = {
    {"password-cleartext"}, {"password-encrypted"}, {"NTLM"},        {"GSSAPI"},
    {"client-IP-address"},  {"TLS-client-cert"},    {"OAuth2"},      {"none"},
    {"SMTP-after-POP"},     {"http-basic"},         {"http-digest"},
};

QString exampleFor(const QString &name)
{
    if (name == QLatin1String("EMAILADDRESS"))
        return QStringLiteral("user@example.com");
    if (name == QLatin1String("EMAILDOMAIN"))
        return QStringLiteral("example.com");
    return QStringLiteral("user");
}

} // namespace

std::optional<Security> AutoconfigValues::socketType(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    if (value.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
        return Security::Tls;
    if (value.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        return Security::StartTls;
    if (value.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
        return Security::Plain;
    *error = tr("\"%1\" is not a socket type; it must be SSL, STARTTLS or plain.").arg(value);
    return std::nullopt;
}

std::optional<quint16> AutoconfigValues::port(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    bool digits = !value.isEmpty() && value.size() <= 5;
    for (const QChar c : value)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    const int number = digits ? value.toInt() : 0;
    if (number < 1 || number > 65535) {
        *error = tr("\"%1\" is not a port number from 1 to 65535.").arg(value.left(20));
        return std::nullopt;
    }
    return quint16(number);
}

std::optional<QList<quint16>> AutoconfigValues::portList(const QString &text, QString *error)
{
    QList<quint16> ports;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const std::optional<quint16> number = port(word, error);
        if (!number)
            return std::nullopt;
        if (!ports.contains(*number))
            ports << *number;
    }
    if (ports.isEmpty()) {
        *error = tr("A list of ports is empty.");
        return std::nullopt;
    }
    return ports;
}

std::optional<QString> AutoconfigValues::authentication(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    for (const AuthName &entry : authNames) {
        if (value.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(entry.name);
    }
    *error =
        tr("\"%1\" is not an authentication method of the autoconfig format.").arg(value.left(40));
    return std::nullopt;
}

std::optional<bool> AutoconfigValues::boolean(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    *error = tr("\"%1\" is neither true nor false.").arg(value.left(20));
    return std::nullopt;
}

std::optional<QString> AutoconfigValues::domain(const QString &text, QString *error)
{
    QString value = text.trimmed().toLower();
    if (value.endsWith(QLatin1Char('.')))
        value.chop(1);
    // Internationalised domains compare in their ASCII (punycode) form.
    const QString ascii = QString::fromLatin1(QUrl::toAce(value));
    if (!isHostName(ascii) || !ascii.contains(QLatin1Char('.'))) {
        *error = tr("\"%1\" is not a mail domain.").arg(text.trimmed().left(80));
        return std::nullopt;
    }
    return ascii;
}

std::optional<QString> AutoconfigValues::hostPattern(const QString &text, QString *error)
{
    const QString value = text.trimmed().toLower();
    const bool wildcard = value.startsWith(QLatin1String("*."));
    const QString rest = wildcard ? value.mid(2) : value;
    if (!isHostName(rest) || !rest.contains(QLatin1Char('.'))) {
        *error = tr("\"%1\" is not a host name or a pattern like *.example.com.")
                     .arg(text.trimmed().left(80));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> AutoconfigValues::hostTemplate(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    if (!knownPlaceholders(value, error))
        return std::nullopt;
    if (!isHostName(withExampleValues(value).toLower())) {
        *error = tr("\"%1\" is not a host name.").arg(value.left(80));
        return std::nullopt;
    }
    // Placeholders are upper case; host names compare in lower case.
    return value.contains(QLatin1Char('%')) ? value : value.toLower();
}

std::optional<QString> AutoconfigValues::httpsUrlTemplate(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    if (!knownPlaceholders(value, error))
        return std::nullopt;
    const QUrl url(withExampleValues(value), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || !isHostName(url.host())) {
        *error = tr("\"%1\" is not an https:// address.").arg(value.left(120));
        return std::nullopt;
    }
    // QUrl accepted the scheme in any case ("HTTPS:"); the template keeps one spelling.
    return QStringLiteral("https") + value.mid(value.indexOf(QLatin1Char(':')));
}

bool AutoconfigValues::knownPlaceholders(const QString &text, QString *error)
{
    for (const QString &name : ProviderTemplate::placeholders(text)) {
        if (!ProviderTemplate::isKnownPlaceholder(name)) {
            *error = tr("\"%1\" holds the unknown placeholder %%2%.").arg(text.left(80), name);
            return false;
        }
    }
    return true;
}

QString AutoconfigValues::withExampleValues(const QString &text)
{
    QString result = text;
    for (const QString &name : ProviderTemplate::placeholders(text))
        result.replace(QLatin1Char('%') + name + QLatin1Char('%'), exampleFor(name));
    return result;
}

} // namespace Satchel
