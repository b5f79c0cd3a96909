#pragma once

#include <QString>

namespace Satchel::MimeText {

// Line breaks as "\n", whatever the message used (CRLF on the wire, CR from old Macs).
QString normalizeLineBreaks(const QString &text);

// Joins the lines of a format=flowed text (RFC 3676): a line ending in a space continues on
// the next line of the same quote depth; with delSp that space is deleted too. Space-stuffing
// is undone, and quoted lines come out as "> text".
QString unwrapFlowed(const QString &text, bool delSp);

// The readable text of an HTML document, simple and safe: tags are dropped (script, style and
// head with their content), block elements become line breaks, character references are
// decoded, whitespace is collapsed. Nothing is fetched and no markup survives.
QString htmlToText(const QString &html);

} // namespace Satchel::MimeText
