#include "outgoingmessage.h"

#include "mimeaddressspec.h"
#include "mimeheaderfolder.h"
#include "mimemessage.h"
#include "mimemessageids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

namespace Satchel {

namespace {

bool hasControls(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

std::optional<OutgoingAttachment> OutgoingAttachment::fromFile(const QString &path, Error *error)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        const QString reason =
            info.exists() && !info.isFile() ? tr("it is not a file") : file.errorString();
        *error =
            Error(Error::Category::Input,
                  tr("Satchel cannot attach %1: %2.").arg(QDir::toNativeSeparators(path), reason));
        return std::nullopt;
    }
    OutgoingAttachment attachment;
    attachment.data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = Error(Error::Category::Input,
                       tr("Satchel cannot attach %1: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    attachment.fileName = info.fileName();
    // An empty file is "application/x-zerosize" to QMimeDatabase, a name no mail reader knows.
    attachment.contentType =
        attachment.data.isEmpty()
            ? QStringLiteral("application/octet-stream")
            : QMimeDatabase().mimeTypeForFileNameAndData(path, attachment.data).name();
    return attachment;
}

void OutgoingMessage::setInReplyTo(const MimeMessage &original)
{
    const QString parent = original.messageId();
    QStringList chain = original.references();
    if (chain.isEmpty() && original.inReplyTo().size() == 1)
        chain = original.inReplyTo();
    chain.append(parent);
    QStringList kept;
    QSet<QString> seen;
    for (const QString &id : std::as_const(chain)) {
        if (MimeMessageIds::isWritable(id) && !seen.contains(id)) {
            seen.insert(id);
            kept.append(id);
        }
    }
    if (kept.size() > maxReferences)
        kept = kept.first(1) + kept.last(maxReferences - 1);
    references = kept;
    inReplyTo.clear();
    if (MimeMessageIds::isWritable(parent))
        inReplyTo.append(parent);
}

QString OutgoingMessage::replySubject(const QString &subject)
{
    // "Re:" and what other clients write for it ("RE:", German "Aw:", Nordic "Sv:"/"Vs:", Dutch
    // "Antw:", Polish "Odp:", "Re[2]:"), however many, become one "Re: ".
    static const QRegularExpression prefixes(
        QStringLiteral("^(\\s*(re|aw|sv|vs|antw|odp)(\\[\\d+\\])?\\s*:)+\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return QLatin1String("Re: ") + subject.trimmed().remove(prefixes);
}

const QList<QByteArray> &OutgoingMessage::allowedExtraHeaders()
{
    static const QList<QByteArray> names = {"User-Agent",    "X-Mailer", "Organization",
                                            "Importance",    "Priority", "X-Priority",
                                            "Auto-Submitted"};
    return names;
}

QByteArray OutgoingMessage::allowedExtraHeader(QByteArrayView name)
{
    for (const QByteArray &allowed : allowedExtraHeaders()) {
        if (name.compare(allowed, Qt::CaseInsensitive) == 0)
            return allowed;
    }
    return {};
}

std::optional<QList<MimeMailbox>> OutgoingMessage::parseMailboxes(const QString &text, Error *error)
{
    const auto refuse = [&](const QString &what) {
        *error = Error(Error::Category::Input,
                       tr("\"%1\" is not an email address; write it like ann@example.com or "
                          "Ann <ann@example.com>.")
                           .arg(what));
        return std::nullopt;
    };
    // A line break in a typed address list is a mistake or an attack, never an address.
    if (hasControls(text))
        return refuse(MimeHeaderFolder::withoutControls(text).simplified());
    QList<MimeWarning> warnings;
    const QList<MimeMailbox> boxes =
        MimeAddress::mailboxes(MimeAddress::parseList(text.toUtf8(), &warnings));
    for (const MimeMailbox &box : boxes) {
        if (!MimeAddressSpec::normalize(box.address))
            return refuse(box.toString());
    }
    for (const MimeWarning &warning : warnings) {
        if (warning.kind == MimeWarning::Kind::InvalidAddress)
            return refuse(warning.detail);
    }
    if (boxes.isEmpty() && !text.trimmed().isEmpty())
        return refuse(text.trimmed());
    return boxes;
}

} // namespace Satchel
