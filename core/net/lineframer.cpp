#include "lineframer.h"

#include <QCoreApplication>

#include <limits>

namespace Satchel {

LineFramer::LineFramer(Mode mode)
    : m_mode(mode)
{}

void LineFramer::feed(const QByteArray &bytes)
{
    if (m_failed)
        return;
    if (m_pos == m_buffer.size() && m_scan == m_pos && m_lineStart == m_pos) {
        m_buffer = bytes; // all consumed: share the bytes instead of copying them
        m_pos = m_scan = m_lineStart = 0;
        return;
    }
    m_buffer.append(bytes);
}

QByteArray LineFramer::takeBuffered()
{
    const QByteArray rest = m_buffer.mid(m_pos);
    m_buffer.clear();
    m_pos = m_scan = m_lineStart = 0;
    return rest;
}

void LineFramer::clear()
{
    m_buffer.clear();
    m_unit.clear();
    m_pos = m_scan = m_lineStart = 0;
    m_literalLeft = 0;
    m_failed = false;
    m_errorString.clear();
}

LineFramer::Status LineFramer::fail(const QString &message)
{
    m_failed = true;
    m_errorString = message;
    m_buffer.clear();
    m_unit.clear();
    m_pos = m_scan = m_lineStart = 0;
    return Status::Error;
}

void LineFramer::compact()
{
    // Drop consumed bytes once they dominate, so a long session does not grow the buffer.
    if (m_pos > 0 && m_pos * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_scan -= m_pos;
        m_lineStart -= m_pos;
        m_pos = 0;
    }
}

qint64 LineFramer::announcedLiteral(qsizetype lineStart, qsizetype lineEnd,
                                    QByteArray *digits) const
{
    // A literal announcement is "{digits}" or "{digits+}" (LITERAL+), optionally led by "~".
    if (lineEnd - lineStart < 3 || m_buffer.at(lineEnd - 1) != '}')
        return -1;
    qsizetype i = lineEnd - 2;
    if (m_buffer.at(i) == '+')
        --i;
    const qsizetype lastDigit = i;
    while (i > lineStart && m_buffer.at(i) >= '0' && m_buffer.at(i) <= '9')
        --i;
    if (i == lastDigit || m_buffer.at(i) != '{')
        return -1;
    *digits = m_buffer.mid(i + 1, lastDigit - i);
    qint64 size = 0;
    for (char digit : std::as_const(*digits)) {
        const int value = digit - '0';
        // Stop before the number can overflow, whatever the limits are.
        if (size > (std::numeric_limits<qint64>::max() - value) / 10)
            return tooLarge;
        size = size * 10 + value;
    }
    return size;
}

LineFramer::Status LineFramer::next(QByteArray *unit)
{
    if (m_failed)
        return Status::Error;
    for (;;) {
        if (m_literalLeft > 0) {
            const qsizetype available = m_buffer.size() - m_scan;
            const qsizetype take = qsizetype(qMin<qint64>(available, m_literalLeft));
            m_unit.append(m_buffer.constData() + m_scan, take);
            m_scan += take;
            m_literalLeft -= take;
            m_pos = m_lineStart = m_scan;
            compact();
            if (m_literalLeft > 0)
                return Status::NeedMore;
        }
        const qsizetype newline = m_buffer.indexOf('\n', m_scan);
        if (newline < 0) {
            m_scan = m_buffer.size();
            // A CR at the end may be half of the CRLF that ends a line of exactly maxLine.
            const qsizetype pending =
                m_scan - m_lineStart - (m_scan > m_lineStart && m_buffer.at(m_scan - 1) == '\r');
            if (pending > m_limits.maxLine)
                return fail(
                    QCoreApplication::translate("Satchel::LineFramer",
                                                "The server sent a line longer than %1 bytes.")
                        .arg(m_limits.maxLine));
            compact();
            return Status::NeedMore;
        }
        qsizetype lineEnd = newline;
        if (lineEnd > m_lineStart && m_buffer.at(lineEnd - 1) == '\r')
            --lineEnd;
        if (lineEnd - m_lineStart > m_limits.maxLine)
            return fail(QCoreApplication::translate("Satchel::LineFramer",
                                                    "The server sent a line longer than %1 bytes.")
                            .arg(m_limits.maxLine));
        QByteArray digits;
        const qint64 literal =
            m_mode == Mode::ImapLiterals ? announcedLiteral(m_lineStart, lineEnd, &digits) : -1;
        if (literal >= 0 || literal == tooLarge) {
            if (literal == tooLarge || literal > m_limits.maxLiteral)
                return fail(QCoreApplication::translate(
                                "Satchel::LineFramer",
                                "The server announced a literal of %1 bytes, more than the "
                                "limit of %2 bytes.")
                                .arg(QString::fromLatin1(digits.left(40)))
                                .arg(m_limits.maxLiteral));
            // Keep the CRLF that precedes literal data so the unit is the response as sent.
            m_unit.append(m_buffer.constData() + m_lineStart, newline + 1 - m_lineStart);
            if (literal > m_limits.maxUnit - m_unit.size())
                return fail(
                    QCoreApplication::translate("Satchel::LineFramer",
                                                "The server sent a response larger than %1 bytes.")
                        .arg(m_limits.maxUnit));
            m_scan = m_lineStart = newline + 1;
            m_literalLeft = literal;
            // Grows once rather than by doubling; an announcement alone never gets more than
            // 16 MiB (a hostile server may announce gigabytes and send nothing).
            m_unit.reserve(m_unit.size() + qsizetype(qMin<qint64>(literal, 16 << 20)) + 256);
            if (m_scan == m_buffer.size()) {
                m_pos = m_scan;
                compact();
            }
            continue;
        }
        m_unit.append(m_buffer.constData() + m_lineStart, lineEnd - m_lineStart);
        if (m_unit.size() > m_limits.maxUnit)
            return fail(QCoreApplication::translate("Satchel::LineFramer",
                                                    "The server sent a response larger than %1 "
                                                    "bytes.")
                            .arg(m_limits.maxUnit));
        *unit = std::exchange(m_unit, QByteArray());
        m_pos = m_scan = m_lineStart = newline + 1;
        compact();
        return Status::Unit;
    }
}

} // namespace Satchel
