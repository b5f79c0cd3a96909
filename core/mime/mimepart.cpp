#include "mimepart.h"

#include "mimecharset.h"
#include "mimecodecs.h"
#include "mimetext.h"

namespace Satchel {

namespace {

// The type before the first '/': the whole string when there is none.
QStringView mainTypeOf(const QString &contentType)
{
    const qsizetype slash = contentType.indexOf(QLatin1Char('/'));
    return slash < 0 ? QStringView(contentType) : QStringView(contentType).first(slash);
}

} // namespace

QString MimePart::mainType() const
{
    return mainTypeOf(contentType).toString();
}

QString MimePart::subType() const
{
    const qsizetype slash = contentType.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : contentType.mid(slash + 1);
}

bool MimePart::isMultipart() const
{
    return mainTypeOf(contentType) == QLatin1String("multipart");
}

bool MimePart::isMessage() const
{
    return (contentType == QLatin1String("message/rfc822") ||
            contentType == QLatin1String("message/global")) &&
           !children.isEmpty();
}

bool MimePart::isText() const
{
    return mainTypeOf(contentType) == QLatin1String("text");
}

bool MimePart::isAttachment() const
{
    return disposition == QLatin1String("attachment");
}

QString MimePart::charset() const
{
    return parameters.value(QStringLiteral("charset"));
}

QByteArray MimePart::body(bool *invalid) const
{
    const QByteArrayView encoded = QByteArrayView(source).sliced(bodyOffset, bodyLength);
    if (!isMultipart() && transferEncoding == QLatin1String("base64"))
        return MimeCodecs::decodeBase64(encoded, invalid);
    if (!isMultipart() && transferEncoding == QLatin1String("quoted-printable"))
        return MimeCodecs::decodeQuotedPrintable(encoded, invalid);
    return encoded.toByteArray();
}

qsizetype MimePart::decodedSize(bool *invalid) const
{
    const QByteArrayView encoded = QByteArrayView(source).sliced(bodyOffset, bodyLength);
    if (!isMultipart() && transferEncoding == QLatin1String("base64"))
        return MimeCodecs::decodeBase64(encoded, nullptr, invalid);
    if (!isMultipart() && transferEncoding == QLatin1String("quoted-printable"))
        return MimeCodecs::decodeQuotedPrintable(encoded, nullptr, invalid);
    return bodyLength;
}

QString MimePart::decodeText(QList<MimeWarning> *warnings) const
{
    return decodeText(body(), warnings);
}

QString MimePart::decodeText(const QByteArray &decodedBody, QList<MimeWarning> *warnings) const
{
    // No charset means US-ASCII, which often is not: decodeUndeclared reads what it really is.
    const QString name = charset();
    QString decoded = MimeText::normalizeLineBreaks(
        name.isEmpty() ? MimeCharset::decodeUndeclared(decodedBody)
                       : MimeCharset::decode(decodedBody, name.toLatin1(), warnings));
    if (contentType == QLatin1String("text/plain") &&
        parameters.value(QStringLiteral("format"))
                .compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0) {
        const bool delSp = parameters.value(QStringLiteral("delsp"))
                               .compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        decoded = MimeText::unwrapFlowed(decoded, delSp);
    }
    return decoded;
}

QByteArray MimePart::raw() const
{
    return source.mid(offset, bodyOffset + bodyLength - offset);
}

} // namespace Satchel
