#pragma once

#include "accounts/account.h"

class QObject;

namespace Satchel {

class LoginJob;

// The login job that proves a service: IMAP, POP3, SMTP, or an authenticated PROPFIND for
// CardDAV and CalDAV (its URL set); nullptr for LDAP, which is not checked yet. The endpoint
// is set; credentials, policy and timeouts are the caller's.
LoginJob *createLoginJob(const ServiceConfig &service, QObject *parent);

} // namespace Satchel
