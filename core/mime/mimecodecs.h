#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Satchel::MimeCodecs {

// Lenient decoders for the encodings of MIME (RFC 2045, 2047, 2231). They never fail: what
// cannot be decoded is skipped (base64) or kept as written (the others), and *invalid, when
// given, is set. The pointer forms write to out, which must have room for in.size() bytes (base64
// needs less), or only count when out is null: the size of a large attachment is known without
// decoding it.

// Skips whitespace silently. Padding ends a quantum, so concatenated base64 decodes whole.
qsizetype decodeBase64(QByteArrayView in, char *out, bool *invalid);
QByteArray decodeBase64(QByteArrayView in, bool *invalid = nullptr);

// Soft line breaks are removed, and so is whitespace at the end of a line; line breaks are kept
// as written. An "=" not followed by two hex digits stays as written.
qsizetype decodeQuotedPrintable(QByteArrayView in, char *out, bool *invalid);
QByteArray decodeQuotedPrintable(QByteArrayView in, bool *invalid = nullptr);

// The "Q" encoding of encoded words: like quoted-printable, and "_" is a space.
QByteArray decodeQ(QByteArrayView in, bool *invalid = nullptr);

// The %XX encoding of RFC 2231 parameter values.
QByteArray decodePercent(QByteArrayView in, bool *invalid = nullptr);

int hexValue(char c); // 0-15, or -1

// Encoders for writing messages. Their output is 7-bit and never has a line over 76 octets.

// Base64 in lines of 76 characters joined by CRLF, without a line break after the last.
QByteArray encodeBase64Lines(QByteArrayView in);

// Quoted-printable of text whose line breaks are LF or CRLF; they become CRLF (hard breaks),
// and longer lines get soft breaks. Whitespace before a line break and the "F" of a line starting
// "From " are encoded, so that no mailer on the way can strip or escape them.
QByteArray encodeQuotedPrintable(QByteArrayView in);

// The "Q" encoding for an encoded word in any position, a phrase included (RFC 2047 5 (3)):
// letters, digits and "!*+-/" stay, a space becomes "_", everything else =XX.
QByteArray encodeQ(QByteArrayView in);
// How long encodeQ(in) is, without encoding.
qsizetype encodedQLength(QByteArrayView in);

// The %XX encoding of RFC 2231 parameter values: attribute characters stay, the rest is escaped.
QByteArray encodePercent(QByteArrayView in);

} // namespace Satchel::MimeCodecs
