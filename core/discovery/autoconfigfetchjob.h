#pragma once

#include "common/job.h"
#include "net/tlspolicy.h"
#include "providerconfig.h"
#include "setupreport.h"

#include <QElapsedTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Satchel {

class HttpsRequestJob;
class Transcript;

// Fetches one autoconfig file over verified HTTPS (never plain http), following at most a few
// redirects that stay on https within the address's domain, reads at most the parser's size
// limit, and parses it leniently. The settings are expanded for the address.
class AutoconfigFetchJob : public Job
{
    Q_OBJECT

public:
    AutoconfigFetchJob(QNetworkAccessManager *network, const QUrl &url, const QString &email,
                       QObject *parent = nullptr);

    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setMethod(const QString &method) { m_record.method = method; }

    const QUrl &url() const { return m_url; }
    const std::optional<ProviderConfig> &config() const { return m_config; }
    const ProbeRecord &record() const { return m_record; }

protected:
    void doStart() override;

private:
    void fetch(const QUrl &url);
    void onAnswer(HttpsRequestJob *request);
    void parse(const QByteArray &document);
    void end(const Error &error);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_email;
    QString m_domain;
    TlsPolicy m_policy;
    int m_timeoutMs = 10000;
    int m_redirects = 0;
    std::optional<ProviderConfig> m_config;
    ProbeRecord m_record;
    QElapsedTimer m_clock;
    std::shared_ptr<Transcript> m_transcript;
};

} // namespace Satchel
