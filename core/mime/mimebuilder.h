#pragma once

// MimeBuilder turns an OutgoingMessage into the exact bytes of an RFC 5322 / MIME message, and
// says what the SMTP client needs to send it:
//
//     Error error;
//     const std::optional<BuiltMessage> built = MimeBuilder::build(message, &error);
//     if (!built)
//         return fail(error); // an Input error with a sentence for the user
//     // MAIL FROM:<built->sender> [BODY=8BITMIME] [SMTPUTF8], RCPT TO: each of built->recipients,
//     // DATA: built->data (dot-stuffing is the SMTP client's job).
//
// The bytes: CRLF line ends, no line longer than 998 octets, header lines folded at 78 where a
// line can be broken. Headers in this order: Date, From, Reply-To, To, Cc, Subject, Message-ID,
// In-Reply-To, References, the allowed extra headers, MIME-Version, Content-*; Bcc never. Names
// and subjects are RFC 2047 encoded words where they are not plain ASCII, and a CR, LF or other
// control character in any of them becomes a space: no value can start a header of its own.
// The body: text/plain; format=flowed (RFC 3676) in us-ascii or utf-8; with html,
// multipart/alternative of the text and text/html; with attachments, multipart/mixed of that and
// the files (base64; a 7-bit message/rfc822 as it is; file names as RFC 2231 says). Transfer
// encodings: 7bit for ASCII text with lines of at most 998 octets, else quoted-printable or base64,
// whichever is shorter (8bit instead, for text, when Options::allow8Bit). Boundaries are random and
// checked against the content they enclose.
//
// Refused with an Input error, never written: a missing or invalid From, an address that is not
// an addr-spec (MimeAddressSpec), a message identifier that cannot be written, an extra header
// that is not allowed (OutgoingMessage::allowedExtraHeaders), a content type that is not
// "type/subtype".

#include "common/error.h"
#include "outgoingmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Satchel {

struct BuiltMessage
{
    QByteArray data;   // the whole message, ending with CRLF
    QString messageId; // without angle brackets
    QDateTime date;    // as in the Date header
    QByteArray sender; // for MAIL FROM: the From address
    // For RCPT TO: To, Cc and Bcc in that order, each address once (empty for a draft without
    // recipients). The domain is in ASCII (IDNA) and lower case; the local part as given.
    QList<QByteArray> recipients;
    bool needs8BitMime = false; // a part is 8bit: send with BODY=8BITMIME, or build again without
    // An address has a non-ASCII local part: only a server that offers SMTPUTF8 can take the
    // message (MAIL FROM … SMTPUTF8); such addresses are written in UTF-8, not mangled.
    bool needsSmtpUtf8 = false;
};

class MimeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::MimeBuilder)

public:
    struct Options
    {
        // The server offers 8BITMIME: text that is not ASCII may go as 8bit instead of
        // quoted-printable or base64. Off by default: the result is then 7-bit clean.
        bool allow8Bit = false;
    };

    static std::optional<BuiltMessage> build(const OutgoingMessage &message, Error *error);
    static std::optional<BuiltMessage> build(const OutgoingMessage &message, Error *error,
                                             const Options &options);
};

} // namespace Satchel
