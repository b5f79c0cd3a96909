#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Satchel {

// Writes one header field for an outgoing message as folded lines (RFC 5322 2.2.3): pieces go
// in order, one space apart, and a line break goes before the space where a line would pass 78
// octets. A piece is never split, so no line passes 998 octets as long as pieces are short
// (each adder below keeps them under 80 octets, an address or a message identifier under 260).
// Text that comes from users (subjects, names, file names) is never written raw: control
// characters, CR and LF above all, become spaces, so nothing can end the field or start another.
class MimeHeaderFolder
{
public:
    explicit MimeHeaderFolder(QByteArrayView name);

    // A piece that must stay whole: "<a@example.com>,", "<id@example.com>", "1.0".
    void add(QByteArrayView piece);
    // Unstructured text (Subject, User-Agent): as it is where it can be, RFC 2047 encoded words
    // where it must be (non-ASCII, something that would read as an encoded word, a word too long
    // for a line). Surrounding whitespace is dropped.
    void addText(const QString &text);
    // A display name (a phrase): atoms, a quoted string, or encoded words; its whitespace is
    // simplified.
    void addPhrase(const QString &phrase);
    // "value; name=value; …" (Content-Type, Content-Disposition): a parameter value that is not
    // short ASCII is written as RFC 2231 says, in UTF-8 and in continuations when long:
    // filename*0*=utf-8''%E2%82%AC…; filename*1*=….
    void addParameterized(QByteArrayView value, const QList<QPair<QByteArray, QString>> &params);

    // The field, each line ended by CRLF.
    QByteArray finish() const;

    // Control characters (C0, DEL and C1) replaced by spaces, a CRLF by one space.
    static QString withoutControls(const QString &text);

private:
    void addEncodedWords(QStringView text);
    qsizetype lineLength() const;

    QByteArray m_out;
    qsizetype m_lineStart = 0;
    bool m_hasPiece = false;
};

} // namespace Satchel
