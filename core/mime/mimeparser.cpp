#include "mimeparser.h"

#include "mimemessageids.h"
#include "mimeparams.h"

namespace Satchel {

namespace {

bool isFoldingSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

MimeParser::MimeParser(const MimeLimits &limits)
    : m_limits(limits)
{}

MimePart MimeParser::parse(const QByteArray &source)
{
    m_warnings.clear();
    m_parts = 0;
    m_headersLeft = m_limits.maxHeaders;
    return parsePart(source, 0, source.size(), 0, false);
}

MimePart MimeParser::parsePart(const QByteArray &source, qsizetype begin, qsizetype end, int depth,
                               bool inDigest)
{
    ++m_parts;
    MimePart part;
    part.source = source; // shared, not copied
    part.offset = begin;
    part.bodyOffset = part.headers.parse(source, begin, end, m_limits, &m_headersLeft, &m_warnings);
    part.bodyLength = end - part.bodyOffset;
    readContentHeaders(&part, inDigest);
    const bool message = part.contentType == QLatin1String("message/rfc822") ||
                         part.contentType == QLatin1String("message/global");
    if ((part.isMultipart() || message) && depth >= m_limits.maxDepth)
        MimeWarning::add(&m_warnings, MimeWarning::Kind::TooDeep,
                         QString::number(m_limits.maxDepth));
    else if (part.isMultipart())
        parseMultipart(&part, depth);
    else if (message)
        parseMessage(&part, depth);
    if (part.children.isEmpty())
        finishLeaf(&part);
    return part;
}

void MimeParser::readContentHeaders(MimePart *part, bool inDigest)
{
    readContentType(part, inDigest);
    const MimeParameterizedValue disposition =
        MimeParameterizedValue::parse(part->headers.value("Content-Disposition"), &m_warnings);
    part->disposition = disposition.value;
    part->filename = disposition.parameters.value(QStringLiteral("filename"));
    if (part->filename.isEmpty())
        part->filename = part->parameters.value(QStringLiteral("name"));
    part->contentId = MimeMessageIds::parseOne(part->headers.value("Content-ID"));
    readTransferEncoding(part);
}

void MimeParser::readContentType(MimePart *part, bool inDigest)
{
    // RFC 2046 5.1.5: in a digest, a part without Content-Type is a message.
    const QString fallback =
        inDigest ? QStringLiteral("message/rfc822") : QStringLiteral("text/plain");
    if (!part->headers.contains("Content-Type")) {
        part->contentType = fallback;
        return;
    }
    const QByteArray raw = part->headers.value("Content-Type");
    MimeParameterizedValue type = MimeParameterizedValue::parse(raw, &m_warnings);
    part->parameters = type.parameters;
    if (MimeParameterizedValue::isMimeType(type.value)) {
        part->contentType = type.value;
        return;
    }
    MimeWarning::add(&m_warnings, MimeWarning::Kind::InvalidContentType,
                     QString::fromLatin1(raw.left(60)));
    part->contentType = QStringLiteral("text/plain");
}

void MimeParser::readTransferEncoding(MimePart *part)
{
    const MimeParameterizedValue encoding = MimeParameterizedValue::parse(
        part->headers.value("Content-Transfer-Encoding"), &m_warnings);
    part->transferEncoding = encoding.value.isEmpty() ? QStringLiteral("7bit") : encoding.value;
    static const QStringList known = {QStringLiteral("7bit"), QStringLiteral("8bit"),
                                      QStringLiteral("binary"), QStringLiteral("base64"),
                                      QStringLiteral("quoted-printable")};
    if (!known.contains(part->transferEncoding))
        MimeWarning::add(&m_warnings, MimeWarning::Kind::UnknownTransferEncoding,
                         part->transferEncoding);
}

bool MimeParser::roomForAnotherPart()
{
    if (m_parts < m_limits.maxParts)
        return true;
    MimeWarning::add(&m_warnings, MimeWarning::Kind::TooManyParts,
                     QString::number(m_limits.maxParts));
    return false;
}

MimeParser::Delimiter MimeParser::findDelimiter(const MimePart &part, const QByteArray &delimiter,
                                                qsizetype from) const
{
    const QByteArrayView body =
        QByteArrayView(part.source).sliced(part.bodyOffset, part.bodyLength);
    for (qsizetype pos = from; pos < body.size();) {
        const qsizetype found = body.indexOf(delimiter, pos);
        if (found < 0)
            break;
        pos = found + 1;
        if (found > 0 && body[found - 1] != '\n')
            continue;
        Delimiter result;
        qsizetype i = found + delimiter.size();
        result.close = body.sliced(i).startsWith("--");
        if (result.close)
            i += 2;
        while (i < body.size() && isFoldingSpace(body[i])) // transport padding
            ++i;
        if (i < body.size() && body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n')
            ++i;
        if (i < body.size() && body[i] != '\n')
            continue; // "--boundary-and-more": another boundary that starts with this one
        result.lineStart = part.bodyOffset + found;
        result.next = part.bodyOffset + qMin(i + 1, body.size());
        return result;
    }
    return {};
}

void MimeParser::parseMultipart(MimePart *part, int depth)
{
    const QString boundary = part->parameters.value(QStringLiteral("boundary"));
    if (boundary.isEmpty()) {
        MimeWarning::add(&m_warnings, MimeWarning::Kind::MissingBoundaryParameter);
        part->contentType = QStringLiteral("text/plain");
        return;
    }
    const QByteArray delimiter = "--" + boundary.toLatin1();
    Delimiter current = findDelimiter(*part, delimiter, 0);
    if (current.lineStart < 0) {
        MimeWarning::add(&m_warnings, MimeWarning::Kind::BoundaryNotFound);
        part->contentType = QStringLiteral("text/plain");
        return;
    }
    const bool digest = part->contentType == QLatin1String("multipart/digest");
    const qsizetype bodyEnd = part->bodyOffset + part->bodyLength;
    while (!current.close && roomForAnotherPart()) {
        const Delimiter next = findDelimiter(*part, delimiter, current.next - part->bodyOffset);
        qsizetype end = bodyEnd;
        if (next.lineStart >= 0) {
            // The line break before a delimiter belongs to the delimiter (RFC 2046 5.1.1).
            end = next.lineStart;
            if (end > current.next && part->source.at(end - 1) == '\n')
                --end;
            if (end > current.next && part->source.at(end - 1) == '\r')
                --end;
        } else {
            MimeWarning::add(&m_warnings, MimeWarning::Kind::MissingFinalBoundary);
        }
        part->children.append(parsePart(part->source, current.next, end, depth + 1, digest));
        if (next.lineStart < 0)
            break;
        current = next;
    }
    part->size = part->bodyLength;
}

void MimeParser::parseMessage(MimePart *part, int depth)
{
    if (!roomForAnotherPart())
        return;
    // A message/rfc822 part must not be encoded (RFC 2046 5.2.1), but some writers do it.
    const bool encoded = part->transferEncoding == QLatin1String("base64") ||
                         part->transferEncoding == QLatin1String("quoted-printable");
    if (encoded) {
        const QByteArray decoded = part->body();
        part->children.append(parsePart(decoded, 0, decoded.size(), depth + 1, false));
        part->size = decoded.size();
    } else {
        part->children.append(parsePart(part->source, part->bodyOffset,
                                        part->bodyOffset + part->bodyLength, depth + 1, false));
        part->size = part->bodyLength;
    }
}

void MimeParser::finishLeaf(MimePart *part)
{
    // Text to show is decoded here anyway: its size comes from that; other parts are only counted.
    const bool readText = part->isText() && !part->isAttachment();
    bool invalid = false;
    QByteArray body;
    if (readText) {
        body = part->body(&invalid);
        part->size = body.size();
    } else {
        part->size = part->decodedSize(&invalid);
    }
    if (invalid && part->transferEncoding == QLatin1String("base64"))
        MimeWarning::add(&m_warnings, MimeWarning::Kind::InvalidBase64);
    else if (invalid)
        MimeWarning::add(&m_warnings, MimeWarning::Kind::InvalidQuotedPrintable);
    if (readText)
        part->text = part->decodeText(body, &m_warnings);
}

} // namespace Satchel
