#include "accountexport.h"

#include "autoconfigwriter.h"
#include "discovery/providerdatabase.h"
#include "mobileconfigwriter.h"
#include "settingssheet.h"

#include <QHostAddress>

namespace Satchel {

std::optional<AccountExport::Format> AccountExport::parseFormat(const QString &name)
{
    if (name == QLatin1String("autoconfig"))
        return Format::Autoconfig;
    if (name == QLatin1String("mobileconfig"))
        return Format::Mobileconfig;
    if (name == QLatin1String("sheet"))
        return Format::Sheet;
    return std::nullopt;
}

std::optional<ProviderConfig> AccountExport::providerFor(const Account &account)
{
    const ProviderDatabase &database = ProviderDatabase::shipped();
    QString error;
    if (std::optional<ProviderConfig> byDomain = database.settingsFor(account.email, &error))
        return byDomain;
    const std::optional<ServiceConfig> incoming = account.incoming();
    // A server on this computer (a provider's bridge, a test server) says nothing about who
    // provides the mail.
    if (!incoming || incoming->host == QLatin1String("localhost") ||
        !QHostAddress(incoming->host).isNull())
        return std::nullopt;
    for (const ProviderConfig &candidate : database.providers()) {
        std::optional<ProviderConfig> expanded = candidate.expandedFor(account.email, &error);
        if (!expanded)
            return std::nullopt; // the address itself is unusable
        for (const ProviderService &service : std::as_const(expanded->services)) {
            if (toServiceType(service.type) == incoming->type &&
                service.host.compare(incoming->host, Qt::CaseInsensitive) == 0)
                return expanded;
        }
    }
    return std::nullopt;
}

QByteArray AccountExport::render(const Account &account, Format format)
{
    const std::optional<ProviderConfig> provider = providerFor(account);
    switch (format) {
    case Format::Autoconfig:
        return AutoconfigWriter::write(account, provider);
    case Format::Mobileconfig:
        return MobileconfigWriter::write(account, provider);
    case Format::Sheet:
        return SettingsSheet(account, provider).toText().toUtf8();
    }
    return {};
}

QString AccountExport::fileName(const Account &account, Format format)
{
    switch (format) {
    case Format::Autoconfig:
        return account.email + QStringLiteral(".config-v1.1.xml");
    case Format::Mobileconfig:
        return account.email + QStringLiteral(".mobileconfig");
    case Format::Sheet:
        return account.email + QStringLiteral(".txt");
    }
    return {};
}

} // namespace Satchel
