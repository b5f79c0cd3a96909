// Fuzzes Pop3Reply::parse: the input is a server byte stream, split into lines by a LineFramer in
// Lines mode as a session does, and every line is parsed (CAPA and LIST data lines included, which
// must be rejected cleanly). The whole input is also parsed as one line.

#include "fuzzcheck.h"
#include "net/lineframer.h"
#include "pop3/pop3reply.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

using Satchel::LineFramer;
using Satchel::Pop3Reply;

namespace {

void parseLine(const QByteArray &line)
{
    QString error;
    const std::optional<Pop3Reply> reply = Pop3Reply::parse(line, &error);
    if (!reply) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    switch (reply->kind) {
    case Pop3Reply::Kind::Ok:
        FUZZ_CHECK(line.startsWith("+OK"));
        FUZZ_CHECK(reply->ok());
        break;
    case Pop3Reply::Kind::Err:
        FUZZ_CHECK(line.startsWith("-ERR"));
        FUZZ_CHECK(!reply->ok());
        break;
    case Pop3Reply::Kind::Continuation:
        FUZZ_CHECK(line == "+" || line.startsWith("+ "));
        FUZZ_CHECK(reply->code.isEmpty());
        break;
    }
    FUZZ_CHECK(reply->code == reply->code.toUpper());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    LineFramer framer(LineFramer::Mode::Lines);
    framer.feed(input);
    for (;;) {
        QByteArray line;
        if (framer.next(&line) != LineFramer::Status::Unit)
            break;
        parseLine(line);
    }

    parseLine(input);
    return 0;
}
