#pragma once

#include "imapreader.h"
#include "imapresponsetypes.h"

namespace Satchel {

// ENVELOPE (RFC 9051 section 7.5.2), for FETCH and for message/rfc822 body structures.
class ImapEnvelopeParser
{
public:
    // Reads "(" date SP subject SP from SP sender SP reply-to SP to SP cc SP bcc SP in-reply-to SP
    // message-id ")" at the reader's position.
    static bool parse(ImapReader &reader, ImapEnvelope *envelope);
};

} // namespace Satchel
