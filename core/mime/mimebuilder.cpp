#include "mimebuilder.h"

#include "mimeaddressspec.h"
#include "mimecodecs.h"
#include "mimedate.h"
#include "mimeheaderfolder.h"
#include "mimemessageids.h"
#include "mimeparams.h"
#include "mimetext.h"

#include <QRandomGenerator>
#include <QStringDecoder>

namespace Satchel {

namespace {

constexpr qsizetype maxLineOctets = 998; // RFC 5322 2.1.1

// A part being written: its header fields (folded, each line ending in CRLF) and its body
// (transfer-encoded, with CRLF line breaks, without a final line break of its own).
struct Part
{
    QByteArray headers;
    QByteArray body;
};

struct EncodedBody
{
    QByteArray encoding;
    QByteArray data;
};

QByteArray field(QByteArrayView name, QByteArrayView value)
{
    MimeHeaderFolder folder(name);
    folder.add(value);
    return folder.finish();
}

QByteArray withCrlf(const QByteArray &lf)
{
    QByteArray out = lf;
    return out.replace("\n", "\r\n");
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// What decides the transfer encoding of text with LF line breaks.
struct TextShape
{
    bool ascii = true;
    bool controls = false; // NUL, CR and the other C0 controls but tab, DEL
    bool longLines = false;
    bool fromLines = false; // "From " at the start of a line: mbox files would mangle it
    qsizetype escapes = 0;  // octets that quoted-printable writes as =XX
};

TextShape shapeOf(QByteArrayView text)
{
    TextShape shape;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            shape.longLines = shape.longLines || i - lineStart > maxLineOctets;
            shape.fromLines = shape.fromLines || text.sliced(lineStart).startsWith("From ");
            lineStart = i + 1;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        const bool control = (c < 0x20 && c != '\t') || c == 0x7f;
        shape.ascii = shape.ascii && c < 0x80;
        shape.controls = shape.controls || control;
        shape.escapes += control || c >= 0x80 || c == '=';
    }
    return shape;
}

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8.decode(bytes)); // decode() is lazy: the conversion decodes
    return !utf8.hasError();
}

// An attached message as a message/rfc822 part may carry it: 7-bit lines of at most 998
// octets, in CRLF. A message/rfc822 part cannot be base64 (RFC 2046 5.2.1); one that is not
// 7-bit clean goes as a plain file instead.
std::optional<QByteArray> sevenBitMessage(const QByteArray &data)
{
    const QByteArray lf = QByteArray(data).replace("\r\n", "\n");
    const TextShape shape = shapeOf(lf);
    if (!shape.ascii || shape.controls || shape.longLines)
        return std::nullopt;
    return withCrlf(lf);
}

EncodedBody encodeText(const QByteArray &text, bool allow8Bit, bool *used8Bit)
{
    const TextShape shape = shapeOf(text);
    const bool lineSafe = !shape.controls && !shape.longLines && !shape.fromLines;
    if (lineSafe && shape.ascii)
        return {"7bit", withCrlf(text)};
    if (lineSafe && allow8Bit) {
        *used8Bit = true;
        return {"8bit", withCrlf(text)};
    }
    // Quoted-printable costs two more octets per escape, base64 a third of the whole.
    if (shape.escapes * 6 < text.size())
        return {"quoted-printable", MimeCodecs::encodeQuotedPrintable(text)};
    return {"base64", MimeCodecs::encodeBase64Lines(withCrlf(text))};
}

QByteArray randomToken(int length)
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray token(length, Qt::Uninitialized);
    for (char &c : token)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return token;
}

// "=_" cannot occur in quoted-printable or base64; the check covers the 7bit and 8bit parts.
QByteArray newBoundary(const QList<Part> &children)
{
    for (;;) {
        QByteArray boundary = "=_" + randomToken(28);
        bool clash = false;
        for (const Part &child : children)
            clash = clash || child.headers.contains(boundary) || child.body.contains(boundary);
        if (!clash)
            return boundary;
    }
}

