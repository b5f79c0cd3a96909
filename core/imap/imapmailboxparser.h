#pragma once

#include "imapreader.h"
#include "imapresponsetypes.h"

#include <QByteArray>
#include <QString>

namespace Satchel {

// The mailbox data of RFC 9051 section 7.3: LIST and LSUB (with the LIST-EXTENDED items of
// RFC 5258 and the special-use attributes of RFC 6154), STATUS, and NAMESPACE (RFC 2342). Each
// parse() reads what follows the response name and its space.
class ImapMailboxParser
{
public:
    static bool parseList(ImapReader &reader, bool utf8Names, ImapListData *list);
    static bool parseStatus(ImapReader &reader, bool utf8Names, ImapStatusData *status);
    static bool parseNamespace(ImapReader &reader, bool utf8Names, ImapNamespaceData *namespaces);

    // A mailbox name for people: UTF-8 once UTF8=ACCEPT is enabled, otherwise modified UTF-7, and
    // UTF-8 again for a name that is not valid modified UTF-7 (servers that send raw UTF-8
    // without UTF8=ACCEPT exist; the raw name still works in commands). "inbox" in any case is
    // INBOX (RFC 9051 section 5.1).
    static QString decodeName(const QByteArray &rawName, bool utf8Names);
};

} // namespace Satchel
