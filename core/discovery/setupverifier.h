#pragma once

#include "net/tlspolicy.h"
#include "serviceverification.h"
#include "setupreport.h"

#include <QObject>

#include <optional>

namespace Satchel {

class ServiceVerifyJob;

// VerifySetupJob's work on its thread: the incoming service first, then the others at once.
class SetupVerifier : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString email;
        QString password;
        std::optional<ProviderConfig> provider;
        QList<DiscoveredService> services;
        QStringList approvedDomains;
        TlsPolicy policy;
        int connectMs = 5000;
        int readMs = 20000;
    };

    explicit SetupVerifier(QObject *parent = nullptr);

    // Call through QMetaObject::invokeMethod.
    void start(const Request &request);

signals:
    void verified(const Satchel::ServiceVerification &result);
    void done(const QList<Satchel::ServiceVerification> &results,
              const Satchel::SetupReport &report);

private:
    void run(qsizetype index, const QString &preferredUsername);
    void onLeadDone(ServiceVerifyJob *job);
    void onServiceDone(qsizetype index, ServiceVerifyJob *job);
    QStringList usernamesFor(const DiscoveredService &found, const QString &preferred) const;

    Request m_request;
    qsizetype m_lead = 0;
    QList<std::optional<ServiceVerification>> m_results;
    QStringList m_usernamesTried;
    SetupReport m_report;
};

} // namespace Satchel