Part multipart(QByteArrayView subtype, const QList<Part> &children)
{
    const QByteArray boundary = newBoundary(children);
    MimeHeaderFolder type("Content-Type");
    type.addParameterized(QByteArray("multipart/" + subtype.toByteArray()),
                          {{"boundary", QString::fromLatin1(boundary)}});
    Part part{type.finish(), {}};
    for (const Part &child : children)
        part.body += "--" + boundary + "\r\n" + child.headers + "\r\n" + child.body + "\r\n";
    part.body += "--" + boundary + "--";
    return part;
}

// The builder's state for one message: the options, the error, what the result must report.
class Writer
{
public:
    Writer(const MimeBuilder::Options &options, Error *error)
        : m_options(options)
        , m_error(error)
    {}

    std::optional<BuiltMessage> build(const OutgoingMessage &message);

private:
    bool fail(const QString &sentence)
    {
        *m_error = Error(Error::Category::Input, sentence);
        return false;
    }
    std::optional<MimeAddressSpec::AddressSpec> address(const QString &text, QByteArrayView in);
    bool writeMailboxes(QByteArrayView name, const QList<MimeMailbox> &boxes);
    bool writeIds(QByteArrayView name, const QStringList &ids);
    bool writeEnvelopeHeaders(const OutgoingMessage &message);
    bool writeExtraHeaders(const OutgoingMessage &message);
    bool addRecipients(const QList<MimeMailbox> &boxes);
    Part textPart(const QString &text, QByteArrayView subtype);
    std::optional<Part> attachmentPart(const OutgoingAttachment &attachment);
    std::optional<Part> body(const OutgoingMessage &message);

    MimeBuilder::Options m_options;
    Error *m_error;
    QByteArray m_headers;
    BuiltMessage m_result;
};

std::optional<MimeAddressSpec::AddressSpec> Writer::address(const QString &text, QByteArrayView in)
{
    std::optional<MimeAddressSpec::AddressSpec> spec = MimeAddressSpec::normalize(text);
    if (!spec) {
        fail(MimeBuilder::tr("\"%1\" in %2 is not an email address; write it like "
                             "ann@example.com.")
                 .arg(MimeHeaderFolder::withoutControls(text).left(300), QString::fromLatin1(in)));
        return std::nullopt;
    }
    m_result.needsSmtpUtf8 = m_result.needsSmtpUtf8 || spec->utf8LocalPart;
    return spec;
}

bool Writer::writeMailboxes(QByteArrayView name, const QList<MimeMailbox> &boxes)
{
    if (boxes.isEmpty())
        return true;
    MimeHeaderFolder folder(name);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const std::optional<MimeAddressSpec::AddressSpec> spec = address(boxes[i].address, name);
        if (!spec)
            return false;
        const QByteArray separator = i + 1 < boxes.size() ? "," : "";
        folder.addPhrase(boxes[i].name);
        if (MimeHeaderFolder::withoutControls(boxes[i].name).trimmed().isEmpty())
            folder.add(QByteArray(spec->address + separator));
        else
            folder.add(QByteArray('<' + spec->address + '>' + separator));
    }
    m_headers += folder.finish();
    return true;
}

bool Writer::writeIds(QByteArrayView name, const QStringList &ids)
{
    if (ids.isEmpty())
        return true;
    MimeHeaderFolder folder(name);
    for (const QString &id : ids) {
        if (!MimeMessageIds::isWritable(id))
            return fail(MimeBuilder::tr("The message identifier \"%1\" cannot be written into "
                                        "%2; leave it out.")
                            .arg(MimeHeaderFolder::withoutControls(id).left(300),
                                 QString::fromLatin1(name)));
        folder.add(QByteArray('<' + id.toLatin1() + '>'));
    }
    m_headers += folder.finish();
    return true;
}

