#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Satchel::SmtpData {

// Line endings as SMTP and IMAP want them: every CR LF, lone LF and lone CR becomes CR LF, and
// the message ends with one.
QByteArray normalizeLineEndings(QByteArrayView message);

// What follows DATA's 354 (RFC 5321 4.5.2): the message with its line endings normalised, a "."
// doubled at the start of each line, and the terminating "." line.
QByteArray encode(QByteArrayView message);

// The inverse of encode() for a terminated stream: what the server stores.
QByteArray decode(QByteArrayView data);

// Whether the message holds bytes above 127, which need BODY=8BITMIME (RFC 6152).
bool needsEightBit(QByteArrayView message);

} // namespace Satchel::SmtpData
