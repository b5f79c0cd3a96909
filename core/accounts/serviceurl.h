#pragma once

#include "account.h"

namespace Satchel {

// Reads a service written as a URL (shared/cli.md): the scheme decides the security.
// imaps://host:993, imap://host:143 (STARTTLS), pop3s, pop3, smtps, smtp (STARTTLS), https for
// CardDAV/CalDAV. A user in the URL (percent-encoded) becomes the username.
std::optional<ServiceConfig> parseServiceUrl(ServiceType type, const QString &text, QString *error);
QString serviceUrl(const ServiceConfig &config);

} // namespace Satchel
