#pragma once

#include "mimeheaders.h"
#include "mimewarning.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Satchel {

// One node of a parsed message: the message itself, a part of a multipart, or the message inside
// a message/rfc822 part. A value: copying is cheap (implicit sharing), and the body is not held
// decoded. It stays in the message's bytes, which every part shares without copying, and
// body() decodes it when asked, so a 10 MB attachment costs nothing until it is saved.
struct MimePart
{
    MimeHeaders headers;
    QString contentType;               // "type/subtype", lower case; text/plain when absent
    QMap<QString, QString> parameters; // of Content-Type, names lower case, values decoded
    QString disposition;               // "inline", "attachment"… lower case; may be empty
    QString filename;                  // Content-Disposition filename, else Content-Type name
    QString contentId;                 // without angle brackets
    QString transferEncoding;          // lower case; "7bit" when absent
    // For text/* parts that are not attachments: the decoded text, with "\n" line breaks and
    // format=flowed unwrapped. Empty for the others (decodeText() gives it on demand).
    QString text;
    // Parts of a multipart; the one message of a message/rfc822 part.
    QList<MimePart> children;

    QByteArray source;        // the bytes the part was read from, shared with the whole message
    qsizetype offset = 0;     // where the part's headers start in source
    qsizetype bodyOffset = 0; // where its body starts
    qsizetype bodyLength = 0; // the body as it is in source, transfer-encoded
    qsizetype size = 0;       // the body decoded: the size of an attachment saved to disk

    QString mainType() const;
    QString subType() const;
    bool isMultipart() const;
    bool isMessage() const; // message/rfc822 or message/global, with the message as child
    bool isText() const;
    bool isAttachment() const; // Content-Disposition: attachment
    QString charset() const;

    // The body with its transfer encoding undone (base64, quoted-printable); the raw body of a
    // multipart, whose encoding must be the identity. Decoded anew at each call; *invalid tells
    // whether the encoding had errors.
    QByteArray body(bool *invalid = nullptr) const;
    // body().size() without decoding; *invalid tells whether the encoding had errors.
    qsizetype decodedSize(bool *invalid = nullptr) const;
    // The body as text in its charset (MimeCharset), "\n" line breaks, format=flowed unwrapped.
    QString decodeText(QList<MimeWarning> *warnings = nullptr) const;
    // The same from body() already decoded, so that the parser decodes a text part only once.
    QString decodeText(const QByteArray &decodedBody, QList<MimeWarning> *warnings) const;
    // The whole part as in source, headers included: an attached message to save as .eml.
    QByteArray raw() const;
};

} // namespace Satchel
