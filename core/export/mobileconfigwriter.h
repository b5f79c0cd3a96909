#pragma once

#include "accounts/account.h"
#include "discovery/providerconfig.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace Satchel {

// Writes an Apple configuration profile (.mobileconfig, an XML property list) for iPhone, iPad
// and Mac: a com.apple.mail.managed payload, and com.apple.caldav.account and
// com.apple.carddav.account payloads when the account has those services. It holds no password:
// the device asks for it when the profile is installed. UUIDs derive from the account's id, so
// exporting again gives a profile that replaces the installed one.
class MobileconfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::MobileconfigWriter)

public:
    static QByteArray write(const Account &account, const std::optional<ProviderConfig> &provider);
};

} // namespace Satchel
