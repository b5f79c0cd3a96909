#include "serviceurl.h"

#include <QCoreApplication>
#include <QUrl>

namespace Satchel {

namespace {

struct Scheme
{
    const char *name;
    ServiceType type;
    Security security;
    quint16 defaultPort;
};

constexpr Scheme schemes[] = {
    {"imaps", ServiceType::Imap, Security::Tls, 993},
    {"imap", ServiceType::Imap, Security::StartTls, 143},
    {"pop3s", ServiceType::Pop3, Security::Tls, 995},
    {"pop3", ServiceType::Pop3, Security::StartTls, 110},
    {"smtps", ServiceType::Smtp, Security::Tls, 465},
    {"smtp", ServiceType::Smtp, Security::StartTls, 587},
};

} // namespace

std::optional<ServiceConfig> parseServiceUrl(ServiceType type, const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate(
                     "Satchel::ServiceUrl",
                     "\"%1\" is not a server address; write it like imaps://imap.example.com:993.")
                     .arg(text);
        return std::nullopt;
    }
    ServiceConfig config;
    config.type = type;
    config.host = url.host();
    config.username = url.userName(QUrl::FullyDecoded);
    if (type == ServiceType::CardDav || type == ServiceType::CalDav) {
        if (url.scheme() != QLatin1String("https")) {
            *error =
                QCoreApplication::translate("Satchel::ServiceUrl", "%1 needs an https:// address.")
                    .arg(serviceTypeName(type));
            return std::nullopt;
        }
        config.port = quint16(url.port(443));
        QUrl clean = url;
        clean.setUserInfo(QString());
        config.url = clean.toString();
        return config;
    }
    for (const Scheme &scheme : schemes) {
        if (url.scheme() != QLatin1String(scheme.name))
            continue;
        if (scheme.type != type) {
            *error = QCoreApplication::translate("Satchel::ServiceUrl", "%1 is not a %2 address.")
                         .arg(text, serviceTypeName(type));
            return std::nullopt;
        }
        config.security = scheme.security;
        config.port = quint16(url.port(scheme.defaultPort));
        return config;
    }
    *error = QCoreApplication::translate(
                 "Satchel::ServiceUrl",
                 "Unknown scheme \"%1\" in %2; use imaps, imap, pop3s, pop3, smtps or smtp.")
                 .arg(url.scheme(), text);
    return std::nullopt;
}

QString serviceUrl(const ServiceConfig &config)
{
    if (!config.url.isEmpty())
        return config.url;
    for (const Scheme &scheme : schemes) {
        if (scheme.type == config.type &&
            (scheme.security == config.security ||
             (config.security == Security::Plain && scheme.security == Security::StartTls))) {
            QUrl url;
            url.setScheme(QLatin1String(scheme.name));
            url.setHost(config.host);
            url.setPort(config.port);
            return url.toString();
        }
    }
    return {};
}

} // namespace Satchel
