#pragma once

#include "mimewarning.h"

#include <QByteArrayView>
#include <QString>

namespace Satchel::MimeCharset {

// Text in a charset named by a message: any charset the platform can decode, by its MIME name
// or a common alias ("utf8", "latin1", "cp1252", "x-sjis"…). ISO-8859-1 and US-ASCII are read
// as their supersets (windows-1252; UTF-8 when valid), as every mail client does, because mail
// labelled so very often is not. An unknown charset gives UTF-8 if the bytes are valid UTF-8,
// else Latin-1 (windows-1252), and a warning; so do bytes invalid in the charset.
QString decode(QByteArrayView bytes, QByteArrayView charset, QList<MimeWarning> *warnings);

// Bytes whose charset nobody declared (raw 8-bit header text): UTF-8 if valid, else Latin-1.
QString decodeUndeclared(QByteArrayView bytes);

} // namespace Satchel::MimeCharset
