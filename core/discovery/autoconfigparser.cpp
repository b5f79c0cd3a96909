#include "autoconfigparser.h"

#include "autoconfigreader.h"

namespace Satchel {

AutoconfigParser::AutoconfigParser(Mode mode, const AutoconfigLimits &limits)
    : m_mode(mode)
    , m_limits(limits)
{}

std::optional<ProviderConfig> AutoconfigParser::parse(const QByteArray &document)
{
    m_errorString.clear();
    m_warnings.clear();
    if (document.size() > m_limits.maxBytes) {
        m_errorString = tr("The autoconfig document is %1 bytes long; more than %2 is refused.")
                            .arg(document.size())
                            .arg(m_limits.maxBytes);
        return std::nullopt;
    }
    AutoconfigReader reader(document, m_mode, m_limits);
    std::optional<ProviderConfig> config = reader.read();
    m_warnings = reader.warnings();
    if (!config)
        m_errorString = reader.error();
    return config;
}

} // namespace Satchel
