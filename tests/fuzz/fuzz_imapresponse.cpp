// Fuzzes ImapResponse::parse the way a session uses it: the input is a server byte stream, framed
// into responses (with their literals) by a LineFramer in ImapLiterals mode, and each response is
// parsed. The whole input is also parsed as one unit, to reach inputs the framer would reject.

#include "fuzzcheck.h"
#include "imap/imapresponse.h"
#include "net/lineframer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

using Satchel::ImapResponse;
using Satchel::LineFramer;

namespace {

void parseUnit(const QByteArray &unit)
{
    QString error;
    const std::optional<ImapResponse> response = ImapResponse::parse(unit, &error);
    if (!response) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    switch (response->type) {
    case ImapResponse::Type::Continuation:
        FUZZ_CHECK(unit.startsWith('+'));
        break;
    case ImapResponse::Type::Tagged:
        FUZZ_CHECK(!response->tag.isEmpty());
        FUZZ_CHECK(response->status == ImapResponse::Status::Ok ||
                   response->status == ImapResponse::Status::No ||
                   response->status == ImapResponse::Status::Bad);
        break;
    case ImapResponse::Type::Untagged:
        FUZZ_CHECK(unit.startsWith("* "));
        if (response->status == ImapResponse::Status::None)
            FUZZ_CHECK(!response->name.isEmpty());
        break;
    }
    FUZZ_CHECK(response->code == response->code.toUpper());
    for (const QByteArray &capability : response->capabilities()) {
        FUZZ_CHECK(!capability.isEmpty());
        FUZZ_CHECK(!capability.contains(' '));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    LineFramer framer(LineFramer::Mode::ImapLiterals);
    framer.feed(input);
    for (;;) {
        QByteArray unit;
        const LineFramer::Status status = framer.next(&unit);
        if (status != LineFramer::Status::Unit)
            break;
        parseUnit(unit);
    }

    parseUnit(input);
    return 0;
}
