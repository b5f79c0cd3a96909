#pragma once

#include "mimeaddress.h"
#include "mimelimits.h"
#include "mimepart.h"
#include "mimewarning.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Satchel {

// A parsed message with what a reader wants from it: the envelope headers decoded, the text to
// show, the HTML if any, the attachments, and the warnings of the parse. The pointers it returns
// point into root() and live as long as this object.
class MimeMessage
{
public:
    MimeMessage() = default;
    // The message whose top part is root: a parse result, or the message inside a
    // message/rfc822 part (its child).
    explicit MimeMessage(MimePart root, QList<MimeWarning> warnings = {});

    // source is shared, not copied: keep it, the parts point into it.
    static MimeMessage parse(const QByteArray &source, const MimeLimits &limits = {});

    const MimePart &root() const { return m_root; }
    const QList<MimeWarning> &warnings() const { return m_warnings; }

    QString subject() const { return m_subject; }
    QList<MimeAddress> from() const { return m_from; }
    QList<MimeAddress> to() const { return m_to; }
    QList<MimeAddress> cc() const { return m_cc; }
    QList<MimeAddress> replyTo() const { return m_replyTo; }
    QDateTime date() const { return m_date; } // invalid when missing or not understood
    QString messageId() const { return m_messageId; }
    QStringList inReplyTo() const { return m_inReplyTo; }
    QStringList references() const { return m_references; }

    // The text to show: the first text/plain part that is the message's body, else the text
    // of its HTML, else empty. Parts inside attached messages do not count.
    QString plainText() const;
    QString html() const;
    const MimePart *plainTextPart() const;
    const MimePart *htmlPart() const;
    // Every part a reader would save rather than read: parts with a filename or marked as
    // attachment, attached messages (as one part), and non-text parts; not the body text and
    // its alternatives.
    QList<const MimePart *> attachments() const;

private:
    void readEnvelope();
    QList<MimeAddress> addresses(QByteArrayView name);

    MimePart m_root;
    QList<MimeWarning> m_warnings;
    QString m_subject;
    QList<MimeAddress> m_from;
    QList<MimeAddress> m_to;
    QList<MimeAddress> m_cc;
    QList<MimeAddress> m_replyTo;
    QDateTime m_date;
    QString m_messageId;
    QStringList m_inReplyTo;
    QStringList m_references;
};

} // namespace Satchel
