#pragma once

#include "common/error.h"
#include "endpoint.h"

namespace Satchel::LoginErrors {

// The sentences every protocol's login shares, so that a user reads the same advice whichever
// server refused them.
Error authentication(const Endpoint &endpoint, const QString &username, const QString &serverText);
Error protocol(const Endpoint &endpoint, const QString &serverText);
Error startTlsUnavailable(const Endpoint &endpoint);
Error serverClosed(const Endpoint &endpoint, const QString &serverText);

// RFC 4616 PLAIN: base64("\0" username "\0" password).
QByteArray saslPlain(const QString &username, const QString &password);

} // namespace Satchel::LoginErrors
