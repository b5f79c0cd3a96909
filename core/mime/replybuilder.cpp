#include "replybuilder.h"

#include "mimedate.h"
#include "mimeheaderfolder.h"
#include "mimemessage.h"

#include <QLocale>
#include <QSet>

namespace Satchel {

namespace {

QString lowerAddress(const MimeMailbox &box)
{
    return box.address.trimmed().toLower();
}

// Mailboxes with an address, each address once, none of the skipped ones; adds what it keeps
// to skip so that a second list leaves out the first one's addresses.
QList<MimeMailbox> distinct(const QList<MimeMailbox> &boxes, QSet<QString> *skip)
{
    QList<MimeMailbox> kept;
    for (const MimeMailbox &box : boxes) {
        const QString key = lowerAddress(box);
        if (key.isEmpty() || skip->contains(key))
            continue;
        skip->insert(key);
        kept.append(box);
    }
    return kept;
}

QString senderName(const MimeMessage &original)
{
    const QList<MimeMailbox> from = MimeAddress::mailboxes(original.from());
    if (from.isEmpty())
        return ReplyBuilder::tr("The sender");
    const MimeMailbox &sender = from.constFirst();
    // A decoded name may hold a line break, which would end the attribution line early.
    return MimeHeaderFolder::withoutControls(sender.name.isEmpty() ? sender.address : sender.name)
        .simplified();
}

QString trailingTrimmed(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

} // namespace

OutgoingMessage ReplyBuilder::reply(const MimeMessage &original, const MimeMailbox &me, Mode mode,
                                    const QStringList &ownAddresses)
{
    QSet<QString> own{me.address.trimmed().toLower()};
    for (const QString &address : ownAddresses)
        own.insert(address.trimmed().toLower());
    const auto isOwn = [&own](const MimeMailbox &box) { return own.contains(lowerAddress(box)); };

    QList<MimeMailbox> to = MimeAddress::mailboxes(original.replyTo());
    if (to.isEmpty())
        to = MimeAddress::mailboxes(original.from());
    const QList<MimeMailbox> originalTo = MimeAddress::mailboxes(original.to());
    const bool fromMe = !to.isEmpty() && std::all_of(to.cbegin(), to.cend(), isOwn);
    // Answering one's own message (from Sent) continues the conversation with its recipients.
    if (fromMe)
        to = originalTo;
    QList<MimeMailbox> cc;
    if (mode == Mode::ReplyAll) {
        if (!fromMe)
            to += originalTo;
        cc = MimeAddress::mailboxes(original.cc());
    }
    QSet<QString> skip = own;
    OutgoingMessage message;
    message.from = me;
    message.to = distinct(to, &skip);
    message.cc = distinct(cc, &skip);
    if (message.to.isEmpty())
        std::swap(message.to, message.cc);
    message.subject = OutgoingMessage::replySubject(original.subject());
    message.setInReplyTo(original);
    message.text = QStringLiteral("\n\n") + attribution(original) + QLatin1Char('\n') +
                   quote(original.plainText());
    return message;
}

OutgoingMessage ReplyBuilder::forward(const MimeMessage &original, const MimeMailbox &me)
{
    OutgoingMessage message;
    message.from = me;
    message.subject = forwardSubject(original.subject());
    QStringList block{tr("-------- Forwarded Message --------")};
    block << tr("Subject: %1").arg(original.subject());
    if (original.date().isValid())
        block << tr("Date: %1").arg(QString::fromLatin1(MimeDate::format(original.date())));
    block << tr("From: %1").arg(MimeAddress::formatList(original.from()));
    if (!original.to().isEmpty())
        block << tr("To: %1").arg(MimeAddress::formatList(original.to()));
    if (!original.cc().isEmpty())
        block << tr("Cc: %1").arg(MimeAddress::formatList(original.cc()));
    message.text = QStringLiteral("\n\n") + block.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                   trailingTrimmed(original.plainText()) + QLatin1Char('\n');
    for (const MimePart *part : original.attachments()) {
        if (!part->contentId.isEmpty() && !part->isAttachment())
            continue; // an image of the HTML, which the forwarded text does not show
        OutgoingAttachment attachment;
        attachment.fileName = part->filename;
        if (attachment.fileName.isEmpty())
            attachment.fileName =
                part->isMessage() ? tr("forwarded message.eml") : tr("attachment");
        attachment.contentType = part->contentType;
        attachment.data = part->body();
        message.attachments.append(attachment);
    }
    return message;
}

QString ReplyBuilder::attribution(const MimeMessage &original)
{
    if (!original.date().isValid())
        return tr("%1 wrote:").arg(senderName(original));
    return tr("On %1, %2 wrote:")
        .arg(QLocale().toString(original.date().toLocalTime(), QLocale::ShortFormat),
             senderName(original));
}

QString ReplyBuilder::quote(const QString &text)
{
    QStringList lines = trailingTrimmed(text).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('>')))
            line.prepend(QLatin1Char('>'));
        else
            line.prepend(QLatin1String("> "));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReplyBuilder::forwardSubject(const QString &subject)
{
    const QString trimmed = subject.trimmed();
    if (trimmed.startsWith(QLatin1String("fwd:"), Qt::CaseInsensitive) ||
        trimmed.startsWith(QLatin1String("fw:"), Qt::CaseInsensitive))
        return trimmed;
    return QLatin1String("Fwd: ") + trimmed;
}

} // namespace Satchel
