#pragma once

#include "common/error.h"
#include "net/endpoint.h"
#include "smtpreply.h"

#include <QStringList>

namespace Satchel::SmtpErrors {

// The sentences of a failed submission, each saying what happened and what to do next. A 4xx
// reply or a lost connection is a Network error (try again later), a 5xx reply a Server one.

// A reply that refused something: "the sender", "the message".
Error refused(const Endpoint &endpoint, const QString &what, const SmtpReply &reply);
// Some or all recipients were refused; each entry is "address (server reply)". When none was
// accepted and every refusal was temporary (4xx), the message is sent again later.
Error recipientsRefused(const Endpoint &endpoint, const QStringList &refusals, bool noneAccepted,
                        bool temporary);
Error messageTooLarge(const Endpoint &endpoint, qint64 size, qint64 limit);
Error eightBitUnsupported(const Endpoint &endpoint);
Error smtpUtf8Unsupported(const Endpoint &endpoint);
// 421: the server is closing the connection.
Error serviceClosing(const Endpoint &endpoint, const SmtpReply &reply);
// "12.5 MB": sizes as SIZE counts them, in decimal megabytes.
QString megabytes(qint64 bytes);

} // namespace Satchel::SmtpErrors
