#pragma once

#include <QString>

namespace Satchel {
struct Account;
}

namespace Satchel::ExportCommand {

// `satchel-cli export ID --format autoconfig|mobileconfig|sheet`: prints the account's settings
// for another device, never its password. Returns the exit status: 0, or 2 with one sentence on
// stderr when the format is missing or unknown.
int run(const Account &account, const QString &format);

} // namespace Satchel::ExportCommand
