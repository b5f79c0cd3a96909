#pragma once

#include "imapresponsetypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Satchel {

// Parses one IMAP server response, a unit as LineFramer cuts it in ImapLiterals mode (literals
// included, final CRLF removed), into an ImapParsedResponse: RFC 3501, RFC 9051 and the
// extensions the engine uses (what is covered and what is not: the top of imapparser.cpp). Pure:
// bytes in, value or error sentence out. Malformed input, too deep nesting, too many elements and
// numbers that overflow give nullopt and a sentence with a short excerpt; untagged responses it
// does not know are kept raw (ImapUnknownData) rather than refused.
class ImapParser
{
public:
    struct Options
    {
        // UTF8=ACCEPT is enabled (RFC 6855, RFC 9051): mailbox names are UTF-8, not modified UTF-7.
        bool utf8Names = false;
    };

    static std::optional<ImapParsedResponse> parse(const QByteArray &unit, QString *error);
    static std::optional<ImapParsedResponse> parse(const QByteArray &unit, const Options &options,
                                                   QString *error);
};

} // namespace Satchel
