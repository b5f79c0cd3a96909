#include "davloginjob.h"

#include "common/logging.h"
#include "net/connectionerrors.h"
#include "net/loginerrors.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace Satchel {

namespace {

constexpr int maxRedirects = 5;

const QByteArray propfindBody = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                "<d:propfind xmlns:d=\"DAV:\"><d:prop>"
                                "<d:current-user-principal/><d:resourcetype/>"
                                "</d:prop></d:propfind>\n";

} // namespace

DavLoginJob::DavLoginJob(QObject *parent)
    : LoginJob(parent)
    , m_network(new QNetworkAccessManager(this))
{}

void DavLoginJob::doStart()
{
    if (m_url.scheme() != QLatin1String("https")) {
        finish(Error(Error::Category::Tls,
                     tr("%1 is not an https address; Satchel sends passwords only over HTTPS.")
                         .arg(m_url.toDisplayString())));
        return;
    }
    send(m_url);
}

void DavLoginJob::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(readTimeout());
    request.setRawHeader("Depth", "0");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/xml; charset=utf-8"));
    // Sent up front (HTTPS only, checked above) so the password never waits in a credential cache.
    request.setRawHeader("Authorization",
                         "Basic " +
                             (username() + QLatin1Char(':') + password()).toUtf8().toBase64());
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (!tlsPolicy().extraCaCertificates.isEmpty())
        config.addCaCertificates(tlsPolicy().extraCaCertificates);
    request.setSslConfiguration(config);

    qCDebug(lcNet) << "PROPFIND" << url.toDisplayString(QUrl::RemoveUserInfo);
    m_sslErrors.clear();
    QNetworkReply *reply = m_network->sendCustomRequest(request, "PROPFIND", propfindBody);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void DavLoginJob::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    const QUrl url = reply->url();
    if (!certificate.isNull() &&
        tlsPolicy().accepts(url.host(), quint16(url.port(443)), certificate)) {
        m_acceptedCertificate = certificate.digest(QCryptographicHash::Sha256);
        reply->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors = errors;
}

void DavLoginJob::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcNet) << "PROPFIND answered" << status << reply->errorString();
    if (status == 207) {
        for (const QByteArray &item : reply->rawHeader("DAV").split(','))
            m_davClasses << item.trimmed();
        finish();
    } else if (status == 301 || status == 302 || status == 307 || status == 308) {
        followRedirect(reply);
    } else if (status == 401) {
        finish(LoginErrors::authentication(endpoint(), username(),
                                           QString::fromUtf8(reply->readAll().left(200))));
    } else if (status != 0) {
        finish(Error(
            Error::Category::Server,
            tr("%1 answered the DAV request with HTTP %2 %3. Check the address of the "
               "address book or calendar service.")
                .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo))
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())));
    } else {
        finish(networkError(reply));
    }
}

void DavLoginJob::followRedirect(QNetworkReply *reply)
{
    const QUrl target = reply->url().resolved(
        reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    if (target.scheme() != QLatin1String("https") || target.host() != reply->url().host() ||
        target.port(443) != reply->url().port(443)) {
        finish(Error(Error::Category::Server,
                     tr("%1 sent Satchel on to %2. Satchel does not send your password to another "
                        "server without asking you; if that address is right, set it up directly.")
                         .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo),
                              target.toDisplayString(QUrl::RemoveUserInfo))));
        return;
    }
    if (++m_redirects > maxRedirects) {
        finish(Error(Error::Category::Server, tr("%1 redirected more than %2 times.")
                                                  .arg(m_url.toDisplayString(QUrl::RemoveUserInfo))
                                                  .arg(maxRedirects)));
        return;
    }
    send(target);
}

Error DavLoginJob::networkError(QNetworkReply *reply) const
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
    case QNetworkReply::OperationCanceledError:
        return Error(
            Error::Category::Network,
            tr("%1 did not answer in time. Try again later.").arg(endpoint().hostAndPort()));
    default:
        return connectionFailedError(endpoint(), reply->errorString());
    }
}

} // namespace Satchel
