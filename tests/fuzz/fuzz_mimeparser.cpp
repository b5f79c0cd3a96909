// Fuzzes the MIME parser: the input is a whole message (POP3 download, .eml file), parsed with
// the default limits and with small ones; and, as header text, fed to each field parser. Beyond
// "no crash, no leak, no UB, no hang" it checks that
// - every part lies inside its source, and the tree respects the depth and part limits;
// - a part's size is what body() decodes (the size is counted without decoding);
// - the warnings are bounded, and each has a sentence;
// - the message's text, HTML and attachments are parts of the tree;
// - parsing is deterministic;
// - a reply to the message and a forward of it (ReplyBuilder) build, or are refused with an
//   Input error; a reply built names the message's Message-ID in In-Reply-To and quotes every
//   line, and its References are within the limit.
// - a preview, of the message or of any cut of a part, is one line of at most its length.

#include "fuzzcheck.h"
#include "mime/mimeaddress.h"
#include "mime/mimebuilder.h"
#include "mime/mimecodecs.h"
#include "mime/mimedate.h"
#include "mime/mimeencodedwords.h"
#include "mime/mimemessage.h"
#include "mime/mimemessageids.h"
#include "mime/mimeparams.h"
#include "mime/mimepreview.h"
#include "mime/mimetext.h"
#include "mime/replybuilder.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Satchel;

namespace {

struct TreeStats
{
    int parts = 0;
    int depth = 0;
    QSet<const MimePart *> all;
};

void checkPart(const MimePart &part, int depth, TreeStats *stats)
{
    ++stats->parts;
    stats->depth = qMax(stats->depth, depth);
    stats->all.insert(&part);
    FUZZ_CHECK(part.offset >= 0 && part.offset <= part.bodyOffset);
    FUZZ_CHECK(part.bodyLength >= 0);
    FUZZ_CHECK(part.bodyOffset + part.bodyLength <= part.source.size());
    FUZZ_CHECK(!part.contentType.isEmpty() && part.contentType == part.contentType.toLower());
    FUZZ_CHECK(part.contentType.count(QLatin1Char('/')) == 1);
    if (part.children.isEmpty() || !part.isMultipart())
        FUZZ_CHECK(part.size == part.body().size());
    FUZZ_CHECK(part.decodedSize() == part.body().size());
    if (!part.text.isEmpty())
        FUZZ_CHECK(part.isText() && !part.text.contains(QLatin1Char('\r')));
    for (const MimePart &child : part.children)
        checkPart(child, depth + 1, stats);
}

void checkPreview(const QString &preview)
{
    FUZZ_CHECK(preview.size() <= MimePreview::maxLength);
    FUZZ_CHECK(!preview.contains(QLatin1Char('\n')) && preview == preview.trimmed());
}

QStringList shape(const MimePart &part)
{
    QStringList result{part.contentType + QLatin1Char(' ') + QString::number(part.size)};
    for (const MimePart &child : part.children)
        result += shape(child);
    return result;
}

void checkMessage(const QByteArray &input, const MimeLimits &limits)
{
    const MimeMessage message = MimeMessage::parse(input, limits);
    TreeStats stats;
    checkPart(message.root(), 0, &stats);
    FUZZ_CHECK(stats.depth <= limits.maxDepth);
    FUZZ_CHECK(stats.parts <= limits.maxParts);
    FUZZ_CHECK(message.warnings().size() <= MimeWarning::maxWarnings);
    for (const MimeWarning &warning : message.warnings())
        FUZZ_CHECK(!warning.message().isEmpty());
    if (const MimePart *plain = message.plainTextPart())
        FUZZ_CHECK(stats.all.contains(plain) && plain->subType() == QLatin1String("plain"));
    if (const MimePart *html = message.htmlPart())
        FUZZ_CHECK(stats.all.contains(html) && html->subType() == QLatin1String("html"));
    for (const MimePart *attachment : message.attachments())
        FUZZ_CHECK(stats.all.contains(attachment));
    (void)message.plainText();
    checkPreview(MimePreview::fromMessage(message));
    (void)MimeAddress::formatList(message.from());
    FUZZ_CHECK(shape(MimeMessage::parse(input, limits).root()) == shape(message.root()));
}

void checkReplies(const QByteArray &input)
{
    const MimeMessage message = MimeMessage::parse(input);
    const MimeMailbox me{QStringLiteral("Me"), QStringLiteral("me@example.test")};
    const OutgoingMessage reply = ReplyBuilder::reply(message, me, ReplyBuilder::Mode::ReplyAll);
    FUZZ_CHECK(reply.references.size() <= OutgoingMessage::maxReferences);
    FUZZ_CHECK(reply.subject.startsWith(QLatin1String("Re: ")));
    const QString quoted = reply.text.section(QLatin1Char('\n'), 3);
    for (const QString &line : quoted.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        FUZZ_CHECK(line.startsWith(QLatin1Char('>')));
    const OutgoingMessage drafts[] = {reply, ReplyBuilder::forward(message, me)};
    for (const OutgoingMessage &draft : drafts) {
        Error error;
        const std::optional<BuiltMessage> built = MimeBuilder::build(draft, &error);
        if (!built) {
            FUZZ_CHECK(error.category() == Error::Category::Input && !error.message().isEmpty());
            continue;
        }
        FUZZ_CHECK(MimeMessage::parse(built->data).inReplyTo() == draft.inReplyTo);
    }
}

void checkFields(const QByteArray &input)
{
    for (const char *encoding : {"base64", "quoted-printable", "8bit"}) {
        for (const bool html : {false, true}) {
            checkPreview(MimePreview::fromChunk(input, encoding, "utf-8", html, true));
            checkPreview(MimePreview::fromChunk(input, encoding, "shift_jis", html, true));
        }
    }
    QList<MimeWarning> warnings;
    (void)MimeEncodedWords::decode(input, &warnings);
    const QList<MimeAddress> addresses = MimeAddress::parseList(input, &warnings);
    for (const MimeMailbox &box : MimeAddress::mailboxes(addresses))
        FUZZ_CHECK(!box.name.isEmpty() || !box.address.isEmpty());
    (void)MimeParameterizedValue::parse(input, &warnings);
    (void)MimeMessageIds::parse(input);
    const QDateTime date = MimeDate::parse(input);
    FUZZ_CHECK(!date.isValid() ||
               MimeDate::parse(date.toString(Qt::RFC2822Date).toLatin1()) == date);
    FUZZ_CHECK(warnings.size() <= MimeWarning::maxWarnings);

    bool invalid = false;
    FUZZ_CHECK(MimeCodecs::decodeBase64(input, nullptr, &invalid) ==
               MimeCodecs::decodeBase64(input).size());
    FUZZ_CHECK(MimeCodecs::decodeQuotedPrintable(input, nullptr, &invalid) ==
               MimeCodecs::decodeQuotedPrintable(input).size());
    const QString text = QString::fromUtf8(input);
    (void)MimeText::htmlToText(text);
    (void)MimeText::unwrapFlowed(MimeText::normalizeLineBreaks(text), true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkMessage(input, MimeLimits());
    MimeLimits small;
    small.maxDepth = 3;
    small.maxParts = 8;
    small.maxHeadersPerPart = 4;
    small.maxHeaders = 10;
    small.maxHeaderBytes = 64;
    checkMessage(input, small);
    if (size <= 4096) {
        checkFields(input);
        checkReplies(input);
    }
    return 0;
}
