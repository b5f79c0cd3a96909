// Fuzzes SmtpReplyParser: the input is split into lines (LF, with one CR before it removed; the
// last line may lack its LF), each line goes to feedLine, and every complete reply is taken.
// Checks that a reply has as many lines as were fed for it, a code of 200 to 599 and a well-formed
// enhanced status code, and that an error leaves the parser empty and ready for the next reply.
// Each reply is also read as an EHLO reply (SmtpCapabilities). The whole input goes through DATA's
// dot-stuffing and back, which must give the input with its line endings normalised.

#include "fuzzcheck.h"
#include "smtp/smtpcapabilities.h"
#include "smtp/smtpdata.h"
#include "smtp/smtpreply.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using Satchel::SmtpCapabilities;
using Satchel::SmtpReply;
using Satchel::SmtpReplyParser;

namespace {

bool isWellFormedEnhancedCode(const QByteArray &code)
{
    const QList<QByteArray> parts = code.split('.');
    if (parts.size() != 3 || parts[0].size() != 1)
        return false;
    return std::all_of(parts.begin(), parts.end(), [](const QByteArray &part) {
        return !part.isEmpty() && part.size() <= 3 &&
               std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const QByteArray encoded = Satchel::SmtpData::encode(input);
    FUZZ_CHECK(encoded.endsWith("\r\n.\r\n") || encoded == ".\r\n");
    FUZZ_CHECK(!encoded.chopped(3).contains("\r\n.\r\n"));
    FUZZ_CHECK(Satchel::SmtpData::decode(encoded) ==
               Satchel::SmtpData::normalizeLineEndings(input));

    SmtpReplyParser parser;
    qsizetype linesInReply = 0;
    qsizetype from = 0;
    while (from < input.size()) {
        qsizetype end = input.indexOf('\n', from);
        const qsizetype next = end < 0 ? input.size() : end + 1;
        if (end < 0)
            end = input.size();
        QByteArray line = input.sliced(from, end - from);
        if (line.endsWith('\r'))
            line.chop(1);
        from = next;

        ++linesInReply;
        switch (parser.feedLine(line)) {
        case SmtpReplyParser::Status::NeedMore:
            break;
        case SmtpReplyParser::Status::Reply: {
            const SmtpReply reply = parser.takeReply();
            FUZZ_CHECK(reply.code >= 200 && reply.code <= 599);
            FUZZ_CHECK(reply.lines.size() == linesInReply);
            FUZZ_CHECK(reply.isPositive() == (reply.code < 400));
            FUZZ_CHECK(reply.enhancedCode.isEmpty() ||
                       isWellFormedEnhancedCode(reply.enhancedCode));
            static_cast<void>(reply.text());
            FUZZ_CHECK(reply.describe().startsWith(QString::number(reply.code)));
            const SmtpCapabilities caps = SmtpCapabilities::parse(reply.lines.mid(1));
            FUZZ_CHECK(caps.sizeLimit >= 0);
            FUZZ_CHECK(caps.size || caps.sizeLimit == 0);
            FUZZ_CHECK(parser.takeReply().lines.isEmpty());
            linesInReply = 0;
            break;
        }
        case SmtpReplyParser::Status::Error: {
            FUZZ_CHECK(!parser.errorString().isEmpty());
            const SmtpReply left = parser.takeReply();
            FUZZ_CHECK(left.code == 0 && left.lines.isEmpty() && left.enhancedCode.isEmpty());
            linesInReply = 0;
            break;
        }
        }
    }
    return 0;
}
