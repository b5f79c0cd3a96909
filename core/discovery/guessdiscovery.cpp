#include "guessdiscovery.h"

#include "discoverytrust.h"
#include "serviceprobejob.h"

namespace Satchel {

namespace {

struct Guess
{
    ProviderServiceType type;
    QStringList prefixes;
    quint16 tlsPort;
    quint16 startTlsPort;
};

const QList<Guess> &guesses()
{
    static const QList<Guess> list = {
        {ProviderServiceType::Imap,
         {QStringLiteral("imap."), QStringLiteral("mail."), QString()},
         993,
         143},
        {ProviderServiceType::Pop3,
         {QStringLiteral("pop."), QStringLiteral("pop3."), QStringLiteral("mail."), QString()},
         995,
         110},
        {ProviderServiceType::Smtp,
         {QStringLiteral("smtp."), QStringLiteral("mail."), QString()},
         465,
         587},
    };
    return list;
}

} // namespace

GuessDiscovery::GuessDiscovery(const QString &email, QObject *parent)
    : DiscoveryMethod(tr("Guessing"), email, parent)
{}

void GuessDiscovery::setTimeouts(int connectMs, int readMs)
{
    m_connectMs = connectMs;
    m_readMs = readMs;
}

QList<ProviderService> GuessDiscovery::candidates(const QString &domain)
{
    QList<ProviderService> list;
    for (const Guess &guess : guesses()) {
        for (const Security security : {Security::Tls, Security::StartTls}) {
            for (const QString &prefix : guess.prefixes) {
                ProviderService service;
                service.type = guess.type;
                service.host = prefix + domain;
                service.port = security == Security::Tls ? guess.tlsPort : guess.startTlsPort;
                service.security = security;
                list << service;
            }
        }
    }
    return list;
}

void GuessDiscovery::run()
{
    for (ProviderService service : candidates(domain())) {
        service.username = email();
        auto *probe = new ServiceProbeJob(service, this);
        probe->setAutoDelete(false);
        probe->setTlsPolicy(tlsPolicy());
        probe->setTimeouts(m_connectMs, m_readMs);
        probe->setMethod(step().method);
        connect(probe, &Job::finished, this, [this, probe] {
            emit recorded(probe->record());
            onProbed();
        });
        m_probes << probe;
    }
    progress(tr("Trying %1 addresses").arg(m_probes.size()));
    for (ServiceProbeJob *probe : std::as_const(m_probes))
        probe->start();
}

std::optional<DiscoveredService> GuessDiscovery::best(ProviderServiceType type) const
{
    std::optional<DiscoveredService> chosen;
    std::optional<DiscoveredService> certificateOnly; // answered, but its certificate failed
    for (const ServiceProbeJob *probe : m_probes) {
        if (probe->service().type != type)
            continue;
        const Error &error = probe->error();
        if (error.isError() && error.reason() == Error::Reason::Certificate && !certificateOnly) {
            certificateOnly = DiscoveredService{probe->service(),
                                                DiscoverySource::Guess,
                                                false,
                                                false,
                                                {},
                                                probe->capabilities(),
                                                error};
        }
        if (error.isError())
            continue;
        if (!chosen) {
            chosen = DiscoveredService{probe->service(),
                                       DiscoverySource::Guess,
                                       true,
                                       false,
                                       {},
                                       probe->capabilities(),
                                       {}};
        } else if (chosen->service.security != probe->service().security &&
                   chosen->service.alternatives.isEmpty()) {
            ProviderAlternative alternative;
            alternative.kind = probe->service().host == chosen->service.host
                                   ? ProviderAlternative::Kind::OtherPort
                                   : ProviderAlternative::Kind::OtherHost;
            alternative.host = probe->service().host;
            alternative.port = probe->service().port;
            alternative.security = probe->service().security;
            chosen->service.alternatives << alternative;
        }
    }
    return chosen ? chosen : certificateOnly;
}

void GuessDiscovery::onProbed()
{
    if (!std::all_of(m_probes.cbegin(), m_probes.cend(),
                     [](const ServiceProbeJob *probe) { return probe->isFinished(); }))
        return;
    QList<DiscoveredService> services;
    QStringList names;
    for (const Guess &guess : guesses()) {
        if (std::optional<DiscoveredService> found = best(guess.type)) {
            DiscoveryTrust::apply(&*found, domain());
            names << ServiceProbeJob::describe(found->service);
            services << *found;
        }
    }
    if (services.isEmpty()) {
        conclude(DiscoveryStep::State::NothingFound,
                 tr("No mail server answered at the usual addresses of %1.").arg(domain()));
        return;
    }
    emit found(services);
    conclude(DiscoveryStep::State::Found, names.join(QStringLiteral(", ")));
}

} // namespace Satchel
