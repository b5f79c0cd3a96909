#include "davloginjob.h"

#include "net/httpsrequestjob.h"
#include "net/loginerrors.h"

#include <QNetworkAccessManager>

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
    auto *request = new HttpsRequestJob(m_network, this);
    request->setUrl(url);
    request->setMethod("PROPFIND", propfindBody);
    request->setHeader("Depth", "0");
    request->setHeader("Content-Type", "application/xml; charset=utf-8");
    if (!probeOnly()) {
        // Sent up front (HTTPS only, checked above) so the password never waits in a
        // credential cache.
        request->setSecretHeader(
            "Authorization",
            "Basic " + (username() + QLatin1Char(':') + password()).toUtf8().toBase64());
    }
    request->setTlsPolicy(tlsPolicy());
    request->setTimeout(readTimeout());
    request->setTranscript(transcript());
    connect(request, &Job::finished, this, [this, request] { onAnswer(request); });
    request->start();
}

void DavLoginJob::onAnswer(HttpsRequestJob *request)
{
    if (!request->acceptedCertificate().isEmpty())
        m_acceptedCertificate = request->acceptedCertificate();
    const int status = request->status();
    if (request->error().isError()) {
        finish(request->error());
    } else if (status == 207 || (probeOnly() && status == 401)) {
        for (const QByteArray &item : request->header("DAV").split(','))
            if (!item.trimmed().isEmpty())
                m_davClasses << item.trimmed();
        finish();
    } else if (request->redirectTarget().isValid()) {
        followRedirect(request->url(), request->redirectTarget());
    } else if (status == 401) {
        finish(LoginErrors::authentication(endpoint(), username(),
                                           QString::fromUtf8(request->body().left(200))));
    } else {
        finish(Error(Error::Category::Server,
                     tr("%1 answered the DAV request with HTTP %2 %3. Check the address of the "
                        "address book or calendar service.")
                         .arg(request->url().toDisplayString(QUrl::RemoveUserInfo))
                         .arg(status)
                         .arg(request->reasonPhrase())));
    }
}

void DavLoginJob::followRedirect(const QUrl &from, const QUrl &target)
{
    if (target.scheme() != QLatin1String("https") || target.host() != from.host() ||
        target.port(443) != from.port(443)) {
        finish(Error(Error::Category::Server,
                     tr("%1 sent Satchel on to %2. Satchel does not send your password to another "
                        "server without asking you; if that address is right, set it up directly.")
                         .arg(from.toDisplayString(QUrl::RemoveUserInfo),
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

} // namespace Satchel
