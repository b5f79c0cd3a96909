#pragma once

#include "mimeaddress.h"
#include "outgoingmessage.h"

#include <QCoreApplication>
#include <QStringList>

namespace Satchel {

class MimeMessage;

// Drafts of a reply, a reply to all and a forward of a message the user has read: pure (a parsed
// message in, an OutgoingMessage to edit out), so that the composer only shows the result.
//
// A reply goes to the original's Reply-To, else its From (to its To when the user wrote the
// original), with "Re: " before the subject (other clients' "RE:", "Aw:", "Sv:" … become one
// "Re: "), In-Reply-To and References as RFC 5322 3.6.4 says (OutgoingMessage::setInReplyTo),
// and the original's text quoted below an attribution line. A reply to all adds the original's
// To and Cc, without the user's own addresses and without an address twice. A forward is
// inline, as Thunderbird does by default: the original's headers, its text and its attachments.
class ReplyBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReplyBuilder)

public:
    enum class Mode
    {
        Reply,
        ReplyAll
    };

    // me: who answers (From of the draft); ownAddresses: further addresses of the user, left out
    // of the recipients like me.address (compared without regard to case).
    static OutgoingMessage reply(const MimeMessage &original, const MimeMailbox &me, Mode mode,
                                 const QStringList &ownAddresses = {});
    static OutgoingMessage forward(const MimeMessage &original, const MimeMailbox &me);

    // "On <date>, <name> wrote:", the date in the default QLocale's short format.
    static QString attribution(const MimeMessage &original);
    // Every line behind "> " (">" alone for an empty line, ">" before a line quoted already).
    static QString quote(const QString &text);
    static QString forwardSubject(const QString &subject);
};

} // namespace Satchel
