#pragma once

#include "mimelimits.h"
#include "mimepart.h"
#include "mimewarning.h"

#include <QByteArray>
#include <QList>

namespace Satchel {

// Parses a whole RFC 5322 / MIME message (a POP3 download, a draft, an .eml file) into a tree
// of MimePart. Pure: bytes in, values out. It never fails: broken input gives the best tree it
// can and a warning for each problem; MimeLimits bound the work and the memory. The parts share
// the source bytes instead of copying them. Most callers want MimeMessage::parse().
class MimeParser
{
public:
    explicit MimeParser(const MimeLimits &limits = {});

    MimePart parse(const QByteArray &source);
    const QList<MimeWarning> &warnings() const { return m_warnings; }

private:
    struct Delimiter
    {
        qsizetype lineStart = -1; // where "--boundary" starts
        qsizetype next = -1;      // where the line after it starts
        bool close = false;       // "--boundary--"
    };

    MimePart parsePart(const QByteArray &source, qsizetype begin, qsizetype end, int depth,
                       bool inDigest);
    void readContentHeaders(MimePart *part, bool inDigest);
    void readContentType(MimePart *part, bool inDigest);
    void readTransferEncoding(MimePart *part);
    void parseMultipart(MimePart *part, int depth);
    void parseMessage(MimePart *part, int depth);
    void finishLeaf(MimePart *part);
    bool roomForAnotherPart();
    Delimiter findDelimiter(const MimePart &part, const QByteArray &delimiter,
                            qsizetype from) const;

    MimeLimits m_limits;
    QList<MimeWarning> m_warnings;
    int m_parts = 0;
    qsizetype m_headersLeft = 0;
};

} // namespace Satchel