bool Writer::writeEnvelopeHeaders(const OutgoingMessage &message)
{
    if (message.from.address.trimmed().isEmpty())
        return fail(MimeBuilder::tr("The message has no sender; set the From address."));
    const std::optional<MimeAddressSpec::AddressSpec> from = address(message.from.address, "From");
    if (!from)
        return false;
    m_result.sender = from->address;
    m_result.date = message.date.isValid() ? message.date : QDateTime::currentDateTime();
    m_result.messageId = message.messageId;
    if (m_result.messageId.isEmpty())
        m_result.messageId = QString::fromLatin1(randomToken(32) + '@' + from->domain);
    m_headers += field("Date", MimeDate::format(m_result.date));
    if (!writeMailboxes("From", {message.from}) || !writeMailboxes("Reply-To", message.replyTo))
        return false;
    if (message.to.isEmpty() && message.cc.isEmpty() && !message.bcc.isEmpty())
        m_headers += field("To", "undisclosed-recipients:;");
    if (!writeMailboxes("To", message.to) || !writeMailboxes("Cc", message.cc))
        return false;
    if (!MimeHeaderFolder::withoutControls(message.subject).trimmed().isEmpty()) {
        MimeHeaderFolder subject("Subject");
        subject.addText(message.subject);
        m_headers += subject.finish();
    }
    return writeIds("Message-ID", {m_result.messageId}) &&
           writeIds("In-Reply-To", message.inReplyTo) && writeIds("References", message.references);
}

bool Writer::writeExtraHeaders(const OutgoingMessage &message)
{
    for (const OutgoingHeader &header : message.extraHeaders) {
        const QByteArray name = OutgoingMessage::allowedExtraHeader(header.name);
        if (name.isEmpty())
            return fail(
                MimeBuilder::tr("Satchel does not add a header named \"%1\" to a "
                                "message; it can add %2.")
                    .arg(MimeHeaderFolder::withoutControls(
                             QString::fromLatin1(header.name.left(100))),
                         QString::fromLatin1(OutgoingMessage::allowedExtraHeaders().join(", "))));
        if (MimeHeaderFolder::withoutControls(header.value).trimmed().isEmpty())
            continue;
        MimeHeaderFolder folder(name);
        folder.addText(header.value);
        m_headers += folder.finish();
    }
    return true;
}

bool Writer::addRecipients(const QList<MimeMailbox> &boxes)
{
    for (const MimeMailbox &box : boxes) {
        const std::optional<MimeAddressSpec::AddressSpec> spec = address(box.address, "Bcc");
        if (!spec)
            return false;
        if (!m_result.recipients.contains(spec->address))
            m_result.recipients.append(spec->address);
    }
    return true;
}

Part Writer::textPart(const QString &text, QByteArrayView subtype)
{
    const bool flowed = subtype == "plain";
    QString lines = MimeText::normalizeLineBreaks(text);
    // Text ends with a line break, as mail text does: otherwise a reader of a single-part
    // message would find the CRLF that ends the message in the text.
    if (!lines.isEmpty() && !lines.endsWith(QLatin1Char('\n')))
        lines += QLatin1Char('\n');
    if (flowed)
        lines = MimeText::wrapFlowed(lines);
    const QByteArray bytes = lines.toUtf8();
    QList<QPair<QByteArray, QString>> parameters{
        {"charset", isAscii(bytes) ? QStringLiteral("us-ascii") : QStringLiteral("utf-8")}};
    if (flowed)
        parameters.append({"format", QStringLiteral("flowed")});
    MimeHeaderFolder type("Content-Type");
    type.addParameterized(QByteArray("text/" + subtype.toByteArray()), parameters);
    const EncodedBody encoded = encodeText(bytes, m_options.allow8Bit, &m_result.needs8BitMime);
    return {type.finish() + field("Content-Transfer-Encoding", encoded.encoding), encoded.data};
}

