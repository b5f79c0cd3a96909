#include "submissionmessage.h"

#include "mime/mimedate.h"
#include "mime/mimemessage.h"
#include "smtpdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace Satchel {

namespace {

// Where the header section ends: just after the CR LF that ends its last field, so that the
// empty line (if any) starts there. The input has CR LF line endings.
qsizetype headerEnd(const QByteArray &message)
{
    if (message.startsWith("\r\n"))
        return 0;
    const qsizetype blank = message.indexOf("\r\n\r\n");
    return blank < 0 ? message.size() : blank + 2;
}

// The header section without its Bcc fields, continuation lines included.
QByteArray withoutBcc(QByteArrayView header)
{
    QByteArray out;
    out.reserve(header.size());
    bool skipping = false;
    qsizetype pos = 0;
    while (pos < header.size()) {
        qsizetype end = header.indexOf("\r\n", pos);
        end = end < 0 ? header.size() : end + 2;
        const QByteArrayView line = header.sliced(pos, end - pos);
        pos = end;
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation) {
            const qsizetype colon = line.indexOf(':');
            skipping = colon > 0 && line.first(colon).trimmed().compare(QByteArrayView("Bcc"),
                                                                        Qt::CaseInsensitive) == 0;
        }
        if (!skipping)
            out.append(line);
    }
    return out;
}

void addRecipients(QStringList *recipients, const QList<MimeAddress> &addresses)
{
    for (const MimeMailbox &mailbox : MimeAddress::mailboxes(addresses)) {
        if (mailbox.address.isEmpty() || recipients->contains(mailbox.address, Qt::CaseInsensitive))
            continue;
        recipients->append(mailbox.address);
    }
}

} // namespace

std::optional<SubmissionMessage> SubmissionMessage::prepare(const QByteArray &raw,
                                                            const QString &sender, Error *error)
{
    const QByteArray normalized = SmtpData::normalizeLineEndings(raw);
    const qsizetype end = headerEnd(normalized);
    const MimeMessage parsed = MimeMessage::parse(normalized.left(end));
    const MimeHeaders &headers = parsed.root().headers;

    SubmissionMessage message;
    message.subject = parsed.subject();
    message.envelope.from = sender;
    addRecipients(&message.envelope.recipients, parsed.to());
    addRecipients(&message.envelope.recipients, parsed.cc());
    QList<MimeWarning> warnings;
    for (const QByteArray &bcc : headers.values("Bcc"))
        addRecipients(&message.envelope.recipients, MimeAddress::parseList(bcc, &warnings));
    const QString problem = message.envelope.validate();
    if (!problem.isEmpty()) {
        *error = Error(Error::Category::Input, problem);
        return std::nullopt;
    }

    QByteArray added;
    message.messageId = parsed.messageId();
    if (message.messageId.isEmpty()) {
        message.messageId = newMessageId(sender);
        added += "Message-ID: <" + message.messageId.toUtf8() + ">\r\n";
    }
    if (!headers.contains("Date"))
        added += "Date: " + MimeDate::format(QDateTime::currentDateTime()) + "\r\n";
    if (!headers.contains("From"))
        added += "From: " + sender.toUtf8() + "\r\n";
    message.bytes = added + withoutBcc(QByteArrayView(normalized).first(end)) +
                    QByteArrayView(normalized).sliced(end);
    return message;
}

SubmissionMessage SubmissionMessage::fromBuilt(const BuiltMessage &built, const QString &sender,
                                               const QString &subject)
{
    SubmissionMessage message;
    message.bytes = built.data;
    message.envelope.from = sender;
    for (const QByteArray &recipient : built.recipients)
        message.envelope.recipients << QString::fromUtf8(recipient);
    message.messageId = built.messageId;
    message.subject = subject;
    return message;
}

QString SubmissionMessage::newMessageId(const QString &sender)
{
    const qsizetype at = sender.lastIndexOf(QLatin1Char('@'));
    const QString domain = at < 0 ? QStringLiteral("satchel.invalid") : sender.mid(at + 1);
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    return QStringLiteral("%1.%2@%3")
        .arg(random[0], 16, 16, QLatin1Char('0'))
        .arg(random[1], 16, 16, QLatin1Char('0'))
        .arg(domain);
}

} // namespace Satchel
