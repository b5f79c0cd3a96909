#pragma once

#include "imapreader.h"
#include "imapresponsetypes.h"

namespace Satchel {

// resp-text-code (RFC 9051 section 7.1, RFC 4315 UIDPLUS, RFC 7162 CONDSTORE/QRESYNC, RFC 5530):
// the codes with data are parsed into ImapResponseCode's fields, the others keep their data raw.
class ImapResponseCodeParser
{
public:
    // Reads "[" resp-text-code "]" at the reader's position.
    static bool parse(ImapReader &reader, ImapResponseCode *code);
};

} // namespace Satchel
