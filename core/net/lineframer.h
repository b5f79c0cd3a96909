#pragma once

#include <QByteArray>
#include <QString>

namespace Satchel {

// Splits a byte stream into protocol units, with limits, and nothing else: bytes in, units out.
// In Lines mode a unit is one line. In ImapLiterals mode a line ending in {N} or ~{N} announces
// N bytes that belong to the same unit, so a unit is a whole IMAP response with its literals.
// Line terminators (CRLF, or a bare LF from sloppy servers) are removed from the end of each
// line; literal bytes are kept exactly.
class LineFramer
{
public:
    enum class Mode
    {
        Lines,
        ImapLiterals
    };
    enum class Status
    {
        NeedMore,
        Unit,
        Error
    };

    struct Limits
    {
        qsizetype maxLine = qsizetype(64) * 1024;
        qint64 maxLiteral = 64ll * 1024 * 1024;
        qint64 maxUnit = 128ll * 1024 * 1024;
    };

    explicit LineFramer(Mode mode = Mode::Lines);

    void setLimits(const Limits &limits) { m_limits = limits; }
    void feed(const QByteArray &bytes);
    Status next(QByteArray *unit);
    // Forgets everything buffered: used after STARTTLS so nothing sent in plaintext survives.
    void clear();
    // Hands back the bytes received but not yet framed, and forgets them: after COMPRESS they
    // are compressed and must be inflated first.
    QByteArray takeBuffered();

    QString errorString() const { return m_errorString; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    static constexpr qint64 tooLarge = -2; // announcedLiteral(): more digits than qint64 holds

    Status fail(const QString &message);
    // The size a line's trailing {N} announces, -1 when it announces none, or tooLarge.
    qint64 announcedLiteral(qsizetype lineStart, qsizetype lineEnd, QByteArray *digits) const;
    void compact();

    Mode m_mode;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;  // start of the unit being assembled
    qsizetype m_scan = 0; // where to continue looking for the end of the current line
    qsizetype m_lineStart = 0;
    qint64 m_literalLeft = 0; // bytes of an announced literal still to come
    QByteArray m_unit;        // parts of the unit already complete (lines and literals)
    QString m_errorString;
    bool m_failed = false;
};

} // namespace Satchel
