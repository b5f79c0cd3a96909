// Fuzzes AutoconfigParser, lenient and strict, and the expansion of what it accepts. The input is
// an autoconfig document as any web server could serve it. Checks that a refusal says why, that
// strict never accepts what lenient refuses, that an accepted provider can be set up (an incoming
// server, or a stated reason why there is none) with usable ports, and that expanding it for an
// address leaves none of that address's placeholders behind.

#include "discovery/autoconfigparser.h"
#include "fuzzcheck.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

using Satchel::AutoconfigParser;
using Satchel::ProviderConfig;
using Satchel::ProviderService;
using Satchel::ProviderServiceType;
using Satchel::ProviderTemplate;

namespace {

bool isIncoming(const ProviderService &service)
{
    return service.type == ProviderServiceType::Imap || service.type == ProviderServiceType::Pop3;
}

void checkAccepted(const ProviderConfig &config)
{
    bool incoming = false;
    for (const ProviderService &service : config.services) {
        incoming = incoming || isIncoming(service);
        FUZZ_CHECK(service.url.isEmpty() ? service.port != 0 : service.url.startsWith(u"https://"));
        for (const Satchel::ProviderAlternative &alternative : service.alternatives)
            FUZZ_CHECK(alternative.port != 0 || alternative.anyPort() ||
                       !alternative.url.isEmpty());
    }
    FUZZ_CHECK(incoming || !config.clientAccess);
    FUZZ_CHECK(!config.displayName.isEmpty() || config.id.isEmpty());

    QString error;
    const std::optional<ProviderConfig> expanded =
        config.expandedFor(QStringLiteral("fuzz.user@example.com"), &error);
    FUZZ_CHECK(expanded.has_value());
    FUZZ_CHECK(expanded->services.size() == config.services.size());
    for (const ProviderService &service : expanded->services) {
        for (const QString &text : {service.host, service.username, service.url}) {
            for (const QString &name : ProviderTemplate::placeholders(text))
                FUZZ_CHECK(!name.startsWith(u"EMAIL"));
        }
    }
    for (const QString &pattern : config.mxPatterns)
        (void)ProviderConfig::matchesHostPattern(pattern, QStringLiteral("mx.example.com"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    AutoconfigParser lenient(AutoconfigParser::Mode::Lenient);
    const std::optional<ProviderConfig> lenientConfig = lenient.parse(input);
    if (lenientConfig) {
        FUZZ_CHECK(lenient.errorString().isEmpty());
        checkAccepted(*lenientConfig);
    } else {
        FUZZ_CHECK(!lenient.errorString().isEmpty());
    }

    AutoconfigParser strict(AutoconfigParser::Mode::Strict);
    const std::optional<ProviderConfig> strictConfig = strict.parse(input);
    if (strictConfig) {
        FUZZ_CHECK(lenientConfig.has_value());
        FUZZ_CHECK(strict.warnings().isEmpty());
        FUZZ_CHECK(strictConfig->services.size() == lenientConfig->services.size());
        checkAccepted(*strictConfig);
    } else {
        FUZZ_CHECK(!strict.errorString().isEmpty());
    }
    return 0;
}
