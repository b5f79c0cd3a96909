#include "mimeencodedwords.h"

#include "mimecharset.h"
#include "mimecodecs.h"

namespace Satchel::MimeEncodedWords {

namespace {

constexpr qsizetype maxCharsetLength = 100;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Finds the next '?' from pos, failing on whitespace or after limit characters.
qsizetype nextQuestionMark(QByteArrayView raw, qsizetype pos, qsizetype limit)
{
    const qsizetype end = qMin(raw.size(), pos + limit);
    for (qsizetype i = pos; i < end; ++i) {
        if (raw[i] == '?')
            return i;
        if (isWhitespace(raw[i]))
            return -1;
    }
    return -1;
}

struct Word
{
    QByteArray charset;
    QByteArray bytes;
};

// Decodes one syntactically complete encoded word; false when its content is unusable.
bool decodeWord(QByteArrayView word, Word *result)
{
    const qsizetype charsetEnd = word.indexOf('?', 2);
    QByteArrayView charset = word.sliced(2, charsetEnd - 2);
    const qsizetype star = charset.indexOf('*'); // RFC 2231: charset*language
    if (star >= 0)
        charset = charset.first(star);
    const char encoding = word[charsetEnd + 1];
    const QByteArrayView text = word.sliced(charsetEnd + 3, word.size() - charsetEnd - 5);
    if (charset.isEmpty())
        return false;
    bool invalid = false;
    if (encoding == 'B' || encoding == 'b')
        result->bytes = MimeCodecs::decodeBase64(text, &invalid);
    else if (encoding == 'Q' || encoding == 'q')
        result->bytes = MimeCodecs::decodeQ(text); // a stray "=" is kept, as everyone does
    else
        return false;
    result->charset = charset.toByteArray().toLower();
    return !invalid;
}

// Accumulates the decoded text: literal runs, pending whitespace, and the bytes of a run of
// adjacent encoded words in one charset.
class Decoder
{
public:
    explicit Decoder(QList<MimeWarning> *warnings)
        : m_warnings(warnings)
    {}

    void literal(QByteArrayView bytes)
    {
        flushWords();
        m_literal.append(m_space);
        m_space.clear();
        m_literal.append(bytes);
    }
    void space(char c) { m_space.append(c); }
    void word(const Word &word)
    {
        if (!m_literal.isEmpty() || !m_space.isEmpty()) {
            if (m_wordCharset.isEmpty()) {
                m_literal.append(m_space); // whitespace between words goes; before the first stays
            }
            m_space.clear();
            flushLiteral();
        }
        if (word.charset != m_wordCharset)
            flushWords();
        m_wordCharset = word.charset;
        m_wordBytes.append(word.bytes);
    }
    QString finish()
    {
        flushWords();
        m_literal.append(m_space);
        flushLiteral();
        return m_out;
    }

private:
    void flushLiteral()
    {
        m_out += MimeCharset::decodeUndeclared(m_literal);
        m_literal.clear();
    }
    void flushWords()
    {
        if (!m_wordCharset.isEmpty())
            m_out += MimeCharset::decode(m_wordBytes, m_wordCharset, m_warnings);
        m_wordCharset.clear();
        m_wordBytes.clear();
    }

    QList<MimeWarning> *m_warnings;
    QString m_out;
    QByteArray m_literal;
    QByteArray m_space;
    QByteArray m_wordCharset;
    QByteArray m_wordBytes;
};

} // namespace

qsizetype wordLength(QByteArrayView raw, qsizetype pos)
{
    if (pos + 1 >= raw.size() || raw[pos] != '=' || raw[pos + 1] != '?')
        return 0;
    const qsizetype charsetEnd = nextQuestionMark(raw, pos + 2, maxCharsetLength);
    if (charsetEnd < 0 || charsetEnd + 2 >= raw.size() || raw[charsetEnd + 2] != '?')
        return 0;
    // Encoded text never holds a '?', so the word ends at the next one, which must start "?=".
    const qsizetype textEnd = nextQuestionMark(raw, charsetEnd + 3, raw.size());
    if (textEnd < 0 || textEnd + 1 >= raw.size() || raw[textEnd + 1] != '=')
        return 0;
    return textEnd + 2 - pos;
}

QString decode(QByteArrayView raw, QList<MimeWarning> *warnings)
{
    Decoder decoder(warnings);
    qsizetype literalStart = 0;
    qsizetype i = 0;
    const auto flushLiteral = [&](qsizetype end) {
        if (end > literalStart)
            decoder.literal(raw.sliced(literalStart, end - literalStart));
    };
    while (i < raw.size()) {
        const char c = raw[i];
        if (isWhitespace(c)) {
            flushLiteral(i);
            if (c != '\r' && c != '\n') // line breaks left from folding are not text
                decoder.space(c);
            literalStart = ++i;
            continue;
        }
        const qsizetype length = wordLength(raw, i);
        Word word;
        if (length > 0 && decodeWord(raw.sliced(i, length), &word)) {
            flushLiteral(i);
            decoder.word(word);
            i += length;
            literalStart = i;
            continue;
        }
        if (length > 0) {
            MimeWarning::add(warnings, MimeWarning::Kind::InvalidEncodedWord,
                             QString::fromLatin1(raw.sliced(i, length)));
            i += length;
            continue;
        }
        ++i;
    }
    flushLiteral(i);
    return decoder.finish();
}

} // namespace Satchel::MimeEncodedWords
