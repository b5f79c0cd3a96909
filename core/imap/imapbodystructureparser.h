#pragma once

#include "imapreader.h"
#include "imapresponsetypes.h"

namespace Satchel {

// BODY and BODYSTRUCTURE (RFC 9051 section 7.5.2): single parts, multiparts and message/rfc822,
// nested, with or without extension data. Lenient where real servers differ from the grammar
// without ambiguity: spaces between the parts of a multipart, NIL for a parameter value or an
// encoding, a text part without its line count, and unknown extension data, which is skipped.
class ImapBodyStructureParser
{
public:
    // Reads one body = "(" (body-type-1part / body-type-mpart) ")" at the reader's position.
    static bool parse(ImapReader &reader, ImapBodyStructure *body);
};

} // namespace Satchel
