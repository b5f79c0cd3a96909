#pragma once

#include "common/job.h"
#include "endpoint.h"
#include "networksettings.h"
#include "tlspolicy.h"

#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QSslError>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Satchel {

class HostLookup;
class Transcript;

// One HTTPS request under the TLS policy, reaching the server the way NetworkSettings says
// (--connect-to, --dns-server) while the certificate and the Host header still name the URL's
// host. A redirect is handed back (redirectTarget()), never followed: the caller decides where
// credentials may go. Only https URLs are requested at all.
class HttpsRequestJob : public Job
{
    Q_OBJECT

public:
    HttpsRequestJob(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setUrl(const QUrl &url) { m_url = url; }
    void setMethod(const QByteArray &method, const QByteArray &body = {});
    void setHeader(const QByteArray &name, const QByteArray &value);
    // Header values that must not reach the transcript or the log (Authorization).
    void setSecretHeader(const QByteArray &name, const QByteArray &value);
    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // A longer body fails the request instead of filling memory.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setTranscript(std::shared_ptr<Transcript> transcript)
    {
        m_transcript = std::move(transcript);
    }

    const QUrl &url() const { return m_url; }
    int status() const { return m_status; }
    QString reasonPhrase() const { return m_reason; }
    QByteArray header(const QByteArray &name) const;
    const QByteArray &body() const { return m_body; }
    // The absolute URL of a 301, 302, 303, 307 or 308 answer's Location; empty otherwise.
    QUrl redirectTarget() const;
    QByteArray acceptedCertificate() const { return m_acceptedCertificate; }
    Endpoint endpoint() const;

protected:
    void doStart() override;

private:
    void send(const NetworkSettings::Route &route);
    QNetworkRequest request(const NetworkSettings::Route &route) const;
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    Error networkError(QNetworkReply *reply) const;
    void note(const QString &line);

    QNetworkAccessManager *m_network;
    HostLookup *m_lookup;
    QUrl m_url;
    QByteArray m_method = "GET";
    QByteArray m_requestBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QList<QPair<QByteArray, QByteArray>> m_secretHeaders;
    TlsPolicy m_policy;
    int m_timeoutMs = 30000;
    qint64 m_maxBytes = qint64(4) * 1024 * 1024;
    std::shared_ptr<Transcript> m_transcript;
    QList<QSslError> m_sslErrors;
    QByteArray m_acceptedCertificate;
    int m_status = 0;
    QString m_reason;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    QByteArray m_body;
    bool m_tooLarge = false;
};

} // namespace Satchel
