#include "autoconfigfetchjob.h"

#include "autoconfigparser.h"
#include "discoverytrust.h"
#include "net/httpsrequestjob.h"
#include "net/transcript.h"

namespace Satchel {

namespace {

constexpr int maxRedirects = 3;

} // namespace

AutoconfigFetchJob::AutoconfigFetchJob(QNetworkAccessManager *network, const QUrl &url,
                                       const QString &email, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_url(url)
    , m_email(email)
    , m_transcript(std::make_shared<Transcript>())
{
    QString localPart;
    QString error;
    ProviderTemplate::splitEmail(email, &localPart, &m_domain, &error);
    m_record.what = url.toDisplayString();
}

void AutoconfigFetchJob::doStart()
{
    m_record.started = QDateTime::currentDateTimeUtc();
    m_clock.start();
    fetch(m_url);
}

void AutoconfigFetchJob::fetch(const QUrl &url)
{
    auto *request = new HttpsRequestJob(m_network, this);
    request->setUrl(url);
    request->setHeader("Accept", "application/xml, text/xml");
    request->setTlsPolicy(m_policy);
    request->setTimeout(m_timeoutMs);
    request->setMaxBytes(AutoconfigLimits().maxBytes);
    request->setTranscript(m_transcript);
    connect(request, &Job::finished, this, [this, request] { onAnswer(request); });
    request->start();
}

void AutoconfigFetchJob::onAnswer(HttpsRequestJob *request)
{
    if (request->error().isError()) {
        end(request->error());
        return;
    }
    const QUrl target = request->redirectTarget();
    if (target.isValid()) {
        if (target.scheme() != QLatin1String("https") ||
            !DiscoveryTrust::hostInDomain(target.host(), m_domain)) {
            end(Error(
                Error::Category::Server,
                tr("%1 sent Satchel on to %2; Satchel reads settings only over verified "
                   "HTTPS from %3 itself.")
                    .arg(request->url().toDisplayString(), target.toDisplayString(), m_domain)));
        } else if (++m_redirects > maxRedirects) {
            end(Error(Error::Category::Server, tr("%1 redirected more than %2 times.")
                                                   .arg(m_url.toDisplayString())
                                                   .arg(maxRedirects)));
        } else {
            fetch(target);
        }
        return;
    }
    if (request->status() != 200) {
        end(Error(Error::Category::Server, tr("%1 has no settings file (HTTP %2 %3).")
                                               .arg(request->url().host())
                                               .arg(request->status())
                                               .arg(request->reasonPhrase())));
        return;
    }
    parse(request->body());
}

void AutoconfigFetchJob::parse(const QByteArray &document)
{
    AutoconfigParser parser(AutoconfigParser::Mode::Lenient);
    const std::optional<ProviderConfig> config = parser.parse(document);
    for (const QString &warning : parser.warnings())
        m_transcript->add(QStringLiteral("warning: ") + warning);
    QString error;
    if (config)
        m_config = config->expandedFor(m_email, &error);
    else
        error = parser.errorString();
    if (!m_config) {
        end(Error(Error::Category::Server,
                  tr("The settings file from %1 could not be read: %2").arg(m_url.host(), error)));
        return;
    }
    end({});
}

void AutoconfigFetchJob::end(const Error &error)
{
    m_record.elapsedMs = m_clock.elapsed();
    m_record.ok = !error.isError();
    m_record.outcome =
        m_record.ok ? tr("Settings for %1 read.").arg(m_config->displayName) : error.message();
    m_record.transcript = m_transcript->lines();
    finish(error);
}

} // namespace Satchel
