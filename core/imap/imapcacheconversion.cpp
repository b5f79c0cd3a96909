#include "imapcacheconversion.h"

#include "mime/mimeaddress.h"
#include "mime/mimedate.h"
#include "mime/mimeencodedwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::ImapCacheConversion {

namespace {

QString decoded(const QByteArray &raw)
{
    QList<MimeWarning> ignored;
    return MimeEncodedWords::decode(raw, &ignored);
}

QString addresses(const QList<ImapAddress> &list)
{
    QStringList shown;
    for (const ImapAddress &address : list) {
        if (address.isGroupStart() || address.isGroupEnd())
            continue;
        MimeMailbox mailbox;
        mailbox.name = decoded(address.name);
        mailbox.address = QString::fromUtf8(address.mailbox);
        if (!address.host.isEmpty())
            mailbox.address += QLatin1Char('@') + QString::fromUtf8(address.host);
        shown.append(mailbox.toString());
    }
    return shown.join(QLatin1String(", "));
}

QJsonObject structureObject(const ImapBodyStructure &part)
{
    QJsonObject object{
        {QStringLiteral("type"), QString::fromLatin1(part.type + '/' + part.subtype)}};
    if (!part.isMultipart()) {
        object.insert(QStringLiteral("size"), qint64(part.size));
        if (!part.encoding.isEmpty())
            object.insert(QStringLiteral("encoding"), QString::fromLatin1(part.encoding));
    }
    const QByteArray charset = part.parameter("charset");
    if (!charset.isEmpty())
        object.insert(QStringLiteral("charset"), QString::fromLatin1(charset));
    QByteArray filename;
    for (const auto &[name, value] : part.dispositionParameters) {
        if (name.compare("filename", Qt::CaseInsensitive) == 0)
            filename = value;
    }
    if (filename.isEmpty())
        filename = part.parameter("name");
    if (!filename.isEmpty())
        object.insert(QStringLiteral("filename"), decoded(filename));
    if (!part.disposition.isEmpty())
        object.insert(QStringLiteral("disposition"), QString::fromLatin1(part.disposition));
    QJsonArray children;
    for (const ImapBodyStructure &child : part.parts)
        children.append(structureObject(child));
    if (!children.isEmpty())
        object.insert(QStringLiteral("parts"), children);
    return object;
}

bool isAttachment(const QJsonObject &part)
{
    return part.contains(QStringLiteral("filename")) ||
           part.value(QStringLiteral("disposition"))
                   .toString()
                   .compare(QLatin1String("attachment"), Qt::CaseInsensitive) == 0;
}

// Depth first, in the order of the parts; a message that is not multipart has one part, "1".
std::optional<PreviewPart> findText(const QJsonObject &part, const QByteArray &section,
                                    const QString &type)
{
    const QJsonArray children = part.value(QStringLiteral("parts")).toArray();
    const QString partType = part.value(QStringLiteral("type")).toString();
    if (partType.startsWith(QLatin1String("multipart/"))) {
        for (qsizetype i = 0; i < children.size(); ++i) {
            const QByteArray number = QByteArray::number(i + 1);
            if (auto found = findText(children.at(i).toObject(),
                                      section.isEmpty() ? number : section + '.' + number, type))
                return found;
        }
        return std::nullopt;
    }
    if (partType != type || isAttachment(part))
        return std::nullopt;
    return PreviewPart{section.isEmpty() ? QByteArray("1") : section,
                       part.value(QStringLiteral("encoding")).toString().toLatin1(),
                       part.value(QStringLiteral("charset")).toString().toLatin1(),
                       type.endsWith(QLatin1String("html"))};
}

} // namespace

std::optional<PreviewPart> previewPart(const QByteArray &structure)
{
    const QJsonObject root = QJsonDocument::fromJson(structure).object();
    if (auto plain = findText(root, {}, QStringLiteral("text/plain")))
        return plain;
    return findText(root, {}, QStringLiteral("text/html"));
}

QList<QByteArray> flags(QList<QByteArray> serverFlags)
{
    // \Recent belongs to one session (and is gone in IMAP4rev2): not the message's state.
    serverFlags.removeIf(
        [](const QByteArray &flag) { return flag.compare("\\Recent", Qt::CaseInsensitive) == 0; });
    return serverFlags;
}

QByteArray structureJson(const ImapBodyStructure &structure)
{
    return QJsonDocument(structureObject(structure)).toJson(QJsonDocument::Compact);
}

CachedMessage message(const ImapFetchData &data)
{
    CachedMessage message;
    message.uid = data.uid.value_or(0);
    message.modSeq = data.modSeq.value_or(0);
    message.flags = flags(data.flags.value_or(QList<QByteArray>()));
    message.internalDate = data.internalDate.value_or(QDateTime());
    message.size = data.rfc822Size.value_or(0);
    if (data.envelope) {
        const ImapEnvelope &envelope = *data.envelope;
        message.date = MimeDate::parse(envelope.date);
        message.subject = decoded(envelope.subject);
        message.from = addresses(envelope.from);
        message.to = addresses(envelope.to);
        message.cc = addresses(envelope.cc);
        message.messageId = envelope.messageId;
        message.inReplyTo = envelope.inReplyTo;
    }
    if (data.bodyStructure)
        message.structure = structureJson(*data.bodyStructure);
    return message;
}

} // namespace Satchel::ImapCacheConversion
