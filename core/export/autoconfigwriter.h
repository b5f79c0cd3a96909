#pragma once

#include "accounts/account.h"
#include "discovery/providerconfig.h"

#include <QByteArray>

#include <optional>

namespace Satchel {

// Writes an account's servers as a Thunderbird autoconfig file (clientConfig version 1.1), with
// Satchel's namespaced additions where the format has no element (SASL mechanism, LDAP, app
// password). A username that is the address or its local part becomes the format's
// placeholder, so the file also serves the domain's other addresses. AutoconfigParser reads it
// back to the same servers.
class AutoconfigWriter
{
public:
    static QByteArray write(const Account &account, const std::optional<ProviderConfig> &provider);
};

} // namespace Satchel
