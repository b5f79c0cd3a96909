// Fuzzes the MIME builder with hostile values in every field, and its checks of addresses and
// message identifiers. The input is fields separated by 0xff bytes (never part of UTF-8):
// subject, from name, from address, to name, to address, text, html, attachment name,
// attachment type, attachment bytes, a User-Agent value, a reference, and flags. When the
// builder accepts the message, the bytes must
// - have CRLF line ends, no line over 998 octets, and be 7-bit unless 8bit or SMTPUTF8 is reported;
// - parse without a warning into exactly the headers meant (no value can add one);
// - give back the subject, names, addresses, text, HTML and attachment;
// and a refusal must be an Input error with a sentence. Beyond that: no crash, leak, UB or hang.

#include "fuzzcheck.h"
#include "mime/mimeaddressspec.h"
#include "mime/mimebuilder.h"
#include "mime/mimeheaderfolder.h"
#include "mime/mimemessage.h"
#include "mime/mimemessageids.h"
#include "mime/mimetext.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace Satchel;

namespace {

enum Field
{
    Subject,
    FromName,
    FromAddress,
    ToName,
    ToAddress,
    Text,
    Html,
    AttachmentName,
    AttachmentType,
    AttachmentData,
    UserAgent,
    Reference,
    Flags,
    FieldCount
};

QString withFinalBreak(const QString &text)
{
    QString result = MimeText::normalizeLineBreaks(text);
    if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')))
        result += QLatin1Char('\n');
    return result;
}

// What a reader of format=flowed gets back from text written with wrapFlowed: spaces before a
// hard break are gone (but in "-- "), and quoted lines read "> text".
QString flowedRoundTrip(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        int depth = 0;
        while (depth < line.size() && line[depth] == QLatin1Char('>'))
            ++depth;
        QString content = line.mid(depth);
        if (depth > 0 && content.startsWith(QLatin1Char(' ')))
            content.remove(0, 1);
        if (depth == 0 && content == QLatin1String("-- ")) {
            out.append(content);
            continue;
        }
        while (content.endsWith(QLatin1Char(' ')))
            content.chop(1);
        const QString marks(depth, QLatin1Char('>'));
        out.append(depth == 0          ? content
                   : content.isEmpty() ? marks
                                       : marks + QLatin1Char(' ') + content);
    }
    return out.join(QLatin1Char('\n'));
}

void checkLines(const QByteArray &data, bool sevenBit)
{
    FUZZ_CHECK(data.endsWith("\r\n"));
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        FUZZ_CHECK(newline > start && data[newline - 1] == '\r');
        FUZZ_CHECK(newline - 1 - start <= 998);
        FUZZ_CHECK(!QByteArrayView(data).sliced(start, newline - 1 - start).contains('\r'));
        start = newline + 1;
    }
    for (const char c : data)
        FUZZ_CHECK(c != '\0' && (!sevenBit || static_cast<unsigned char>(c) < 0x80));
}

QList<QByteArray> headerNames(const MimePart &part)
{
    QList<QByteArray> names;
    for (const MimeHeader &header : part.headers.all())
        names.append(header.name);
    return names;
}

