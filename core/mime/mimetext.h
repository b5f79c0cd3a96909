#pragma once

#include <QString>

namespace Satchel::MimeText {

// Line breaks as "\n", whatever the message used (CRLF on the wire, CR from old Macs).
QString normalizeLineBreaks(const QString &text);

// Joins the lines of a format=flowed text (RFC 3676): a line ending in a space continues on
// the next line of the same quote depth; with delSp that space is deleted too. Space-stuffing
// is undone, and quoted lines come out as "> text".
QString unwrapFlowed(const QString &text, bool delSp);

// The inverse for writing (RFC 3676 4.1 to 4.4, without DelSp): a line longer than 78
// characters is cut after spaces (soft breaks) into lines of about 72, a word longer than that
// staying whole;
// spaces before a hard break are dropped, except in the signature separator "-- "; lines that
// start with a space or "From " are space-stuffed. Lines starting with ">" are quoted text: they
// are wrapped inside their quote depth and come back as "> text".
QString wrapFlowed(const QString &text);

// The readable text of an HTML document, simple and safe: tags are dropped (script, style and
// head with their content), block elements become line breaks, character references are
// decoded, whitespace is collapsed. Nothing is fetched and no markup survives.
QString htmlToText(const QString &html);

} // namespace Satchel::MimeText
