#pragma once

#include "imapreader.h"
#include "imapresponsetypes.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace Satchel {

// The data of a FETCH response (RFC 9051 section 7.5.2): UID, FLAGS, INTERNALDATE, RFC822.SIZE,
// MODSEQ (RFC 7162), ENVELOPE, BODY and BODYSTRUCTURE, BODY[section]<origin>, BINARY[section]
// and BINARY.SIZE (RFC 3516), RFC822, RFC822.HEADER and RFC822.TEXT. Unknown items are kept raw.
// Limitation: a section spec is taken up to the first "]", so a header name in it cannot contain
// one (none does).
class ImapFetchParser
{
public:
    // Reads the parenthesised item list at the reader's position.
    static bool parse(ImapReader &reader, ImapFetchData *fetch);

    // date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE, the
    // text between the quotes: "17-Jul-1996 02:44:25 -0700". A one-digit day without its
    // leading space is accepted. An invalid QDateTime for anything else.
    static QDateTime parseDateTime(QByteArrayView text);
};

} // namespace Satchel
