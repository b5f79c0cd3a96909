#include "mimeheaderfolder.h"

#include "mimeaddress.h"
#include "mimecodecs.h"
#include "mimeparams.h"

namespace Satchel {

namespace {

constexpr qsizetype maxLine = 78;
constexpr qsizetype maxEncodedWord = 75;      // RFC 2047 2
constexpr qsizetype encodedWordOverhead = 12; // "=?UTF-8?Q?" and "?="
// Below this room a line takes no encoded word: the largest character needs 12 octets in Q.
constexpr qsizetype minEncodedWord = 26;

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

qsizetype codePointLength(QStringView text, qsizetype i)
{
    return text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2 : 1;
}

qsizetype encodedLength(QByteArrayView bytes, bool base64)
{
    return base64 ? (bytes.size() + 2) / 3 * 4 : MimeCodecs::encodedQLength(bytes);
}

QByteArray encodedWord(QByteArrayView bytes, bool base64)
{
    const QByteArray text = base64 ? QByteArray::fromRawData(bytes.data(), bytes.size()).toBase64()
                                   : MimeCodecs::encodeQ(bytes);
    return QByteArray("=?UTF-8?") + (base64 ? "B?" : "Q?") + text + "?=";
}

QByteArray quotedString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + escaped.toLatin1() + '"';
}

// One parameter as "name=value", or as RFC 2231 sections when the value is not short ASCII.
QList<QByteArray> parameterPieces(const QByteArray &name, const QString &value)
{
    // Each piece is written after a space and before a ';'.
    constexpr qsizetype room = maxLine - 2;
    // A quoted value that looks like an encoded word would be decoded by many readers.
    if (isAscii(value) && !value.contains(QLatin1String("=?"))) {
        const QByteArray plain =
            name + '=' +
            (MimeParameterizedValue::isToken(value) ? value.toLatin1() : quotedString(value));
        if (plain.size() <= room)
            return {plain};
    }
    const QByteArray charset = "utf-8''";
    const QByteArray single = name + "*=" + charset + MimeCodecs::encodePercent(value.toUtf8());
    if (single.size() <= room)
        return {single};
    QList<QByteArray> pieces;
    QByteArray piece;
    const auto start = [&] {
        piece = name + '*' + QByteArray::number(pieces.size()) + "*=";
        if (pieces.isEmpty())
            piece += charset;
    };
    start();
    const qsizetype emptyLength = piece.size();
    for (qsizetype i = 0; i < value.size();) {
        const qsizetype length = codePointLength(value, i);
        const QByteArray encoded = MimeCodecs::encodePercent(value.sliced(i, length).toUtf8());
        if (piece.size() + encoded.size() > room && piece.size() > emptyLength) {
            pieces.append(piece);
            start();
        }
        piece += encoded;
        i += length;
    }
    pieces.append(piece);
    return pieces;
}

// A word of unstructured text and the number of spaces before it.
struct TextWord
{
    qsizetype spaces = 0;
    QStringView word;
};

QList<TextWord> textWords(QStringView text)
{
    QList<TextWord> words;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype spaceStart = i;
        while (i < text.size() && text[i] == QLatin1Char(' '))
            ++i;
        const qsizetype wordStart = i;
        while (i < text.size() && text[i] != QLatin1Char(' '))
            ++i;
        words.append({wordStart - spaceStart, text.sliced(wordStart, i - wordStart)});
    }
    return words;
}

} // namespace

MimeHeaderFolder::MimeHeaderFolder(QByteArrayView name)
    : m_out(name.toByteArray() + ':')
{}

qsizetype MimeHeaderFolder::lineLength() const
{
    return m_out.size() - m_lineStart;
}

void MimeHeaderFolder::add(QByteArrayView piece)
{
    const bool fits = lineLength() + 1 + piece.size() <= maxLine;
    // Folding before the first piece only helps when the piece then fits.
    if (!fits && (m_hasPiece || 1 + piece.size() <= maxLine)) {
        m_out.append("\r\n");
        m_lineStart = m_out.size();
    }
    m_out.append(' ');
    m_out.append(piece);
    m_hasPiece = true;
}

void MimeHeaderFolder::addEncodedWords(QStringView text)
{
    const QByteArray bytes = text.toUtf8();
    const bool base64 = encodedLength(bytes, true) < encodedLength(bytes, false);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype room = maxLine - lineLength() - 1;
        const qsizetype budget =
            (room >= minEncodedWord ? qMin(room, maxEncodedWord) : maxEncodedWord) -
            encodedWordOverhead;
        // Whole characters only: a word never ends inside a UTF-8 sequence.
        qsizetype end = pos + codePointLength(text, pos);
        while (end < text.size()) {
            const qsizetype next = end + codePointLength(text, end);
            if (encodedLength(text.sliced(pos, next - pos).toUtf8(), base64) > budget)
                break;
            end = next;
        }
        add(encodedWord(text.sliced(pos, end - pos).toUtf8(), base64));
        pos = end;
    }
}

void MimeHeaderFolder::addText(const QString &text)
{
    const QString clean = withoutControls(text).trimmed();
    const QList<TextWord> words = textWords(clean);
    const auto needsEncoding = [](const TextWord &word) {
        return !isAscii(word.word) || word.word.contains(QLatin1String("=?")) ||
               qMax<qsizetype>(word.spaces - 1, 0) + word.word.size() > maxLine - 1;
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        // One space before a piece is the separator; more are part of the piece.
        QString piece(qMax<qsizetype>(words[i].spaces - 1, 0), QLatin1Char(' '));
        piece += words[i].word;
        if (!needsEncoding(words[i])) {
            add(piece.toLatin1());
            continue;
        }
        // Whitespace between adjacent encoded words is not text: a run of words that need
        // encoding goes into one sequence of encoded words, its spaces encoded too.
        while (i + 1 < words.size() && needsEncoding(words[i + 1])) {
            ++i;
            piece += QString(words[i].spaces, QLatin1Char(' ')) + words[i].word;
        }
        addEncodedWords(piece);
    }
}

void MimeHeaderFolder::addPhrase(const QString &phrase)
{
    const QString name = withoutControls(phrase).simplified();
    if (name.isEmpty())
        return;
    if (isAscii(name) && !name.contains(QLatin1String("=?"))) {
        const QStringList pieces = MimeMailbox::quotedName(name).split(QLatin1Char(' '));
        bool short_ = true;
        for (const QString &piece : pieces)
            short_ = short_ && piece.size() < maxLine;
        if (short_) {
            for (const QString &piece : pieces)
                add(piece.toLatin1());
            return;
        }
    }
    addEncodedWords(name);
}

void MimeHeaderFolder::addParameterized(QByteArrayView value,
                                        const QList<QPair<QByteArray, QString>> &params)
{
    QList<QByteArray> pieces{value.toByteArray()};
    for (const auto &[name, text] : params)
        pieces += parameterPieces(name, withoutControls(text));
    for (qsizetype i = 0; i < pieces.size(); ++i)
        add(i + 1 < pieces.size() ? pieces[i] + ';' : pieces[i]);
}

QByteArray MimeHeaderFolder::finish() const
{
    return m_out + "\r\n";
}

QString MimeHeaderFolder::withoutControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool inRun = false;
    for (const QChar c : text) {
        const bool control = isControl(c);
        if (!control)
            out.append(c);
        else if (!inRun)
            out.append(QLatin1Char(' '));
        inRun = control;
    }
    return out;
}

} // namespace Satchel
