#pragma once

#include "common/error.h"
#include "mimeaddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

class MimeMessage;

// A file to attach: its name as the recipient sees it, its type and its bytes.
struct OutgoingAttachment
{
    QString fileName;
    QString contentType; // "type/subtype"; empty means application/octet-stream
    QByteArray data;

    // Reads the file, names the attachment after it and guesses its type from its name and
    // content (QMimeDatabase). nullopt and an Input error when the file cannot be read.
    static std::optional<OutgoingAttachment> fromFile(const QString &path, Error *error);

    Q_DECLARE_TR_FUNCTIONS(Satchel::OutgoingAttachment)
};

// A header an application may add to an outgoing message: only the names
// OutgoingMessage::allowedExtraHeaders() lists.
struct OutgoingHeader
{
    QByteArray name;
    QString value; // unstructured text: encoded as needed

    bool operator==(const OutgoingHeader &) const = default;
};

// A message to send, as plain values: what MimeBuilder turns into RFC 5322 bytes. Addresses are
// addr-specs ("local@domain"); display names and the subject are plain Unicode text.
struct OutgoingMessage
{
    MimeMailbox from;
    QList<MimeMailbox> to;
    QList<MimeMailbox> cc;
    QList<MimeMailbox> bcc; // envelope only: never written into the message
    QList<MimeMailbox> replyTo;
    QString subject;
    QDateTime date;        // invalid: the time of building
    QString messageId;     // without angle brackets; empty: a new random one at the sender's domain
    QStringList inReplyTo; // identifiers without angle brackets
    QStringList references; // oldest first
    QString text;           // the body; "\n" or "\r\n" line breaks
    QString html;           // optional: then text and HTML go as multipart/alternative
    QList<OutgoingAttachment> attachments;
    QList<OutgoingHeader> extraHeaders;

    // Makes this message a reply to original (RFC 5322 3.6.4): In-Reply-To is the original's
    // Message-ID, References the original's References (or its single In-Reply-To) followed by
    // it. Identifiers that cannot be written are left out, and a long References keeps the
    // first identifier (the thread's start) and the most recent ones.
    void setInReplyTo(const MimeMessage &original);
    // "Re: " and the subject without the reply prefixes it had ("Re:", "RE:", "Aw:", "Sv:" …).
    static QString replySubject(const QString &subject);

    // Header names an application may set: User-Agent, X-Mailer, Organization and a few more
    // that are plain text and change nothing of the message's routing or structure.
    static const QList<QByteArray> &allowedExtraHeaders();
    // The name as the list spells it when it is one of them (in any case), else empty.
    static QByteArray allowedExtraHeader(QByteArrayView name);

    // The mailboxes of an address list as a user types it ("Ann <ann@example.com>, bob@x.org");
    // nullopt and an Input error naming the first that is not a valid address.
    static std::optional<QList<MimeMailbox>> parseMailboxes(const QString &text, Error *error);

    static constexpr qsizetype maxReferences = 20;

    Q_DECLARE_TR_FUNCTIONS(Satchel::OutgoingMessage)
};

} // namespace Satchel
