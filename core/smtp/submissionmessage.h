#pragma once

#include "common/error.h"
#include "mime/mimebuilder.h"
#include "smtpenvelope.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Satchel {

// A message made ready for the outbox from what the user gave (an .eml file, the builder's
// output): CR LF line endings; a Message-ID and a Date added when missing, so that the Sent copy
// can be found again and reads right; Bcc removed from the header (RFC 5322 3.6.3), its
// addresses kept in the envelope with those of To and Cc. Pure.
struct SubmissionMessage
{
    QByteArray bytes;
    SmtpEnvelope envelope;
    QString messageId; // without angle brackets
    QString subject;   // decoded, for reports

    // sender: the account's address, the envelope's MAIL FROM, and the From header when the
    // message has none. An Input error when the message has no recipient.
    static std::optional<SubmissionMessage> prepare(const QByteArray &raw, const QString &sender,
                                                    Error *error);
    // What MimeBuilder made: its envelope (Bcc included) with sender as MAIL FROM.
    static SubmissionMessage fromBuilt(const BuiltMessage &built, const QString &sender,
                                       const QString &subject);
    // A new identifier under the sender's domain, unique in practice (random, 128 bits).
    static QString newMessageId(const QString &sender);
};

} // namespace Satchel
