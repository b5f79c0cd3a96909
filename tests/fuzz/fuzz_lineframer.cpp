// Fuzzes LineFramer: both modes, several limit sets, the input fed whole, in pieces cut at points
// derived from the data, and byte by byte. Beyond "no crash, no leak, no UB" it checks that
// - the units do not depend on how the input was cut into pieces;
// - a unit respects the limits (and has no LF in Lines mode);
// - after Error nothing more comes out, even when more bytes are fed, and the error has a message;
// - clear() after an error gives a framer that behaves like a new one.

#include "fuzzcheck.h"
#include "net/lineframer.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>

using Satchel::LineFramer;

namespace {

struct Outcome
{
    QList<QByteArray> units;
    bool failed = false;

    bool operator==(const Outcome &) const = default;
};

// Takes units until the framer needs more or fails; returns false after an error.
bool drain(LineFramer &framer, LineFramer::Mode mode, const LineFramer::Limits &limits,
           Outcome *outcome)
{
    for (;;) {
        QByteArray unit;
        switch (framer.next(&unit)) {
        case LineFramer::Status::Unit:
            FUZZ_CHECK(unit.size() <= limits.maxUnit);
            if (mode == LineFramer::Mode::Lines) {
                FUZZ_CHECK(unit.size() <= limits.maxLine);
                FUZZ_CHECK(!unit.contains('\n'));
            }
            outcome->units.append(unit);
            break;
        case LineFramer::Status::NeedMore:
            FUZZ_CHECK(unit.isNull());
            return true;
        case LineFramer::Status::Error:
            FUZZ_CHECK(unit.isNull());
            FUZZ_CHECK(!framer.errorString().isEmpty());
            FUZZ_CHECK(framer.bufferedBytes() == 0);
            outcome->failed = true;
            return false;
        }
    }
}

// After an error: more bytes and more calls must give nothing but Error.
void checkStaysFailed(LineFramer &framer, const QByteArray &more)
{
    framer.feed(more);
    framer.feed(QByteArrayLiteral("* OK still there?\r\n"));
    for (int i = 0; i < 3; ++i) {
        QByteArray unit;
        FUZZ_CHECK(framer.next(&unit) == LineFramer::Status::Error);
        FUZZ_CHECK(unit.isNull());
        FUZZ_CHECK(framer.bufferedBytes() == 0);
    }
}

Outcome runWhole(const QByteArray &input, LineFramer::Mode mode, const LineFramer::Limits &limits)
{
    LineFramer framer(mode);
    framer.setLimits(limits);
    Outcome outcome;
    framer.feed(input);
    if (!drain(framer, mode, limits, &outcome))
        checkStaysFailed(framer, input);
    return outcome;
}

// Feeds input cut at the given (sorted) offsets. After an error, checks that the framer stays
// failed, then that clear() gives a framer equivalent to a new one for the rest of the input.
Outcome runPieces(const QByteArray &input, LineFramer::Mode mode, const LineFramer::Limits &limits,
                  const QList<qsizetype> &cuts)
{
    LineFramer framer(mode);
    framer.setLimits(limits);
    Outcome outcome;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (const qsizetype to : ends) {
        framer.feed(input.sliced(from, to - from));
        from = to;
        if (!drain(framer, mode, limits, &outcome)) {
            const QByteArray rest = input.sliced(from);
            checkStaysFailed(framer, rest);
            framer.clear();
            FUZZ_CHECK(framer.bufferedBytes() == 0);
            FUZZ_CHECK(framer.errorString().isEmpty());
            Outcome afterClear;
            framer.feed(rest);
            drain(framer, mode, limits, &afterClear);
            FUZZ_CHECK(afterClear == runWhole(rest, mode, limits));
            break;
        }
    }
    return outcome;
}

Outcome runBytewise(const QByteArray &input, LineFramer::Mode mode,
                    const LineFramer::Limits &limits)
{
    LineFramer framer(mode);
    framer.setLimits(limits);
    Outcome outcome;
    for (qsizetype i = 0; i < input.size(); ++i) {
        framer.feed(input.sliced(i, 1));
        if (!drain(framer, mode, limits, &outcome))
            break;
    }
    return outcome;
}

std::uint64_t fnv1a(const std::uint8_t *data, std::size_t size)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= data[i];
        hash *= 1099511628211ull;
    }
    return hash;
}

LineFramer::Limits limits(qsizetype maxLine, qint64 maxLiteral, qint64 maxUnit)
{
    LineFramer::Limits result;
    result.maxLine = maxLine;
    result.maxLiteral = maxLiteral;
    result.maxUnit = maxUnit;
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    // Three cut points derived from the data, so the fuzzer can steer them.
    const std::uint64_t hash = fnv1a(data, size);
    QList<qsizetype> cuts;
    for (int i = 0; i < 3; ++i)
        cuts.append(qsizetype((hash >> (16 * i)) % (size + 1)));
    std::sort(cuts.begin(), cuts.end());

    constexpr qint64 unlimited = std::numeric_limits<qint64>::max();
    const std::array<LineFramer::Limits, 4> limitSets = {
        LineFramer::Limits(),                    // the defaults the sessions use
        limits(32, 64, 256),                     // small: limits are hit often
        limits(0, 0, 0),                         // degenerate
        limits(64 * 1024, unlimited, unlimited), // "no limit" on literals and units
    };

    for (const LineFramer::Mode mode : {LineFramer::Mode::Lines, LineFramer::Mode::ImapLiterals}) {
        for (const LineFramer::Limits &set : limitSets) {
            const Outcome whole = runWhole(input, mode, set);
            FUZZ_CHECK(runPieces(input, mode, set, cuts) == whole);
            if (size <= 2048)
                FUZZ_CHECK(runBytewise(input, mode, set) == whole);
        }
    }
    return 0;
}
