#pragma once

#include "providerconfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

// Bounds that keep a hostile autoconfig document (it may come from any web server) cheap to
// reject. Real files are a few kilobytes with a few hundred elements.
struct AutoconfigLimits
{
    qsizetype maxBytes = 512 * 1024;
    int maxElements = 20000;
    int maxDepth = 16;
    int maxTextLength = 4096; // of one element's text or one attribute
    int maxEntries = 1000;    // domains, services, notes … each
};

// Reads a Thunderbird autoconfig document (clientConfig version 1.1, the ISPDB format) with
// Satchel's additions in the namespace below. Pure: bytes in, a ProviderConfig or a sentence out.
// A document type declaration is refused outright, so no entity is ever expanded or fetched.
//
// Lenient mode is for documents fetched from providers: it skips elements it does not know and
// drops a server it cannot use, with a warning. Strict mode is for the files Satchel ships:
// anything unknown or invalid is an error, so a typo fails the tests instead of a user's setup.
class AutoconfigParser
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::AutoconfigParser)

public:
    enum class Mode
    {
        Lenient,
        Strict
    };

    static constexpr const char *satchelNamespace = "https://satchel.invalid/ns/provider-1";

    explicit AutoconfigParser(Mode mode = Mode::Lenient, const AutoconfigLimits &limits = {});

    std::optional<ProviderConfig> parse(const QByteArray &document);
    QString errorString() const { return m_errorString; }
    const QStringList &warnings() const { return m_warnings; }

private:
    Mode m_mode;
    AutoconfigLimits m_limits;
    QString m_errorString;
    QStringList m_warnings;
};

} // namespace Satchel
