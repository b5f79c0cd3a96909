#include "mimetext.h"

#include <QStringList>

#include <iterator>

namespace Satchel::MimeText {

namespace {

QString quotePrefix(int depth)
{
    return depth > 0 ? QString(depth, QLatin1Char('>')) + QLatin1Char(' ') : QString();
}

// Collects text with whitespace collapsed: runs become one space, none at the start or end of a
// line, and at most one empty line in a row.
class TextBuilder
{
public:
    void append(QChar c)
    {
        if (c.isSpace()) {
            m_space = true;
            return;
        }
        if (m_space && !m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')))
            m_text += QLatin1Char(' ');
        m_space = false;
        m_text += c;
    }
    void append(const QString &text)
    {
        for (const QChar c : text)
            append(c);
    }
    void lineBreak(int maxEmpty = 1)
    {
        m_space = false;
        qsizetype breaks = 0;
        while (breaks < m_text.size() && m_text.at(m_text.size() - 1 - breaks) == QLatin1Char('\n'))
            ++breaks;
        if (!m_text.isEmpty() && breaks <= maxEmpty)
            m_text += QLatin1Char('\n');
    }
    QString text() const
    {
        QString text = m_text;
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        return text;
    }

private:
    QString m_text;
    bool m_space = false;
};

struct Entity
{
    const char *name;
    char16_t character;
};
constexpr Entity entities[] = {
    {"amp", u'&'},        {"lt", u'<'},         {"gt", u'>'},          {"quot", u'"'},
    {"apos", u'\''},      {"trade", u'\u2122'}, {"hellip", u'\u2026'}, {"mdash", u'\u2014'},
    {"ndash", u'\u2013'}, {"lsquo", u'\u2018'}, {"rsquo", u'\u2019'},  {"ldquo", u'\u201c'},
    {"rdquo", u'\u201d'}, {"bull", u'\u2022'},  {"euro", u'\u20ac'},   {"zwnj", u'\u200c'},
};

// HTML's names for U+00A0 to U+00FF, in order.
constexpr const char *latin1Entities[] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

// The character reference at pos ("&amp;", "&#233;", "&#xE9;"): its text and length, or 0.
qsizetype entityAt(const QString &html, qsizetype pos, QString *text)
{
    const qsizetype window = qMin<qsizetype>(12, html.size() - pos);
    const qsizetype found = QStringView(html).sliced(pos, window).indexOf(QLatin1Char(';'));
    if (found < 3)
        return 0;
    const qsizetype semicolon = pos + found;
    const QString name = html.mid(pos + 1, semicolon - pos - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex =
            name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return 0;
        const bool valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
        const char32_t character = valid ? char32_t(code) : char32_t(0xfffd);
        *text = QString::fromUcs4(&character, 1);
        return semicolon + 1 - pos;
    }
    for (const Entity &entity : entities) {
        if (name == QLatin1String(entity.name)) {
            *text = QString(QChar(entity.character));
            return semicolon + 1 - pos;
        }
    }
    for (std::size_t i = 0; i < std::size(latin1Entities); ++i) {
        if (name == QLatin1String(latin1Entities[i])) {
            // A soft hyphen is invisible; a no-break space is a space.
            *text = i == 0x0d ? QString() : QString(QChar(i == 0 ? u' ' : char16_t(0xa0 + i)));
            return semicolon + 1 - pos;
        }
    }
    return 0;
}

QString tagName(const QString &html, qsizetype pos, bool *closing)
{
    qsizetype i = pos + 1;
    *closing = i < html.size() && html[i] == QLatin1Char('/');
    if (*closing)
        ++i;
    const qsizetype start = i;
    while (i < html.size() && i - start < 16 && (html[i].isLetterOrNumber()))
        ++i;
    return html.mid(start, i - start).toLower();
}

// The end of a tag that starts at pos: after its first '>'. Quotes are not honoured: a '>' in
// an attribute value shows a little of the attribute, but a stray quote cannot hide the rest,
// and every character is looked at once.
qsizetype tagEnd(const QString &html, qsizetype pos)
{
    const qsizetype end = html.indexOf(QLatin1Char('>'), pos);
    return end < 0 ? html.size() : end + 1;
}

// '<' starts markup when a tag name, '/', '!' or '?' follows; "a < b" is text.
bool isMarkupStart(const QString &html, qsizetype pos)
{
    if (pos + 1 >= html.size())
        return false;
    const QChar next = html[pos + 1];
    return next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') ||
           next == QLatin1Char('?');
}

bool isBlock(const QString &name)
{
    static const QStringList blocks = {
        QStringLiteral("p"),      QStringLiteral("div"),     QStringLiteral("br"),
        QStringLiteral("li"),     QStringLiteral("tr"),      QStringLiteral("table"),
        QStringLiteral("ul"),     QStringLiteral("ol"),      QStringLiteral("blockquote"),
        QStringLiteral("pre"),    QStringLiteral("hr"),      QStringLiteral("h1"),
        QStringLiteral("h2"),     QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),     QStringLiteral("h6"),      QStringLiteral("dt"),
        QStringLiteral("dd"),     QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"), QStringLiteral("footer"),  QStringLiteral("address")};
    return blocks.contains(name);
}

bool hidesContent(const QString &name)
{
    // Not head: a missing </head> would hide the whole message.
    return name == QLatin1String("script") || name == QLatin1String("style") ||
           name == QLatin1String("title") || name == QLatin1String("template");
}

// Handles the markup at pos ("<…>"); returns where the text continues.
qsizetype skipMarkup(const QString &html, qsizetype pos, TextBuilder *out)
{
    if (html.mid(pos, 4) == QLatin1String("<!--")) {
        const qsizetype end = html.indexOf(QLatin1String("-->"), pos + 4);
        return end < 0 ? html.size() : end + 3;
    }
    bool closing = false;
    const QString name = tagName(html, pos, &closing);
    qsizetype end = tagEnd(html, pos);
    if (!closing && hidesContent(name)) {
        const qsizetype close = html.indexOf(QLatin1String("</") + name, end, Qt::CaseInsensitive);
        end = close < 0 ? html.size() : tagEnd(html, close);
    } else if (isBlock(name)) {
        out->lineBreak(name == QLatin1String("br") ? 1 : 0);
    } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
        out->append(QLatin1Char(' '));
    }
    return end;
}

// Where to cut a flowed line of content: after a run of spaces, so that the next line starts
// with a word, at most width characters in (or after the first word, when it is longer).
qsizetype flowedCut(QStringView content, qsizetype width)
{
    qsizetype cut = -1;
    for (qsizetype i = 1; i < content.size(); ++i) {
        if (content[i - 1] != QLatin1Char(' ') || content[i] == QLatin1Char(' '))
            continue;
        if (i == 3 && content.startsWith(QLatin1String("-- ")))
            continue; // a line "-- " would read as the signature separator, a hard break

        if (i > width && cut > 0)
            break;
        cut = i;
        if (i > width)
            break;
    }
    return cut;
}

void appendFlowedLine(QStringList *out, const QString &prefix, QStringView content, int depth)
{
    // Stuffing: a line that starts with a space, ">" or "From " would read differently.
    const bool stuff = depth == 0 && (content.startsWith(QLatin1Char(' ')) ||
                                      content.startsWith(QLatin1Char('>')) ||
                                      content.startsWith(QLatin1String("From ")));
    out->append(prefix + (stuff ? QStringLiteral(" ") : QString()) + content);
}

} // namespace

QString wrapFlowed(const QString &text)
{
    constexpr qsizetype preferred = 72;
    constexpr qsizetype maximum = 78;
    QStringList out;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        int depth = 0;
        while (depth < line.size() && line[depth] == QLatin1Char('>'))
            ++depth;
        QStringView content = line.sliced(depth);
        if (depth > 0 && content.startsWith(QLatin1Char(' ')))
            content = content.sliced(1);
        if (depth == 0 && content == QLatin1String("-- ")) {
            out.append(content.toString());
            continue;
        }
        while (content.endsWith(QLatin1Char(' ')))
            content.chop(1);
        const QString prefix =
            depth > 0 ? QString(depth, QLatin1Char('>')) + QLatin1Char(' ') : QString();
        if (content.isEmpty()) {
            out.append(prefix.trimmed());
            continue;
        }
        const qsizetype width = qMax<qsizetype>(preferred - prefix.size() - 1, 20);
        while (content.size() > maximum - prefix.size() - 1) {
            const qsizetype cut = flowedCut(content, width);
            if (cut < 0)
                break;
            appendFlowedLine(&out, prefix, content.first(cut), depth);
            content = content.sliced(cut);
        }
        appendFlowedLine(&out, prefix, content, depth);
    }
    return out.join(QLatin1Char('\n'));
}

