#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace Satchel::MimeMessageIds {

// The message identifiers of Message-ID, In-Reply-To, References and Content-ID (RFC 5322 3.6.4),
// without their angle brackets: "<a@b> (comment) <c@d>" gives "a@b" and "c@d". Lenient: phrases
// between identifiers (obsolete syntax) are skipped, and a value without brackets counts as one
// identifier per word containing '@', or as a whole when it is a single word.
QStringList parse(QByteArrayView raw);

// The first identifier, or an empty string.
QString parseOne(QByteArrayView raw);

// Whether an identifier (without its brackets) can be written into a header as "<id>": 1 to 250
// printable ASCII characters without '<', '>' or whitespace. Lenient beyond that: real
// identifiers often break RFC 5322's syntax, and a reply must still be able to name them.
bool isWritable(QStringView id);

} // namespace Satchel::MimeMessageIds
