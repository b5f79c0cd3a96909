#include "mimemessage.h"

#include "mimedate.h"
#include "mimeencodedwords.h"
#include "mimemessageids.h"
#include "mimeparser.h"
#include "mimetext.h"

namespace Satchel {

namespace {

// The body part of the given text subtype, found as Python's email get_body() and most clients
// do: not in attachments nor attached messages, and in multipart/related only in its start part.
const MimePart *findBody(const MimePart &part, QLatin1String subtype)
{
    if (part.isAttachment())
        return nullptr;
    if (part.isText())
        return part.subType() == subtype ? &part : nullptr;
    if (!part.isMultipart())
        return nullptr;
    if (part.subType() == QLatin1String("related") && !part.children.isEmpty()) {
        const QString startId =
            MimeMessageIds::parseOne(part.parameters.value(QStringLiteral("start")).toUtf8());
        for (const MimePart &child : part.children) {
            if (!startId.isEmpty() && child.contentId == startId)
                return findBody(child, subtype);
        }
        return findBody(part.children.first(), subtype);
    }
    for (const MimePart &child : part.children) {
        if (const MimePart *found = findBody(child, subtype))
            return found;
    }
    return nullptr;
}

void collectAttachments(const MimePart &part, bool inAlternative, const MimePart *plain,
                        const MimePart *html, QList<const MimePart *> *out)
{
    if (part.isMultipart() && !part.children.isEmpty()) {
        const bool alternative = part.subType() == QLatin1String("alternative");
        for (const MimePart &child : part.children)
            collectAttachments(child, alternative, plain, html, out);
        return;
    }
    if (&part == plain || &part == html)
        return;
    const bool bodyText = part.isText() && !part.isAttachment() && part.filename.isEmpty();
    if (bodyText && (inAlternative || part.text.trimmed().isEmpty()))
        return;
    out->append(&part);
}

} // namespace

MimeMessage::MimeMessage(MimePart root, QList<MimeWarning> warnings)
    : m_root(std::move(root))
    , m_warnings(std::move(warnings))
{
    readEnvelope();
}

MimeMessage MimeMessage::parse(const QByteArray &source, const MimeLimits &limits)
{
    MimeParser parser(limits);
    MimePart root = parser.parse(source);
    return MimeMessage(std::move(root), parser.warnings());
}

QList<MimeAddress> MimeMessage::addresses(QByteArrayView name)
{
    return MimeAddress::parseList(m_root.headers.value(name), &m_warnings);
}

void MimeMessage::readEnvelope()
{
    const MimeHeaders &headers = m_root.headers;
    m_subject = MimeEncodedWords::decode(headers.value("Subject"), &m_warnings);
    m_from = addresses("From");
    m_to = addresses("To");
    m_cc = addresses("Cc");
    m_replyTo = addresses("Reply-To");
    const QByteArray date = headers.value("Date");
    m_date = MimeDate::parse(date);
    if (!date.isEmpty() && !m_date.isValid())
        MimeWarning::add(&m_warnings, MimeWarning::Kind::InvalidDate,
                         QString::fromLatin1(date.left(60)));
    m_messageId = MimeMessageIds::parseOne(headers.value("Message-ID"));
    m_inReplyTo = MimeMessageIds::parse(headers.value("In-Reply-To"));
    m_references = MimeMessageIds::parse(headers.value("References"));
}

const MimePart *MimeMessage::plainTextPart() const
{
    return findBody(m_root, QLatin1String("plain"));
}

const MimePart *MimeMessage::htmlPart() const
{
    return findBody(m_root, QLatin1String("html"));
}

QString MimeMessage::plainText() const
{
    if (const MimePart *plain = plainTextPart())
        return plain->text;
    if (const MimePart *html = htmlPart())
        return MimeText::htmlToText(html->text);
    return {};
}

QString MimeMessage::html() const
{
    const MimePart *part = htmlPart();
    return part ? part->text : QString();
}

QList<const MimePart *> MimeMessage::attachments() const
{
    QList<const MimePart *> result;
    collectAttachments(m_root, false, plainTextPart(), htmlPart(), &result);
    return result;
}

} // namespace Satchel