QString normalizeLineBreaks(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result;
}

QString unwrapFlowed(const QString &text, bool delSp)
{
    QStringList out;
    QString paragraph;
    int paragraphDepth = 0;
    bool open = false; // the paragraph continues on the next line
    const auto close = [&] {
        out.append(paragraph.isEmpty() ? quotePrefix(paragraphDepth).trimmed()
                                       : quotePrefix(paragraphDepth) + paragraph);
        paragraph.clear();
        open = false;
    };
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        int depth = 0;
        while (depth < line.size() && line[depth] == QLatin1Char('>'))
            ++depth;
        QStringView content = line.sliced(depth);
        if (content.startsWith(QLatin1Char(' ')))
            content = content.sliced(1); // space-stuffing, or the space after the quote marks
        if (open && depth != paragraphDepth)
            close(); // a change of quote depth ends a paragraph, even a flowed one
        const bool flowed = content.endsWith(QLatin1Char(' ')) && content != QLatin1String("-- ");
        if (flowed && delSp)
            content.chop(1);
        if (!open)
            paragraphDepth = depth;
        paragraph += content;
        open = flowed;
        if (!open)
            close();
    }
    if (open)
        close();
    return out.join(QLatin1Char('\n'));
}

QString htmlToText(const QString &html)
{
    TextBuilder out;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const QChar c = html[pos];
        if (c == QLatin1Char('<') && isMarkupStart(html, pos)) {
            pos = skipMarkup(html, pos, &out);
            continue;
        }
        QString entity;
        const qsizetype length = c == QLatin1Char('&') ? entityAt(html, pos, &entity) : 0;
        if (length > 0) {
            out.append(entity);
            pos += length;
            continue;
        }
        out.append(c);
        ++pos;
    }
    return out.text();
}

} // namespace Satchel::MimeText
