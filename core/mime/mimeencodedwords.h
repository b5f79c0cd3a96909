#pragma once

#include "mimewarning.h"

#include <QByteArrayView>
#include <QString>

namespace Satchel::MimeEncodedWords {

// Header text with RFC 2047 encoded words ("=?UTF-8?Q?K=C3=A4se?=") decoded: B and Q encodings,
// any charset MimeCharset knows, the RFC 2231 "charset*language" form. Whitespace between two
// adjacent encoded words is dropped; the bytes of adjacent words in the same charset are joined
// before decoding, so a character split across two words survives. A malformed word stays as
// written. Bytes outside encoded words are UTF-8 if valid, else Latin-1 (RFC 6532 headers).
QString decode(QByteArrayView raw, QList<MimeWarning> *warnings);

// The length of the encoded word that starts at pos if there is one, else 0. Syntax only:
// "=?" charset "?" letter "?" text "?=" with no whitespace inside.
qsizetype wordLength(QByteArrayView raw, qsizetype pos);

} // namespace Satchel::MimeEncodedWords
