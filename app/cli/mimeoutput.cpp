#include "mimeoutput.h"

#include "mime/mimemessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace Satchel::MimeOutput {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

// ISO 8601 with the sender's offset, as `list` prints dates.
QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject headersJson(const MimeMessage &message)
{
    QJsonObject headers{{key("subject"), message.subject()},
                        {key("from"), MimeAddress::formatList(message.from())},
                        {key("to"), MimeAddress::formatList(message.to())},
                        {key("cc"), MimeAddress::formatList(message.cc())},
                        {key("date"), isoDate(message.date())},
                        {key("messageId"), message.messageId()}};
    if (!message.replyTo().isEmpty())
        headers.insert(key("replyTo"), MimeAddress::formatList(message.replyTo()));
    if (!message.inReplyTo().isEmpty())
        headers.insert(key("inReplyTo"), stringArray(message.inReplyTo()));
    if (!message.references().isEmpty())
        headers.insert(key("references"), stringArray(message.references()));
    return headers;
}

QString sizeText(qsizetype bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QJsonObject partJson(const MimePart &part)
{
    QJsonObject object{{key("contentType"), part.contentType}, {key("size"), part.size}};
    if (!part.filename.isEmpty())
        object.insert(key("filename"), part.filename);
    if (!part.disposition.isEmpty())
        object.insert(key("disposition"), part.disposition);
    if (part.isText() && !part.charset().isEmpty())
        object.insert(key("charset"), part.charset());
    if (!part.contentId.isEmpty())
        object.insert(key("contentId"), part.contentId);
    if (!part.children.isEmpty()) {
        QJsonArray children;
        for (const MimePart &child : part.children)
            children.append(partJson(child));
        object.insert(key("parts"), children);
    }
    return object;
}

QJsonObject json(const MimeMessage &message)
{
    QJsonObject object{{key("headers"), headersJson(message)},
                       {key("text"), message.plainText()},
                       {key("parts"), QJsonArray{partJson(message.root())}}};
    if (message.htmlPart())
        object.insert(key("html"), message.html());
    if (!message.warnings().isEmpty()) {
        QStringList sentences;
        for (const MimeWarning &warning : message.warnings())
            sentences.append(warning.message());
        object.insert(key("warnings"), stringArray(sentences));
    }
    return object;
}

QString text(const MimeMessage &message)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(label + QLatin1String(": ") + value);
    };
    add(QCoreApplication::translate("Satchel::MimeOutput", "Subject"), message.subject());
    add(QCoreApplication::translate("Satchel::MimeOutput", "From"),
        MimeAddress::formatList(message.from()));
    add(QCoreApplication::translate("Satchel::MimeOutput", "To"),
        MimeAddress::formatList(message.to()));
    add(QCoreApplication::translate("Satchel::MimeOutput", "Cc"),
        MimeAddress::formatList(message.cc()));
    add(QCoreApplication::translate("Satchel::MimeOutput", "Date"),
        message.date().isValid() ? message.date().toString(Qt::RFC2822Date) : QString());
    for (const MimePart *part : message.attachments()) {
        const QString name = part->filename.isEmpty()
                                 ? QCoreApplication::translate("Satchel::MimeOutput", "(no name)")
                                 : part->filename;
        add(QCoreApplication::translate("Satchel::MimeOutput", "Attachment"),
            QStringLiteral("%1 (%2, %3)").arg(name, part->contentType, sizeText(part->size)));
    }
    lines.append(QString());
    lines.append(message.plainText());
    return lines.join(QLatin1Char('\n'));
}

} // namespace Satchel::MimeOutput
