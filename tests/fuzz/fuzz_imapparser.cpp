// Fuzzes ImapParser the way a session uses it: the input is a server byte stream, framed into
// responses (with their literals) by a LineFramer in ImapLiterals mode, and each response is parsed
// with and without UTF8=ACCEPT. The whole input is also parsed as one unit, to reach inputs the
// framer would reject, and fed to the modified UTF-7 codec and the sequence-set parser.

#include "fuzzcheck.h"
#include "imap/imapparser.h"
#include "imap/imapreader.h"
#include "imap/imapsequenceset.h"
#include "imap/mutf7.h"
#include "net/lineframer.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace Satchel;

namespace {

void checkSequenceSet(const ImapSequenceSet &set)
{
    if (set.isEmpty())
        return;
    const std::optional<ImapSequenceSet> again = ImapSequenceSet::parse(set.toByteArray());
    FUZZ_CHECK(again && *again == set);
}

void checkName(const QByteArray &rawName, const QString &name, bool utf8Names)
{
    FUZZ_CHECK(Mutf7::decode(Mutf7::encode(name)) == name);
    if (utf8Names || rawName.compare("INBOX", Qt::CaseInsensitive) == 0)
        return;
    if (const std::optional<QString> decoded = Mutf7::decode(rawName))
        FUZZ_CHECK(*decoded == name);
}

void checkBody(const ImapBodyStructure &body, int depth)
{
    FUZZ_CHECK(depth <= ImapReader::maxDepth);
    FUZZ_CHECK(body.type == body.type.toLower() && body.subtype == body.subtype.toLower());
    if (body.isMultipart())
        FUZZ_CHECK(!body.parts.isEmpty());
    else
        FUZZ_CHECK(body.parts.size() <= 1);
    for (const ImapBodyStructure &part : body.parts)
        checkBody(part, depth + 1);
}

void checkFetch(const ImapFetchData &fetch, const QByteArray &unit)
{
    FUZZ_CHECK(fetch.sequenceNumber != 0);
    if (fetch.uid)
        FUZZ_CHECK(*fetch.uid != 0);
    if (fetch.internalDate)
        FUZZ_CHECK(fetch.internalDate->isValid());
    if (fetch.bodyStructure)
        checkBody(*fetch.bodyStructure, 0);
    for (const ImapFetchSection &section : fetch.sections)
        FUZZ_CHECK(section.data.size() <= unit.size());
}

void checkData(const ImapResponseData &data, const QByteArray &unit, bool utf8Names)
{
    if (const auto *list = std::get_if<ImapListData>(&data)) {
        checkName(list->rawName, list->name, utf8Names);
        if (!list->rawOldName.isNull())
            checkName(list->rawOldName, list->oldName, utf8Names);
    } else if (const auto *status = std::get_if<ImapStatusData>(&data)) {
        checkName(status->rawName, status->name, utf8Names);
    } else if (const auto *vanished = std::get_if<ImapVanishedData>(&data)) {
        FUZZ_CHECK(!vanished->uids.isEmpty() && !vanished->uids.hasStar());
        checkSequenceSet(vanished->uids);
    } else if (const auto *esearch = std::get_if<ImapESearchData>(&data)) {
        if (esearch->all)
            checkSequenceSet(*esearch->all);
    } else if (const auto *search = std::get_if<ImapSearchData>(&data)) {
        for (quint32 number : search->numbers)
            FUZZ_CHECK(number != 0);
    } else if (const auto *fetch = std::get_if<ImapFetchData>(&data)) {
        checkFetch(*fetch, unit);
    }
}

void checkResponse(const ImapParsedResponse &response, const QByteArray &unit, bool utf8Names)
{
    using Type = ImapParsedResponse::Type;
    using Status = ImapParsedResponse::Status;
    const bool hasData = !std::holds_alternative<std::monostate>(response.data);
    switch (response.type) {
    case Type::Continuation:
        FUZZ_CHECK(unit.startsWith('+') && response.status == Status::None && !hasData);
        break;
    case Type::Tagged:
        FUZZ_CHECK(!response.tag.isEmpty() && !hasData);
        FUZZ_CHECK(response.status == Status::Ok || response.status == Status::No ||
                   response.status == Status::Bad);
        break;
    case Type::Untagged:
        FUZZ_CHECK(unit.startsWith("* "));
        FUZZ_CHECK(hasData == (response.status == Status::None));
        break;
    }
    FUZZ_CHECK(response.text == QString::fromUtf8(response.rawText));
    FUZZ_CHECK(response.code.name == response.code.name.toUpper());
    FUZZ_CHECK((response.code.kind == ImapResponseCode::Kind::None) ==
               response.code.name.isEmpty());
    checkSequenceSet(response.code.uids);
    checkSequenceSet(response.code.sourceUids);
    checkData(response.data, unit, utf8Names);
}

void parseUnit(const QByteArray &unit)
{
    for (bool utf8Names : {false, true}) {
        ImapParser::Options options;
        options.utf8Names = utf8Names;
        QString error;
        const std::optional<ImapParsedResponse> response = ImapParser::parse(unit, options, &error);
        if (response)
            checkResponse(*response, unit, utf8Names);
        else
            FUZZ_CHECK(!error.isEmpty() && error.size() < 400);
    }
}

void fuzzCodecs(const QByteArray &input)
{
    if (const std::optional<QString> decoded = Mutf7::decode(input))
        FUZZ_CHECK(Mutf7::decode(Mutf7::encode(*decoded)) == decoded);
    const QString text = QString::fromUtf8(input);
    FUZZ_CHECK(Mutf7::decode(Mutf7::encode(text)) == text);
    if (const std::optional<ImapSequenceSet> set = ImapSequenceSet::parse(input))
        checkSequenceSet(*set);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    LineFramer framer(LineFramer::Mode::ImapLiterals);
    framer.feed(input);
    QByteArray unit;
    while (framer.next(&unit) == LineFramer::Status::Unit)
        parseUnit(unit);

    parseUnit(input);
    fuzzCodecs(input);
    return 0;
}
