#include "providerdatabase.h"

#include "autoconfigparser.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

namespace Satchel {

namespace {

Q_LOGGING_CATEGORY(lcProviders, "satchel.discovery.providers", QtWarningMsg)

QString normalizedHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

// How specific a pattern is: an exact host beats any wildcard, a longer suffix a shorter one.
qsizetype specificity(const QString &pattern)
{
    return pattern.startsWith(QLatin1String("*.")) ? pattern.size() : pattern.size() + 1000;
}

} // namespace

const ProviderDatabase &ProviderDatabase::shipped()
{
    // A function-local static: built on first use, thread-safe, never before main().
    static const ProviderDatabase database = [] {
        ProviderDatabase loaded = load(QString::fromLatin1(resourceFolder));
        for (const QString &error : loaded.errors())
            qCWarning(lcProviders) << "A shipped provider file is broken:" << error;
        return loaded;
    }();
    return database;
}

ProviderDatabase ProviderDatabase::load(const QString &folder)
{
    ProviderDatabase database;
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({QStringLiteral("*.xml")}, QDir::Files | QDir::Readable, QDir::Name);
    AutoconfigParser parser(AutoconfigParser::Mode::Strict);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            database.m_errors << tr("%1: cannot be read (%2).").arg(name, file.errorString());
            continue;
        }
        const std::optional<ProviderConfig> config = parser.parse(file.readAll());
        if (!config) {
            database.m_errors << tr("%1: %2").arg(name, parser.errorString());
            continue;
        }
        database.add(*config);
    }
    return database;
}

void ProviderDatabase::add(const ProviderConfig &config)
{
    const qsizetype index = m_providers.size();
    m_providers << config;
    for (const QString &domain : config.domains) {
        // The first file (in name order) that claims a domain keeps it, so lookups never depend
        // on hash order; a test checks that no two shipped files claim one.
        if (!m_byDomain.contains(domain))
            m_byDomain.insert(domain, index);
    }
}

const ProviderConfig *ProviderDatabase::byId(const QString &id) const
{
    for (const ProviderConfig &config : m_providers) {
        if (config.id.compare(id, Qt::CaseInsensitive) == 0)
            return &config;
    }
    return nullptr;
}

const ProviderConfig *ProviderDatabase::byDomain(const QString &domain) const
{
    const auto found = m_byDomain.constFind(normalizedHost(domain));
    return found == m_byDomain.cend() ? nullptr : &m_providers.at(found.value());
}

const ProviderConfig *ProviderDatabase::byEmail(const QString &email) const
{
    QString localPart;
    QString domain;
    QString error;
    if (!ProviderTemplate::splitEmail(email, &localPart, &domain, &error))
        return nullptr;
    return byDomain(domain);
}

const ProviderConfig *ProviderDatabase::byMxHost(const QString &host) const
{
    const QString name = normalizedHost(host);
    const ProviderConfig *best = nullptr;
    qsizetype bestSpecificity = -1;
    for (const ProviderConfig &config : m_providers) {
        for (const QString &pattern : config.mxPatterns) {
            if (specificity(pattern) > bestSpecificity &&
                ProviderConfig::matchesHostPattern(pattern, name)) {
                best = &config;
                bestSpecificity = specificity(pattern);
            }
        }
    }
    return best;
}

std::optional<ProviderConfig> ProviderDatabase::settingsFor(const QString &email,
                                                            QString *error) const
{
    QString localPart;
    QString domain;
    if (!ProviderTemplate::splitEmail(email, &localPart, &domain, error))
        return std::nullopt;
    const ProviderConfig *config = byDomain(domain);
    if (!config) {
        *error = tr("Satchel knows no provider for %1.").arg(domain);
        return std::nullopt;
    }
    return config->expandedFor(email, error);
}

} // namespace Satchel