void checkBuilt(const OutgoingMessage &message, const BuiltMessage &built, bool allow8Bit)
{
    checkLines(built.data, !built.needs8BitMime && !built.needsSmtpUtf8);
    FUZZ_CHECK(allow8Bit || !built.needs8BitMime);
    const MimeMessage parsed = MimeMessage::parse(built.data);
    // An attached message is parsed too, and its own defects are its own.
    const bool attachedMessage = !message.attachments.isEmpty() &&
                                 message.attachments.first().contentType.trimmed().toLower() ==
                                     QLatin1String("message/rfc822");
    FUZZ_CHECK(attachedMessage || parsed.warnings().isEmpty());

    const QString subject = MimeHeaderFolder::withoutControls(message.subject).trimmed();
    QList<QByteArray> names = {"Date", "From", "To"};
    if (!subject.isEmpty())
        names.append("Subject");
    names.append("Message-ID");
    if (!message.references.isEmpty())
        names += {"In-Reply-To", "References"};
    if (!MimeHeaderFolder::withoutControls(message.extraHeaders.first().value).trimmed().isEmpty())
        names.append("User-Agent");
    names += {"MIME-Version", "Content-Type"};
    if (message.html.isEmpty() && message.attachments.isEmpty())
        names.append("Content-Transfer-Encoding");
    FUZZ_CHECK(headerNames(parsed.root()) == names);

    FUZZ_CHECK(parsed.subject() == subject);
    const QList<MimeMailbox> from = MimeAddress::mailboxes(parsed.from());
    FUZZ_CHECK(from.size() == 1);
    FUZZ_CHECK(from.first().name ==
               MimeHeaderFolder::withoutControls(message.from.name).simplified());
    // A quoted local part may come back quoted differently ("ab"@x is ab@x).
    FUZZ_CHECK(built.sender.startsWith('"') || from.first().address.toUtf8() == built.sender);
    const QList<MimeMailbox> to = MimeAddress::mailboxes(parsed.to());
    FUZZ_CHECK(to.size() == 1 && built.recipients.size() == 1);
    FUZZ_CHECK(built.recipients.first().startsWith('"') ||
               to.first().address.toUtf8() == built.recipients.first());
    FUZZ_CHECK(parsed.references() == message.references);

    const QString text = message.text.isEmpty() && !message.html.isEmpty()
                             ? MimeText::htmlToText(message.html) + QLatin1Char('\n')
                             : message.text;
    const MimePart *plain = parsed.plainTextPart();
    FUZZ_CHECK(plain && plain->text == flowedRoundTrip(withFinalBreak(text)));
    FUZZ_CHECK(parsed.html() == withFinalBreak(message.html));

    if (message.attachments.isEmpty())
        return;
    const QList<const MimePart *> attachments = parsed.attachments();
    FUZZ_CHECK(attachments.size() == 1);
    FUZZ_CHECK(attachments.first()->filename ==
               MimeHeaderFolder::withoutControls(message.attachments.first().fileName).trimmed());
    if (attachments.first()->transferEncoding == QLatin1String("base64"))
        FUZZ_CHECK(attachments.first()->body() == message.attachments.first().data);
}

OutgoingMessage messageFrom(const QList<QByteArray> &fields)
{
    const auto text = [&](Field field) { return QString::fromUtf8(fields.value(field)); };
    OutgoingMessage message;
    message.subject = text(Subject);
    message.from = {text(FromName), text(FromAddress)};
    message.to = {{text(ToName), text(ToAddress)}};
    message.date = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    message.text = text(Text);
    message.html = text(Html);
    if (!fields.value(AttachmentName).isEmpty() || !fields.value(AttachmentData).isEmpty())
        message.attachments = {
            {text(AttachmentName), text(AttachmentType), fields.value(AttachmentData)}};
    message.extraHeaders = {{"User-Agent", text(UserAgent)}};
    if (!fields.value(Reference).isEmpty())
        message.references = message.inReplyTo = {text(Reference)};
    return message;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> fields = input.split('\xff');
    if (fields.size() > FieldCount)
        return 0;
    const OutgoingMessage message = messageFrom(fields);
    MimeBuilder::Options options;
    options.allow8Bit = fields.value(Flags).contains('8');

    Error error;
    const std::optional<BuiltMessage> built = MimeBuilder::build(message, &error, options);
    if (!built) {
        FUZZ_CHECK(error.category() == Error::Category::Input && !error.message().isEmpty());
        FUZZ_CHECK(!error.message().contains(QLatin1Char('\n')));
        return 0;
    }
    FUZZ_CHECK(MimeAddressSpec::normalize(message.from.address));
    FUZZ_CHECK(MimeAddressSpec::normalize(message.to.first().address));
    for (const QString &id : message.references)
        FUZZ_CHECK(MimeMessageIds::isWritable(id));
    checkBuilt(message, *built, options.allow8Bit);

    const QString wrapped = MimeText::wrapFlowed(MimeText::normalizeLineBreaks(message.text));
    FUZZ_CHECK(MimeText::unwrapFlowed(wrapped, false) ==
               flowedRoundTrip(MimeText::normalizeLineBreaks(message.text)));
    return 0;
}