std::optional<Part> Writer::attachmentPart(const OutgoingAttachment &attachment)
{
    QString type = attachment.contentType.trimmed().toLower();
    if (type.isEmpty())
        type = QStringLiteral("application/octet-stream");
    if (!MimeParameterizedValue::isMimeType(type) || type.size() > 255) {
        fail(MimeBuilder::tr("\"%1\" is not a content type; write it like application/pdf.")
                 .arg(MimeHeaderFolder::withoutControls(attachment.contentType).left(300)));
        return std::nullopt;
    }
    const std::optional<QByteArray> message =
        type == QLatin1String("message/rfc822") ? sevenBitMessage(attachment.data) : std::nullopt;
    if (!message && (type.startsWith(QLatin1String("message/")) ||
                     type.startsWith(QLatin1String("multipart/"))))
        type = QStringLiteral("application/octet-stream");
    const EncodedBody encoded =
        message ? EncodedBody{"7bit", *message}
                : EncodedBody{"base64", MimeCodecs::encodeBase64Lines(attachment.data)};
    // Readers trim file names (Python does); spaces around one are never meant.
    const QString fileName = MimeHeaderFolder::withoutControls(attachment.fileName).trimmed();
    QList<QPair<QByteArray, QString>> typeParameters;
    QList<QPair<QByteArray, QString>> dispositionParameters;
    // A text file's charset, when it is not ASCII but valid UTF-8, spares readers a guess.
    if (type.startsWith(QLatin1String("text/")) && !isAscii(attachment.data) &&
        isUtf8(attachment.data))
        typeParameters.append({"charset", QStringLiteral("utf-8")});
    if (!fileName.isEmpty()) {
        typeParameters.append({"name", fileName});
        dispositionParameters.append({"filename", fileName});
    }
    MimeHeaderFolder typeField("Content-Type");
    typeField.addParameterized(type.toLatin1(), typeParameters);
    MimeHeaderFolder disposition("Content-Disposition");
    disposition.addParameterized("attachment", dispositionParameters);
    return Part{typeField.finish() + disposition.finish() +
                    field("Content-Transfer-Encoding", encoded.encoding),
                encoded.data};
}

std::optional<Part> Writer::body(const OutgoingMessage &message)
{
    const QString text = message.text.isEmpty() && !message.html.isEmpty()
                             ? MimeText::htmlToText(message.html) + QLatin1Char('\n')
                             : message.text;
    Part body = textPart(text, "plain");
    if (!message.html.isEmpty())
        body = multipart("alternative", {body, textPart(message.html, "html")});
    if (message.attachments.isEmpty())
        return body;
    QList<Part> parts{body};
    for (const OutgoingAttachment &attachment : message.attachments) {
        const std::optional<Part> part = attachmentPart(attachment);
        if (!part)
            return std::nullopt;
        parts.append(*part);
    }
    return multipart("mixed", parts);
}

std::optional<BuiltMessage> Writer::build(const OutgoingMessage &message)
{
    if (!writeEnvelopeHeaders(message) || !writeExtraHeaders(message) ||
        !addRecipients(message.to) || !addRecipients(message.cc) || !addRecipients(message.bcc))
        return std::nullopt;
    const std::optional<Part> top = body(message);
    if (!top)
        return std::nullopt;
    m_result.data = m_headers + "MIME-Version: 1.0\r\n" + top->headers + "\r\n" + top->body;
    if (!m_result.data.endsWith("\r\n"))
        m_result.data += "\r\n";
    return m_result;
}

} // namespace

std::optional<BuiltMessage> MimeBuilder::build(const OutgoingMessage &message, Error *error)
{
    return build(message, error, Options());
}

std::optional<BuiltMessage> MimeBuilder::build(const OutgoingMessage &message, Error *error,
                                               const Options &options)
{
    return Writer(options, error).build(message);
}

} // namespace Satchel
