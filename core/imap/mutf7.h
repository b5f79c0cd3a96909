#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Satchel {

// Modified UTF-7, the encoding of IMAP mailbox names unless UTF8=ACCEPT is enabled (RFC 3501
// section 5.1.3): printable US-ASCII stands for itself, "&" is "&-", everything else is UTF-16 in
// base64 with "," for "/", between "&" and "-". "Entwürfe" is "Entw&APw-rfe".
class Mutf7
{
public:
    // Always succeeds; the shortest form, as RFC 3501 requires of clients.
    static QByteArray encode(const QString &name);

    // Strict about what would lose or invent characters: bytes outside printable US-ASCII, a shift
    // without its "-", base64 that does not end on a whole UTF-16 unit or has non-zero padding
    // bits, and unpaired surrogates give nullopt. Lenient about what only wastes bytes and decodes
    // to one meaning: printable ASCII inside a shift and two shifts in a row are accepted. Callers
    // that must show something for a name a server sent anyway keep the raw bytes (see
    // ImapListData).
    static std::optional<QString> decode(QByteArrayView encoded);
};

} // namespace Satchel
