#pragma once

#include "imapresponsetypes.h"
#include "store/cachetypes.h"

#include <optional>

namespace Satchel::ImapCacheConversion {

// What the cache keeps of a fetched message: the envelope decoded for people (RFC 2047 words,
// the Date header with its offset), flags, sizes and the MIME structure as compact JSON.
CachedMessage message(const ImapFetchData &data);

// The flags that describe the message, without the session's \Recent.
QList<QByteArray> flags(QList<QByteArray> serverFlags);

// The part of a message a preview is read from: the first text/plain of its body, else the first
// text/html; never an attachment nor a part of an attached message.
struct PreviewPart
{
    QByteArray section; // for BODY.PEEK[section]: "1", "1.2" …
    QByteArray encoding;
    QByteArray charset;
    bool html = false;
};
// From the structure as structureJson() wrote it; nullopt when the message has no such part.
std::optional<PreviewPart> previewPart(const QByteArray &structure);

// {"type": "multipart/mixed", "size", "filename"?, "charset"?, "encoding"?, "parts"?: [...]}
QByteArray structureJson(const ImapBodyStructure &structure);

} // namespace Satchel::ImapCacheConversion
