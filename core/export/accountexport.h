#pragma once

#include "accounts/account.h"
#include "discovery/providerconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Satchel {

// An account's settings for another device, never its password: a Thunderbird autoconfig file,
// an Apple configuration profile, or a printable settings sheet. Shared by `satchel-cli export`
// and the GUI's "Export account…".
class AccountExport
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::AccountExport)

public:
    enum class Format
    {
        Autoconfig,
        Mobileconfig,
        Sheet
    };

    // autoconfig, mobileconfig, sheet: the words of `satchel-cli export --format`.
    static std::optional<Format> parseFormat(const QString &name);
    // The shipped provider of the account's domain, else the one whose incoming server the
    // account uses (a custom domain hosted there); expanded for the account's address.
    static std::optional<ProviderConfig> providerFor(const Account &account);
    // The file's bytes; the sheet as plain UTF-8 text.
    static QByteArray render(const Account &account, Format format);
    // A name for the saved file, e.g. "alice@example.com.mobileconfig".
    static QString fileName(const Account &account, Format format);
};

} // namespace Satchel
