#pragma once

#include <QList>
#include <QString>

namespace Satchel {

// Something wrong with a message that the parser worked around. The kind is for code and tests;
// message() is the sentence for a user. A message can be read despite its warnings.
struct MimeWarning
{
    enum class Kind
    {
        MissingHeaderSeparator,
        TooManyHeaders,
        HeaderTooLarge,
        MissingBoundaryParameter,
        BoundaryNotFound,
        MissingFinalBoundary,
        TooDeep,
        TooManyParts,
        InvalidBase64,
        InvalidQuotedPrintable,
        UnknownTransferEncoding,
        UnknownCharset,
        InvalidCharacters,
        InvalidEncodedWord,
        InvalidDate,
        InvalidAddress,
        InvalidContentType,
        InvalidParameter,
        TooManyWarnings
    };

    Kind kind = Kind::MissingHeaderSeparator;
    QString detail; // what it is about: a charset name, a header name, a part number…

    QString message() const;

    bool operator==(const MimeWarning &) const = default;

    // Adds a warning unless the same one is there already; the list stays short even for a
    // message with thousands of broken parts. Does nothing when warnings is null.
    static void add(QList<MimeWarning> *warnings, Kind kind, const QString &detail = {});

    static constexpr qsizetype maxWarnings = 100;
};

} // namespace Satchel
