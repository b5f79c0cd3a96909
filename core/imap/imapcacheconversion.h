#pragma once

#include "imapresponsetypes.h"
#include "store/cachetypes.h"

namespace Satchel::ImapCacheConversion {

// What the cache keeps of a fetched message: the envelope decoded for people (RFC 2047 words,
// the Date header with its offset), flags, sizes and the MIME structure as compact JSON.
CachedMessage message(const ImapFetchData &data);

// The flags that describe the message, without the session's \Recent.
QList<QByteArray> flags(QList<QByteArray> serverFlags);

// {"type": "multipart/mixed", "size", "filename"?, "charset"?, "encoding"?, "parts"?: [...]}
QByteArray structureJson(const ImapBodyStructure &structure);

} // namespace Satchel::ImapCacheConversion
