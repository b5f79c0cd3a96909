#include "imapsequenceset.h"

#include <algorithm>
#include <limits>

namespace Satchel {

namespace {

// Star sorts above every number, so a range can be normalised with one comparison.
quint64 sortKey(quint32 number)
{
    return number == ImapSequenceSet::Star ? quint64(std::numeric_limits<quint32>::max()) + 1
                                           : number;
}

quint32 resolve(quint32 number, quint32 largest)
{
    return number == ImapSequenceSet::Star ? largest : number;
}

// seq-number = nz-number / "*"; advances *pos past it.
std::optional<quint32> parseSeqNumber(QByteArrayView text, qsizetype *pos, bool allowStar)
{
    if (*pos < text.size() && text.at(*pos) == '*') {
        ++*pos;
        return allowStar ? std::optional<quint32>(ImapSequenceSet::Star) : std::nullopt;
    }
    quint64 value = 0;
    const qsizetype start = *pos;
    while (*pos < text.size() && text.at(*pos) >= '0' && text.at(*pos) <= '9') {
        value = value * 10 + quint64(text.at(*pos) - '0');
        if (value > std::numeric_limits<quint32>::max())
            return std::nullopt;
        ++*pos;
    }
    if (*pos == start || value == 0)
        return std::nullopt;
    return quint32(value);
}

} // namespace

void ImapSequenceSet::add(quint32 first, quint32 last)
{
    if (sortKey(first) > sortKey(last))
        std::swap(first, last);
    m_ranges.append(Range{first, last});
}

bool ImapSequenceSet::hasStar() const
{
    // Normalisation puts a star, if any, at the end of its range.
    for (const Range &range : m_ranges) {
        if (range.last == Star)
            return true;
    }
    return false;
}

bool ImapSequenceSet::contains(quint32 number, quint32 largest) const
{
    for (const Range &range : m_ranges) {
        quint32 first = resolve(range.first, largest);
        quint32 last = resolve(range.last, largest);
        if (first > last) // "9:*" with largest 5 is "5:9"
            std::swap(first, last);
        if (number >= first && number <= last)
            return true;
    }
    return false;
}

quint64 ImapSequenceSet::count(quint32 largest) const
{
    quint64 total = 0;
    for (const Range &range : m_ranges) {
        const quint32 first = resolve(range.first, largest);
        const quint32 last = resolve(range.last, largest);
        total += (first > last ? first - last : last - first) + 1ull;
    }
    return total;
}

QList<quint32> ImapSequenceSet::toList(quint32 largest, qsizetype limit) const
{
    QList<quint32> numbers;
    for (const Range &range : m_ranges) {
        quint32 first = resolve(range.first, largest);
        quint32 last = resolve(range.last, largest);
        if (first > last)
            std::swap(first, last);
        for (quint64 number = first; number <= last && numbers.size() < limit; ++number)
            numbers.append(quint32(number));
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return numbers;
}

ImapSequenceSet ImapSequenceSet::fromNumbers(QList<quint32> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    ImapSequenceSet set;
    qsizetype i = 0;
    while (i < numbers.size()) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) <= numbers.at(j) + 1)
            ++j;
        if (numbers.at(i) != 0)
            set.add(numbers.at(i), numbers.at(j));
        i = j + 1;
    }
    return set;
}

QByteArray ImapSequenceSet::toByteArray() const
{
    QByteArray text;
    for (const Range &range : m_ranges) {
        if (!text.isEmpty())
            text += ',';
        text += range.first == Star ? QByteArray("*") : QByteArray::number(range.first);
        if (range.last != range.first)
            text += ':' + (range.last == Star ? QByteArray("*") : QByteArray::number(range.last));
    }
    return text;
}

std::optional<ImapSequenceSet> ImapSequenceSet::parse(QByteArrayView text, bool allowStar)
{
    ImapSequenceSet set;
    qsizetype pos = 0;
    for (;;) {
        const std::optional<quint32> first = parseSeqNumber(text, &pos, allowStar);
        if (!first)
            return std::nullopt;
        std::optional<quint32> last = first;
        if (pos < text.size() && text.at(pos) == ':') {
            ++pos;
            last = parseSeqNumber(text, &pos, allowStar);
            if (!last)
                return std::nullopt;
        }
        set.add(*first, *last);
        if (pos == text.size())
            return set;
        if (text.at(pos) != ',')
            return std::nullopt;
        ++pos;
    }
}

} // namespace Satchel
