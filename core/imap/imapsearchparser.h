#pragma once

#include "imapreader.h"
#include "imapresponsetypes.h"

namespace Satchel {

// SEARCH (with RFC 7162's MODSEQ), ESEARCH (RFC 4731, RFC 9051) and VANISHED (RFC 7162). Each
// parse() reads what follows the response name, starting with its space if any.
class ImapSearchParser
{
public:
    static bool parseSearch(ImapReader &reader, ImapSearchData *search);
    static bool parseESearch(ImapReader &reader, ImapESearchData *esearch);
    static bool parseVanished(ImapReader &reader, ImapVanishedData *vanished);
};

} // namespace Satchel
