#include "imapresponsecodeparser.h"

namespace Satchel {

namespace {

using Kind = ImapResponseCode::Kind;

Kind kindOf(const QByteArray &name)
{
    static constexpr std::pair<const char *, Kind> kinds[] = {
        {"ALERT", Kind::Alert},
        {"APPENDUID", Kind::AppendUid},
        {"BADCHARSET", Kind::BadCharset},
        {"CAPABILITY", Kind::Capability},
        {"CLOSED", Kind::Closed},
        {"COPYUID", Kind::CopyUid},
        {"HIGHESTMODSEQ", Kind::HighestModSeq},
        {"MODIFIED", Kind::Modified},
        {"NOMODSEQ", Kind::NoModSeq},
        {"PARSE", Kind::Parse},
        {"PERMANENTFLAGS", Kind::PermanentFlags},
        {"READ-ONLY", Kind::ReadOnly},
        {"READ-WRITE", Kind::ReadWrite},
        {"TRYCREATE", Kind::TryCreate},
        {"UIDNEXT", Kind::UidNext},
        {"UIDNOTSTICKY", Kind::UidNotSticky},
        {"UIDVALIDITY", Kind::UidValidity},
        {"UNSEEN", Kind::Unseen},
    };
    for (const auto &[candidate, kind] : kinds) {
        if (name == candidate)
            return kind;
    }
    return Kind::Other;
}

// *(SP atom) up to the "]": CAPABILITY. A space before the "]" is tolerated.
bool parseAtoms(ImapReader &reader, QList<QByteArray> *atoms)
{
    while (reader.skip(' ') && reader.peek() != ']') {
        QByteArray atom;
        if (!reader.readAtom(&atom))
            return false;
        atoms->append(atom);
    }
    return reader.failure() == ImapReader::Failure::None;
}

// [SP "(" charset *(SP charset) ")"]: BADCHARSET, charset = atom / quoted.
bool parseCharsets(ImapReader &reader, QList<QByteArray> *charsets)
{
    if (!reader.skip(' '))
        return true;
    if (!reader.openList())
        return false;
    while (!reader.skipListEnd()) {
        QByteArray charset;
        if ((!charsets->isEmpty() && !reader.expectSpace()) || !reader.readAstring(&charset))
            return false;
        charsets->append(charset);
    }
    return reader.failure() == ImapReader::Failure::None;
}

bool parseNumber(ImapReader &reader, quint64 *number)
{
    quint32 value = 0;
    if (!reader.expectSpace() || !reader.readNumber(&value))
        return false;
    *number = value;
    return true;
}

// "APPENDUID" SP nz-number SP append-uid / "COPYUID" SP nz-number SP uid-set SP uid-set
bool parseUidPlus(ImapReader &reader, ImapResponseCode *code)
{
    if (!parseNumber(reader, &code->number) || !reader.expectSpace())
        return false;
    if (code->kind == Kind::CopyUid &&
        !(reader.readSequenceSet(&code->sourceUids, false) && reader.expectSpace()))
        return false;
    return reader.readSequenceSet(&code->uids, false);
}

bool parseData(ImapReader &reader, ImapResponseCode *code)
{
    switch (code->kind) {
    case Kind::Capability:
        return parseAtoms(reader, &code->list);
    case Kind::PermanentFlags:
        return reader.expectSpace() && reader.readFlagList(&code->list);
    case Kind::BadCharset:
        return parseCharsets(reader, &code->list);
    case Kind::UidNext:
    case Kind::UidValidity:
    case Kind::Unseen:
        return parseNumber(reader, &code->number);
    case Kind::HighestModSeq:
        return reader.expectSpace() && reader.readNumber64(&code->number);
    case Kind::AppendUid:
    case Kind::CopyUid:
        return parseUidPlus(reader, code);
    case Kind::Modified:
        return reader.expectSpace() && reader.readSequenceSet(&code->uids);
    default:
        // No data in the grammar (ALERT, READ-WRITE …) or unknown: whatever it is, up to "]".
        reader.readUntil(']');
        return true;
    }
}

} // namespace

// "[" resp-text-code "]", resp-text-code = atom [SP 1*<any TEXT-CHAR except "]">] for unknown
// codes, with a grammar of its own for each known one.
bool ImapResponseCodeParser::parse(ImapReader &reader, ImapResponseCode *code)
{
    if (!reader.expect('[') || !reader.readAtom(&code->name))
        return false;
    code->name = code->name.toUpper();
    code->kind = kindOf(code->name);
    const qsizetype dataStart = reader.position();
    if (!parseData(reader, code) || reader.peek() != ']')
        return reader.fail();
    code->rawData = reader.unit().mid(dataStart, reader.position() - dataStart).trimmed();
    return reader.expect(']');
}

} // namespace Satchel
