#include "mimepreview.h"

#include "mimecharset.h"
#include "mimecodecs.h"
#include "mimemessage.h"
#include "mimetext.h"

#include <QStringList>

namespace Satchel::MimePreview {

namespace {

bool isSignatureSeparator(QStringView line)
{
    return line == QLatin1String("-- ") || line == QLatin1String("--");
}

// A quoted-printable escape cut after "=" or "=X" would stay as written.
QByteArrayView withoutPartialEscape(QByteArrayView chunk)
{
    const qsizetype equals = chunk.lastIndexOf('=');
    return equals >= 0 && equals >= chunk.size() - 2 ? chunk.first(equals) : chunk;
}

// A UTF-8 sequence cut short would decode as a replacement character, or make the whole chunk
// invalid UTF-8 where the charset is only a guess.
QByteArray withoutPartialUtf8(QByteArray bytes)
{
    for (qsizetype back = 1; back <= 4 && back <= bytes.size(); ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(bytes.size() - back));
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: the lead is further back
        const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        if (length > back)
            bytes.chop(back);
        break;
    }
    return bytes;
}

bool mayBeUtf8(QByteArrayView charset)
{
    const QByteArray name = charset.toByteArray().toLower();
    return name.isEmpty() || name == "utf-8" || name == "utf8" || name == "us-ascii";
}

QByteArray decodedBody(QByteArrayView chunk, QByteArrayView encoding, bool truncated)
{
    const QByteArray name = encoding.toByteArray().toLower();
    if (name == "base64")
        return MimeCodecs::decodeBase64(chunk); // a cut quantum still gives its whole bytes
    if (name == "quoted-printable")
        return MimeCodecs::decodeQuotedPrintable(truncated ? withoutPartialEscape(chunk) : chunk);
    return chunk.toByteArray();
}

} // namespace

QString fromText(const QString &text)
{
    QStringList kept;
    qsizetype length = 0;
    const QStringList lines = MimeText::normalizeLineBreaks(text).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (isSignatureSeparator(line) || length > maxLength)
            break;
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('>'))) {
            if (!kept.isEmpty() && kept.constLast().endsWith(QLatin1Char(':')))
                length -= kept.takeLast().size();
            continue;
        }
        if (trimmed.isEmpty())
            continue;
        kept.append(trimmed);
        length += trimmed.size() + 1;
    }
    QString preview = kept.join(QLatin1Char(' ')).simplified();
    if (preview.size() <= maxLength)
        return preview;
    const qsizetype space = preview.lastIndexOf(QLatin1Char(' '), maxLength);
    qsizetype cut = space > maxLength - 20 ? space : maxLength;
    if (preview.at(cut - 1).isHighSurrogate())
        --cut;
    preview.truncate(cut);
    return preview;
}

QString fromHtml(const QString &html)
{
    return fromText(MimeText::htmlToText(html));
}

QString fromChunk(QByteArrayView chunk, QByteArrayView encoding, QByteArrayView charset, bool html,
                  bool truncated)
{
    QByteArray bytes = decodedBody(chunk, encoding, truncated);
    if (truncated && mayBeUtf8(charset))
        bytes = withoutPartialUtf8(bytes);
    QList<MimeWarning> ignored;
    QString text = MimeCharset::decode(bytes, charset, &ignored);
    while (truncated && text.endsWith(QChar::ReplacementCharacter))
        text.chop(1); // a multi-byte character of another charset, cut short
    return html ? fromHtml(text) : fromText(text);
}

QString fromMessage(const MimeMessage &message)
{
    if (const MimePart *plain = message.plainTextPart())
        return fromText(plain->text);
    if (const MimePart *html = message.htmlPart())
        return fromHtml(html->text);
    return {};
}

} // namespace Satchel::MimePreview
