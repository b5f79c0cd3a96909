#include "autoconfigdiscovery.h"

#include "autoconfigfetchjob.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace Satchel {

AutoconfigDiscovery::AutoconfigDiscovery(const QString &email, QObject *parent)
    : DiscoveryMethod(tr("Autoconfig"), email, parent)
    , m_network(new QNetworkAccessManager(this))
{}

QList<QUrl> AutoconfigDiscovery::urlsFor(const QString &email, const QString &domain)
{
    QUrl subdomain;
    subdomain.setScheme(QStringLiteral("https"));
    subdomain.setHost(QStringLiteral("autoconfig.") + domain);
    subdomain.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"),
                       QString::fromLatin1(QUrl::toPercentEncoding(email)));
    subdomain.setQuery(query);
    QUrl wellKnown;
    wellKnown.setScheme(QStringLiteral("https"));
    wellKnown.setHost(domain);
    wellKnown.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    return {subdomain, wellKnown};
}

void AutoconfigDiscovery::run()
{
    for (const QUrl &url : urlsFor(email(), domain())) {
        auto *fetch = new AutoconfigFetchJob(m_network, url, email(), this);
        fetch->setAutoDelete(false);
        fetch->setTlsPolicy(tlsPolicy());
        fetch->setMethod(step().method);
        connect(fetch, &Job::finished, this, [this, fetch] {
            emit recorded(fetch->record());
            onFetched();
        });
        m_fetches << fetch;
    }
    for (AutoconfigFetchJob *fetch : std::as_const(m_fetches))
        fetch->start();
}

void AutoconfigDiscovery::onFetched()
{
    if (!std::all_of(m_fetches.cbegin(), m_fetches.cend(),
                     [](const AutoconfigFetchJob *fetch) { return fetch->isFinished(); }))
        return;
    QStringList failures;
    for (const AutoconfigFetchJob *fetch : std::as_const(m_fetches)) {
        if (!fetch->config()) {
            failures << fetch->error().message();
            continue;
        }
        emit providerFound(*fetch->config(), DiscoverySource::Autoconfig);
        emit found(servicesOf(*fetch->config(), DiscoverySource::Autoconfig));
        conclude(DiscoveryStep::State::Found,
                 tr("%1 published its settings at %2.").arg(domain(), fetch->url().host()));
        return;
    }
    const bool untrusted = std::any_of(m_fetches.cbegin(), m_fetches.cend(), [](auto *fetch) {
        return fetch->error().reason() == Error::Reason::Certificate;
    });
    if (untrusted)
        emit noted(tr("A settings file for %1 was offered over a connection whose certificate "
                      "could not be verified; Satchel did not use it.")
                       .arg(domain()));
    // No such host means no file; anything else on the network means it could not be checked.
    const bool network = std::all_of(m_fetches.cbegin(), m_fetches.cend(), [](auto *fetch) {
        return fetch->error().category() == Error::Category::Network &&
               fetch->error().reason() != Error::Reason::HostNotFound;
    });
    if (network)
        conclude(DiscoveryStep::State::Failed, failures.join(QLatin1Char(' ')));
    else
        conclude(DiscoveryStep::State::NothingFound,
                 tr("%1 publishes no settings file Satchel could use.").arg(domain()));
}

} // namespace Satchel
