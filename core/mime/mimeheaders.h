#pragma once

#include "mimelimits.h"
#include "mimewarning.h"

#include <QByteArray>
#include <QList>

namespace Satchel {

// One header field as written, unfolded: the name as it was spelled, the value with the line
// breaks of folding removed and surrounding whitespace trimmed, not decoded.
struct MimeHeader
{
    QByteArray name;
    QByteArray value;

    bool operator==(const MimeHeader &) const = default;
};

// The header fields of a message or part, in order, duplicates kept. Look-ups ignore case.
class MimeHeaders
{
public:
    // Reads the header section of source[begin, end) and returns where the body starts: after
    // the empty line, or at the first line that cannot be a header (with a warning). A leading
    // mbox "From " line is skipped. headersLeft is the message-wide budget, decreased.
    qsizetype parse(QByteArrayView source, qsizetype begin, qsizetype end, const MimeLimits &limits,
                    qsizetype *headersLeft, QList<MimeWarning> *warnings);

    void append(const MimeHeader &header);
    const QList<MimeHeader> &all() const { return m_headers; }
    qsizetype size() const { return m_headers.size(); }
    bool isEmpty() const { return m_headers.isEmpty(); }

    bool contains(QByteArrayView name) const;
    // The first field of that name, raw; empty when there is none.
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;

private:
    QList<MimeHeader> m_headers;
};

} // namespace Satchel
