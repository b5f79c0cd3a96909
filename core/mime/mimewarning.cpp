#include "mimewarning.h"

#include <QCoreApplication>

namespace Satchel {

namespace {

struct Sentence
{
    MimeWarning::Kind kind;
    const char *text;
};

using Kind = MimeWarning::Kind;

// %1 is the warning's detail where the sentence has one.
constexpr Sentence sentences[] = {
    {Kind::MissingHeaderSeparator,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "A header line is malformed; the body is taken to start there.")},
    {Kind::TooManyHeaders,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "The message has too many header lines; the rest were ignored.")},
    {Kind::HeaderTooLarge, QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                                             "The headers are too large; the rest were ignored.")},
    {Kind::MissingBoundaryParameter,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "A multipart part has no boundary; it is shown as plain text.")},
    {Kind::BoundaryNotFound,
     QT_TRANSLATE_NOOP(
         "Satchel::MimeWarning",
         "The boundary of a multipart part never occurs; it is shown as plain text.")},
    {Kind::MissingFinalBoundary,
     QT_TRANSLATE_NOOP(
         "Satchel::MimeWarning",
         "A multipart part is missing its final boundary; the message may be cut off.")},
    {Kind::TooDeep,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "The parts are nested more than %1 levels deep; deeper parts are not "
                       "shown.")},
    {Kind::TooManyParts,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "The message has more than %1 parts; the rest are not shown.")},
    {Kind::InvalidBase64,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "A part has invalid base64 data; the invalid characters were skipped.")},
    {Kind::InvalidQuotedPrintable,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "A part has invalid quoted-printable data; it was kept as written.")},
    {Kind::UnknownTransferEncoding,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "The transfer encoding \"%1\" is unknown; the part is shown undecoded.")},
    {Kind::UnknownCharset,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "The charset \"%1\" is unknown; the text was decoded as UTF-8 or "
                       "Latin-1.")},
    {Kind::InvalidCharacters,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "Some text is not valid %1; the invalid bytes are shown as replacement "
                       "characters.")},
    {Kind::InvalidEncodedWord,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "A header has an invalid encoded word \"%1\"; it is shown as written.")},
    {Kind::InvalidDate,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning", "The date \"%1\" could not be understood.")},
    {Kind::InvalidAddress,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning", "The address \"%1\" is malformed.")},
    {Kind::InvalidContentType,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "The content type \"%1\" is malformed; the part is taken as plain text.")},
    {Kind::InvalidParameter,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning", "The header parameter \"%1\" is malformed.")},
    {Kind::TooManyWarnings,
     QT_TRANSLATE_NOOP("Satchel::MimeWarning",
                       "The message has more problems than are listed here.")},
};

} // namespace

QString MimeWarning::message() const
{
    for (const Sentence &sentence : sentences) {
        if (sentence.kind != kind)
            continue;
        QString text = QCoreApplication::translate("Satchel::MimeWarning", sentence.text);
        return text.contains(QLatin1String("%1")) ? text.arg(detail) : text;
    }
    return {};
}

void MimeWarning::add(QList<MimeWarning> *warnings, Kind kind, const QString &detail)
{
    if (!warnings)
        return;
    // A detail is for recognising the spot, not for carrying the message's bytes around.
    const MimeWarning warning{kind, detail.left(80)};
    if (warnings->contains(warning))
        return;
    if (warnings->size() < maxWarnings - 1)
        warnings->append(warning);
    else if (warnings->size() == maxWarnings - 1)
        warnings->append(MimeWarning{Kind::TooManyWarnings, {}});
}

} // namespace Satchel
