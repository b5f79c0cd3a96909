#pragma once

#include "net/loginjob.h"

#include <QUrl>

class QNetworkAccessManager;

namespace Satchel {

class HttpsRequestJob;

// Proves that a CardDAV or CalDAV account can log in: an authenticated PROPFIND (Depth 0) of the
// service URL over HTTPS, verified under the TLS policy. Redirects are followed by hand, so that
// PROPFIND stays PROPFIND, and only within https on the same host: credentials never follow a
// redirect elsewhere without the user. In probe mode no credential is sent: a 401 asking for one
// is the answer hoped for.
class DavLoginJob : public LoginJob
{
    Q_OBJECT

public:
    explicit DavLoginJob(QObject *parent = nullptr);

    void setUrl(const QUrl &url) { m_url = url; }

    // The DAV compliance classes of the DAV response header ("1", "3", "addressbook" …).
    QList<QByteArray> capabilities() const override { return m_davClasses; }
    QByteArray acceptedCertificate() const override { return m_acceptedCertificate; }

protected:
    void doStart() override;

private:
    void send(const QUrl &url);
    void onAnswer(HttpsRequestJob *request);
    void followRedirect(const QUrl &from, const QUrl &target);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    int m_redirects = 0;
    QByteArray m_acceptedCertificate;
    QList<QByteArray> m_davClasses;
};

} // namespace Satchel
