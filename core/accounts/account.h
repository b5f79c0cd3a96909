#pragma once

#include "net/endpoint.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Satchel {

enum class ServiceType
{
    Imap,
    Pop3,
    Smtp,
    CardDav,
    CalDav,
    Ldap
};
enum class AuthMethod
{
    Automatic,
    Plain,
    Login
};

QString serviceTypeName(ServiceType type);
std::optional<ServiceType> parseServiceType(const QString &name);
QString authMethodName(AuthMethod method);

// One server an account talks to. No secret is ever part of it.
struct ServiceConfig
{
    ServiceType type = ServiceType::Imap;
    QString host;
    quint16 port = 0;
    Security security = Security::Tls;
    QString username;
    AuthMethod auth = AuthMethod::Automatic;
    QString url; // CardDAV/CalDAV base URL, LDAP base DN
    bool allowPlaintext = false;
    // IMAP: connections beside the account's own for syncing several folders at once. Servers
    // limit connections per user (Dovecot 10, Gmail 15), which the IDLE connection shares.
    int syncConnections = defaultSyncConnections;
    static constexpr int defaultSyncConnections = 3;

    Endpoint endpoint() const { return {host, port, security, allowPlaintext}; }
    bool isIncoming() const { return type == ServiceType::Imap || type == ServiceType::Pop3; }
    bool isLineProtocol() const;

    QJsonObject toJson() const;
    static std::optional<ServiceConfig> fromJson(const QJsonObject &object, QString *error);
};

// An identity with its services: one incoming (IMAP or POP3), SMTP, and optionally CardDAV,
// CalDAV and LDAP.
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::Account)

public:
    QString id; // short, stable, unique within the profile; also names the keychain entry
    QString name;
    QString email;
    QList<ServiceConfig> services;
    // The SMTP server files a copy of sent mail in the Sent folder itself (Gmail does), so
    // Satchel does not append one.
    bool serverSavesSent = false;

    std::optional<ServiceConfig> service(ServiceType type) const;
    std::optional<ServiceConfig> incoming() const;
    // A sentence when the account is incomplete or contradictory; empty when it is fine.
    QString validate() const;

    QJsonObject toJson() const;
    static std::optional<Account> fromJson(const QJsonObject &object, QString *error);
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::ServiceConfig)
Q_DECLARE_METATYPE(Satchel::Account)
