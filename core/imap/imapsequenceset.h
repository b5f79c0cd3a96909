#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Satchel {

// An IMAP sequence set or UID set (RFC 9051 section 9, "sequence-set"): "1:5,7,9:*". Ranges stay
// ranges, so "1:4294967295" costs one entry, not four billion. "*" (the largest number in use) is
// stored as Star, i.e. 0, which is never a valid message number or UID.
class ImapSequenceSet
{
public:
    static constexpr quint32 Star = 0;

    // A range with first <= last, where Star counts as larger than any number: "9:*" and "*:9"
    // are both {9, Star}, "*" alone is {Star, Star}, and "7:3" is {3, 7}.
    struct Range
    {
        quint32 first = 1;
        quint32 last = 1;

        friend bool operator==(const Range &, const Range &) = default;
    };

    ImapSequenceSet() = default;

    // Appends one number or range, in the order given; either end may be Star.
    void add(quint32 first, quint32 last);
    void add(quint32 number) { add(number, number); }

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<Range> &ranges() const { return m_ranges; }
    // Whether "*" appears anywhere: then the set means different things as the mailbox changes.
    bool hasStar() const;
    // Whether the set includes number, with "*" meaning largest (the mailbox's EXISTS or
    // UIDNEXT-1).
    bool contains(quint32 number, quint32 largest) const;
    // How many numbers the set covers with "*" as largest, counting overlaps once per range.
    quint64 count(quint32 largest) const;

    // The numbers the set covers, ascending and each once, "*" meaning largest. Meant for sets a
    // server sent about messages that exist (VANISHED, ESEARCH ALL), whose size is bounded by the
    // mailbox; capped at limit numbers all the same.
    QList<quint32> toList(quint32 largest, qsizetype limit = 10'000'000) const;

    // The compact set of the given numbers ("1:3,7"); the input need not be sorted.
    static ImapSequenceSet fromNumbers(QList<quint32> numbers);

    // The wire form: "1:5,7,9:*"; empty for an empty set.
    QByteArray toByteArray() const;

    // Parses the wire form; nullopt for anything else (including 0, overflow or an empty element).
    // With allowStar false, "*" is refused, as the uid-set of APPENDUID, COPYUID and VANISHED
    // requires.
    static std::optional<ImapSequenceSet> parse(QByteArrayView text, bool allowStar = true);

    friend bool operator==(const ImapSequenceSet &, const ImapSequenceSet &) = default;

private:
    QList<Range> m_ranges;
};

} // namespace Satchel
