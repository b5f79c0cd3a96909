#include "mimeheaders.h"

namespace Satchel {

namespace {

// RFC 5322 field names: printable ASCII but ':'. Spaces before the colon are obsolete syntax
// that the caller has already removed.
bool isValidName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (c < 33 || c > 126 || c == ':')
            return false;
    }
    return true;
}

bool isFoldingSpace(char c)
{
    return c == ' ' || c == '\t';
}

// The line at pos: its content without the line break, and where the next one starts.
QByteArrayView lineAt(QByteArrayView source, qsizetype pos, qsizetype end, qsizetype *next)
{
    qsizetype newline = source.indexOf('\n', pos);
    if (newline < 0 || newline >= end) {
        newline = end;
        *next = end;
    } else {
        *next = newline + 1;
    }
    qsizetype contentEnd = newline;
    if (contentEnd > pos && source[contentEnd - 1] == '\r')
        --contentEnd;
    return source.sliced(pos, contentEnd - pos);
}

} // namespace

qsizetype MimeHeaders::parse(QByteArrayView source, qsizetype begin, qsizetype end,
                             const MimeLimits &limits, qsizetype *headersLeft,
                             QList<MimeWarning> *warnings)
{
    const qsizetype first = m_headers.size();
    qsizetype pos = begin;
    qsizetype next = begin;
    if (begin == 0 && source.first(end).startsWith("From "))
        lineAt(source, pos, end, &pos); // an mbox separator, not a header
    qsizetype bytes = 0;
    bool sawHeader = false;
    bool full = false; // past a limit: the rest of the section is read but not kept
    for (; pos < end; pos = next) {
        const QByteArrayView line = lineAt(source, pos, end, &next);
        if (line.isEmpty()) {
            pos = next;
            break;
        }
        const bool continuation = isFoldingSpace(line.front());
        qsizetype colon = continuation ? -1 : line.indexOf(':');
        QByteArrayView name = colon > 0 ? line.first(colon) : QByteArrayView();
        while (!name.isEmpty() && isFoldingSpace(name.back()))
            name.chop(1);
        if (continuation ? !sawHeader : !isValidName(name)) {
            MimeWarning::add(warnings, MimeWarning::Kind::MissingHeaderSeparator);
            break;
        }
        sawHeader = true;
        if (!full && !continuation &&
            (m_headers.size() - first >= limits.maxHeadersPerPart || *headersLeft <= 0)) {
            MimeWarning::add(warnings, MimeWarning::Kind::TooManyHeaders);
            full = true;
        }
        if (!full && bytes + line.size() > limits.maxHeaderBytes) {
            MimeWarning::add(warnings, MimeWarning::Kind::HeaderTooLarge);
            full = true;
        }
        if (full)
            continue;
        bytes += line.size();
        if (continuation) {
            m_headers.last().value.append(line); // unfolding removes only the line break
        } else {
            m_headers.append({name.toByteArray(), line.sliced(colon + 1).toByteArray()});
            --*headersLeft;
        }
    }
    for (qsizetype i = first; i < m_headers.size(); ++i)
        m_headers[i].value = m_headers[i].value.trimmed();
    return qMin(pos, end);
}

void MimeHeaders::append(const MimeHeader &header)
{
    m_headers.append(header);
}

bool MimeHeaders::contains(QByteArrayView name) const
{
    for (const MimeHeader &header : m_headers) {
        if (name.compare(header.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray MimeHeaders::value(QByteArrayView name) const
{
    for (const MimeHeader &header : m_headers) {
        if (name.compare(header.name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

QList<QByteArray> MimeHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (const MimeHeader &header : m_headers) {
        if (name.compare(header.name, Qt::CaseInsensitive) == 0)
            result.append(header.value);
    }
    return result;
}

} // namespace Satchel
