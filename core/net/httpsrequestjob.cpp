#include "httpsrequestjob.h"

#include "common/logging.h"
#include "connectionerrors.h"
#include "hostlookup.h"
#include "transcript.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Satchel {

HttpsRequestJob::HttpsRequestJob(QNetworkAccessManager *network, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_lookup(new HostLookup(this))
{
    connect(m_lookup, &HostLookup::done, this,
            [this](const NetworkSettings::Route &route, const Error &dnsError) {
                if (dnsError.isError())
                    finish(dnsError);
                else if (route.host.isEmpty())
                    finish(hostNotFoundError(endpoint()));
                else
                    send(route);
            });
}

void HttpsRequestJob::setMethod(const QByteArray &method, const QByteArray &body)
{
    m_method = method;
    m_requestBody = body;
}

void HttpsRequestJob::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

void HttpsRequestJob::setSecretHeader(const QByteArray &name, const QByteArray &value)
{
    m_secretHeaders.append({name, value});
}

Endpoint HttpsRequestJob::endpoint() const
{
    return {m_url.host(), quint16(m_url.port(443)), Security::Tls, false};
}

QByteArray HttpsRequestJob::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrl HttpsRequestJob::redirectTarget() const
{
    static constexpr int redirects[] = {301, 302, 303, 307, 308};
    if (std::find(std::begin(redirects), std::end(redirects), m_status) == std::end(redirects))
        return {};
    return m_url.resolved(QUrl::fromEncoded(header("Location")));
}

void HttpsRequestJob::note(const QString &line)
{
    qCDebug(lcNet).noquote() << line;
    if (m_transcript)
        m_transcript->add(line);
}

void HttpsRequestJob::doStart()
{
    if (m_url.scheme() != QLatin1String("https") || m_url.host().isEmpty()) {
        finish(Error(Error::Category::Tls,
                     tr("%1 is not an https address; Satchel asks web servers only over HTTPS.")
                         .arg(m_url.toDisplayString(QUrl::RemoveUserInfo))));
        return;
    }
    note(QStringLiteral("%1 %2").arg(QString::fromLatin1(m_method),
                                     m_url.toDisplayString(QUrl::RemoveUserInfo)));
    m_lookup->setTimeout(m_timeoutMs);
    m_lookup->lookup(m_url.host(), quint16(m_url.port(443)));
}

QNetworkRequest HttpsRequestJob::request(const NetworkSettings::Route &route) const
{
    QUrl target = m_url;
    target.setUserInfo({});
    QNetworkRequest request(target);
    if (route.host != m_url.host() || route.port != quint16(m_url.port(443))) {
        // Dial elsewhere; TLS (SNI and verification) and the Host header keep the URL's name.
        target.setHost(route.host);
        target.setPort(route.port);
        request.setUrl(target);
        request.setPeerVerifyName(m_url.host());
        request.setRawHeader("Host",
                             m_url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toUtf8());
        // HTTP/2 would name the dialled address in :authority.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    request.setSslConfiguration(m_policy.sslConfiguration());
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : m_secretHeaders)
        request.setRawHeader(name, value);
    return request;
}

void HttpsRequestJob::send(const NetworkSettings::Route &route)
{
    if (route.rerouted || route.host != m_url.host())
        note(QStringLiteral("connecting through %1:%2").arg(route.host).arg(route.port));
    QNetworkReply *reply = m_network->sendCustomRequest(request(route), m_method, m_requestBody);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HttpsRequestJob::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    if (m_transcript)
        m_transcript->addCertificateChain(reply->sslConfiguration().peerCertificateChain());
    if (!certificate.isNull() &&
        m_policy.accepts(m_url.host(), quint16(m_url.port(443)), certificate)) {
        note(QStringLiteral("accepting the certificate the user trusted"));
        m_acceptedCertificate = certificate.digest(QCryptographicHash::Sha256);
        reply->ignoreSslErrors(errors);
        return;
    }
    for (const QSslError &error : errors)
        note(QStringLiteral("certificate problem: ") + error.errorString());
    m_sslErrors = errors;
}

void HttpsRequestJob::onReadyRead(QNetworkReply *reply)
{
    if (m_tooLarge)
        return;
    m_body += reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_tooLarge = true;
        reply->abort();
    }
}

void HttpsRequestJob::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_tooLarge)
        m_body += reply->readAll();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_responseHeaders = reply->rawHeaderPairs();
    if (m_acceptedCertificate.isEmpty() && m_transcript && reply->error() == QNetworkReply::NoError)
        m_transcript->addCertificateChain(reply->sslConfiguration().peerCertificateChain());
    if (m_tooLarge) {
        note(QStringLiteral("answer larger than %1 bytes: stopped").arg(m_maxBytes));
        finish(
            Error(Error::Category::Server, tr("%1 sent more than %2 kB; Satchel stopped reading.")
                                               .arg(m_url.toDisplayString(QUrl::RemoveUserInfo))
                                               .arg(m_maxBytes / 1024)));
        return;
    }
    if (m_status != 0) {
        note(QStringLiteral("HTTP %1 %2, %3 bytes").arg(m_status).arg(m_reason).arg(m_body.size()));
        finish();
        return;
    }
    const Error error = networkError(reply);
    note(QStringLiteral("failed: ") + error.message());
    finish(error);
}

Error HttpsRequestJob::networkError(QNetworkReply *reply) const
{
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return certificateError(endpoint(), reply->sslConfiguration().peerCertificate(),
                                m_sslErrors, reply->errorString());
    case QNetworkReply::ConnectionRefusedError:
        return connectionRefusedError(endpoint());
    case QNetworkReply::HostNotFoundError:
        return hostNotFoundError(endpoint());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: {
        Error error(
            Error::Category::Network,
            tr("%1 did not answer in time. Try again later.").arg(endpoint().hostAndPort()));
        error.setReason(Error::Reason::TimedOut);
        return error;
    }
    default:
        return connectionFailedError(endpoint(), reply->errorString());
    }
}

} // namespace Satchel
