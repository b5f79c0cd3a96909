#pragma once

// Helpers shared by the MimeBuilder tests: a basic message, building with a logged refusal, the
// line rules every built message must keep, and texts in several scripts.

#include "mime/mimebuilder.h"
#include "mime/mimemessage.h"
#include "mime/mimetext.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

namespace Satchel::Test {

inline MimeMailbox box(const QString &name, const QString &address)
{
    return {name, address};
}

inline OutgoingMessage basic()
{
    OutgoingMessage message;
    message.from = box(QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"));
    message.to = {box(QString(), QStringLiteral("bob@example.test"))};
    message.subject = QStringLiteral("Hello");
    message.date = QDateTime(QDate(2024, 3, 1), QTime(10, 20, 30), Qt::OffsetFromUTC, 3600);
    message.text = QStringLiteral("Hello Bob.\n");
    return message;
}

inline BuiltMessage build(const OutgoingMessage &message, const MimeBuilder::Options &options = {})
{
    Error error;
    const std::optional<BuiltMessage> built = MimeBuilder::build(message, &error, options);
    if (!built)
        qWarning("build failed: %s", qPrintable(error.message()));
    return built.value_or(BuiltMessage());
}

inline QString refusal(const OutgoingMessage &message)
{
    Error error;
    const std::optional<BuiltMessage> built = MimeBuilder::build(message, &error);
    if (built)
        return QString();
    return error.category() == Error::Category::Input ? error.message()
                                                      : QStringLiteral("wrong category");
}

// The first line that breaks the rules, or an empty string: every line ends in CRLF, none is
// longer than 998 octets, header lines (all parts) no longer than headerLimit.
inline QString lineProblem(const QByteArray &data, qsizetype headerLimit = 78)
{
    if (!data.endsWith("\r\n"))
        return QStringLiteral("no CRLF at the end");
    bool inHeader = true;
    bool afterBoundary = false;
    qsizetype start = 0;
    int number = 1;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        if (newline < 0 || newline == start || data[newline - 1] != '\r')
            return QStringLiteral("line %1 does not end in CRLF").arg(number);
        const QByteArrayView line = QByteArrayView(data).sliced(start, newline - 1 - start);
        if (line.contains('\r'))
            return QStringLiteral("line %1 has a bare CR").arg(number);
        if (line.size() > 998)
            return QStringLiteral("line %1 has %2 octets").arg(number).arg(line.size());
        if (inHeader && line.size() > headerLimit)
            return QStringLiteral("header line %1 has %2 octets: %3")
                .arg(number)
                .arg(line.size())
                .arg(QString::fromUtf8(line));
        if (line.isEmpty())
            inHeader = false;
        // A part's headers follow its delimiter line.
        if (afterBoundary)
            inHeader = true;
        afterBoundary = line.startsWith("--=_") && !line.endsWith("--");
        start = newline + 1;
        ++number;
    }
    return QString();
}

inline QString warningText(const MimeMessage &message)
{
    QStringList sentences;
    for (const MimeWarning &warning : message.warnings())
        sentences.append(warning.message());
    return sentences.join(QLatin1Char(' '));
}

inline QList<QByteArray> headerNames(const MimePart &part)
{
    QList<QByteArray> names;
    for (const MimeHeader &header : part.headers.all())
        names.append(header.name);
    return names;
}

// Text as it is written: "\n" line breaks, and one at the end.
inline QString withFinalBreak(const QString &text)
{
    QString result = MimeText::normalizeLineBreaks(text);
    if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')))
        result += QLatin1Char('\n');
    return result;
}

// What the reader gets back from text after format=flowed: also no spaces before a hard break
// (but in "-- ").
inline QString flowedText(const QString &text)
{
    QStringList lines = withFinalBreak(text).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')) && line != QLatin1String("-- "))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n'));
}

// Whole code points, so that emoji are not cut into lone surrogates.
inline QString randomText(QRandomGenerator *random, const QString &alphabet, int length)
{
    const QList<uint> characters = alphabet.toUcs4();
    QList<uint> text;
    for (int i = 0; i < length; ++i)
        text.append(characters[random->bounded(int(characters.size()))]);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()), text.size());
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

inline const QString german =
    QStringLiteral("Grüße aus Köln, Jörg – “Zitat” und Öl für die Straße.");
inline const QString russian =
    QStringLiteral("Привет, мир! Съешь же ещё этих мягких французских булок.");
inline const QString japanese = QStringLiteral("日本語のテキストです。よろしくお願いします。");
inline const QString emoji =
    QStringLiteral("Party 🎉 time 👩‍👩‍👧 with 🇩🇪 flags 😀");

} // namespace Satchel::Test

Q_DECLARE_METATYPE(Satchel::OutgoingMessage)
