#include "imapsearchparser.h"

namespace Satchel {

namespace {

// "(" "MODSEQ" SP mod-sequence-value ")" at the end of a SEARCH response.
bool parseSearchModSeq(ImapReader &reader, ImapSearchData *search)
{
    quint64 modSeq = 0;
    if (!reader.openList() || !reader.skipWord("MODSEQ") || !reader.expectSpace() ||
        !reader.readNumber64(&modSeq) || !reader.closeList())
        return reader.fail();
    search->highestModSeq = modSeq;
    return true;
}

// search-correlator = SP "(" "TAG" SP tag-string ")", where RFC 7377 adds MAILBOX and
// UIDVALIDITY, which only multi-mailbox searches send and which are skipped.
bool parseCorrelator(ImapReader &reader, ImapESearchData *esearch)
{
    if (!reader.openList())
        return false;
    for (bool first = true; !reader.skipListEnd(); first = false) {
        QByteArray name;
        if ((!first && !reader.expectSpace()) || !reader.readAtom(&name) || !reader.expectSpace())
            return false;
        const bool ok =
            name.toUpper() == "TAG" ? reader.readAstring(&esearch->tag) : reader.readValue(nullptr);
        if (!ok)
            return false;
    }
    return reader.failure() == ImapReader::Failure::None;
}

template <typename Number, typename Read>
bool readInto(std::optional<Number> *field, Read read)
{
    Number value = 0;
    if (!read(&value))
        return false;
    *field = value;
    return true;
}

// search-return-data = "MIN" SP nz-number / "MAX" SP nz-number / "ALL" SP sequence-set /
//                      "COUNT" SP number / "MODSEQ" SP mod-sequence-value / search-ret-data-ext
bool parseReturnData(ImapReader &reader, const QByteArray &name, ImapESearchData *esearch)
{
    if (name == "MIN")
        return readInto(&esearch->min, [&](quint32 *n) { return reader.readNzNumber(n); });
    if (name == "MAX")
        return readInto(&esearch->max, [&](quint32 *n) { return reader.readNzNumber(n); });
    if (name == "COUNT")
        return readInto(&esearch->count, [&](quint32 *n) { return reader.readNumber(n); });
    if (name == "MODSEQ")
        return readInto(&esearch->modSeq, [&](quint64 *n) { return reader.readNumber64(n); });
    if (name == "ALL") {
        ImapSequenceSet all;
        if (!reader.readSequenceSet(&all))
            return false;
        esearch->all = std::move(all);
        return true;
    }
    QByteArray value;
    if (!reader.readValue(&value))
        return false;
    esearch->otherItems.append({name, value});
    return true;
}

} // namespace

// "SEARCH" *(SP nz-number) [SP "(" "MODSEQ" SP mod-sequence-value ")"]; a trailing space, which
// some servers send after the last number, is tolerated.
bool ImapSearchParser::parseSearch(ImapReader &reader, ImapSearchData *search)
{
    while (reader.skip(' ') && !reader.atEnd()) {
        if (reader.peek() == '(')
            return parseSearchModSeq(reader, search);
        quint32 number = 0;
        if (!reader.readNzNumber(&number))
            return false;
        search->numbers.append(number);
    }
    return reader.failure() == ImapReader::Failure::None;
}

// "ESEARCH" [search-correlator] [SP "UID"] *(SP search-return-data)
bool ImapSearchParser::parseESearch(ImapReader &reader, ImapESearchData *esearch)
{
    if (reader.peek() == ' ' && reader.peek(1) == '(' &&
        !(reader.expectSpace() && parseCorrelator(reader, esearch)))
        return false;
    while (reader.skip(' ') && !reader.atEnd()) {
        QByteArray name;
        if (!reader.readAtom(&name))
            return false;
        name = name.toUpper();
        if (name == "UID")
            esearch->uid = true;
        else if (!reader.expectSpace() || !parseReturnData(reader, name, esearch))
            return false;
    }
    return reader.failure() == ImapReader::Failure::None;
}

// "VANISHED" [SP "(EARLIER)"] SP known-uids
bool ImapSearchParser::parseVanished(ImapReader &reader, ImapVanishedData *vanished)
{
    if (!reader.expectSpace())
        return false;
    if (reader.peek() == '(') {
        if (!reader.openList() || !reader.skipWord("EARLIER") || !reader.closeList() ||
            !reader.expectSpace())
            return reader.fail();
        vanished->earlier = true;
    }
    return reader.readSequenceSet(&vanished->uids, false);
}

} // namespace Satchel
