#include "imapfetchparser.h"

#include "imapbodystructureparser.h"
#include "imapenvelopeparser.h"

#include <QTimeZone>

namespace Satchel {

namespace {

// Reads count digits at *pos; -1 if they are not all there.
int readFixedDigits(QByteArrayView text, qsizetype *pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i, ++*pos) {
        if (*pos >= text.size() || text.at(*pos) < '0' || text.at(*pos) > '9')
            return -1;
        value = value * 10 + (text.at(*pos) - '0');
    }
    return value;
}

bool skipChar(QByteArrayView text, qsizetype *pos, char c)
{
    if (*pos >= text.size() || text.at(*pos) != c)
        return false;
    ++*pos;
    return true;
}

int monthFromName(QByteArrayView name)
{
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// date-day-fixed "-" date-month "-" date-year, where the day is " 7", "07" or (sloppy) "7".
QDate readDate(QByteArrayView text, qsizetype *pos)
{
    skipChar(text, pos, ' ');
    const qsizetype dayStart = *pos;
    int day = readFixedDigits(text, pos, 2);
    if (day < 0) {
        *pos = dayStart;
        day = readFixedDigits(text, pos, 1);
    }
    if (day < 0 || !skipChar(text, pos, '-') || *pos + 3 > text.size())
        return {};
    const int month = monthFromName(text.sliced(*pos, 3));
    *pos += 3;
    const int year = skipChar(text, pos, '-') ? readFixedDigits(text, pos, 4) : -1;
    if (month == 0 || year < 0)
        return {};
    return QDate(year, month, day);
}

// time SP zone: "02:44:25 -0700"; zones beyond what QTimeZone accepts (+-14 hours) are refused.
bool readTimeAndZone(QByteArrayView text, qsizetype *pos, QTime *time, int *offset)
{
    const int hour = readFixedDigits(text, pos, 2);
    const int minute = skipChar(text, pos, ':') ? readFixedDigits(text, pos, 2) : -1;
    const int second = skipChar(text, pos, ':') ? readFixedDigits(text, pos, 2) : -1;
    if (hour < 0 || minute < 0 || second < 0 || !skipChar(text, pos, ' ') || *pos >= text.size())
        return false;
    const char sign = text.at((*pos)++);
    const int zone = readFixedDigits(text, pos, 4);
    if ((sign != '+' && sign != '-') || zone < 0 || zone % 100 >= 60)
        return false;
    *offset = (sign == '-' ? -1 : 1) * ((zone / 100) * 3600 + (zone % 100) * 60);
    *time = QTime(hour, minute, second);
    return time->isValid() && qAbs(*offset) <= 14 * 3600;
}

// "[" section "]" ["<" number ">"], the part of BODY[…]<…> after the name.
bool parseSectionAndOrigin(ImapReader &reader, ImapFetchSection *section)
{
    if (!reader.expect('['))
        return false;
    section->section = reader.readUntil(']');
    if (!reader.expect(']'))
        return false;
    if (!reader.skip('<'))
        return true;
    quint32 origin = 0;
    if (!reader.readNumber(&origin) || !reader.expect('>'))
        return false;
    section->origin = origin;
    return true;
}

bool parseSectionData(ImapReader &reader, ImapFetchSection::Kind kind, ImapFetchData *fetch)
{
    ImapFetchSection section;
    section.kind = kind;
    if ((kind == ImapFetchSection::Kind::Body || kind == ImapFetchSection::Kind::Binary) &&
        !parseSectionAndOrigin(reader, &section))
        return false;
    if (!reader.expectSpace())
        return false;
    const bool ok = kind == ImapFetchSection::Kind::Binary
                        ? reader.readNstringOrLiteral8(&section.data)
                        : reader.readNstring(&section.data);
    if (ok)
        fetch->sections.append(std::move(section));
    return ok;
}

bool parseBinarySize(ImapReader &reader, ImapFetchData *fetch)
{
    ImapFetchSection section;
    quint64 size = 0;
    if (!parseSectionAndOrigin(reader, &section))
        return false;
    if (section.origin) // BINARY.SIZE has a section but no origin
        return reader.fail();
    if (!reader.expectSpace() || !reader.readNumber64(&size))
        return false;
    fetch->binarySizes.append({section.section, size});
    return true;
}

bool parseInternalDate(ImapReader &reader, ImapFetchData *fetch)
{
    QByteArray text;
    if (reader.peek() != '"' || !reader.readString(&text))
        return reader.fail();
    const QDateTime dateTime = ImapFetchParser::parseDateTime(text);
    if (!dateTime.isValid())
        return reader.fail();
    fetch->internalDate = dateTime;
    return true;
}

bool parseModSeq(ImapReader &reader, ImapFetchData *fetch)
{
    quint64 modSeq = 0;
    if (!reader.openList() || !reader.readNumber64(&modSeq) || !reader.closeList())
        return false;
    fetch->modSeq = modSeq;
    return true;
}

// An item this parser does not know, kept with its value as sent; the name was read.
bool parseUnknownItem(ImapReader &reader, QByteArray name, ImapFetchData *fetch)
{
    if (reader.peek() == '[') {
        ImapFetchSection section;
        if (!parseSectionAndOrigin(reader, &section))
            return false;
        name += '[' + section.section + ']';
        if (section.origin)
            name += '<' + QByteArray::number(*section.origin) + '>';
    }
    QByteArray value;
    if (!reader.expectSpace() || !reader.readValue(&value))
        return false;
    fetch->otherItems.append({name, value});
    return true;
}

template <typename T, typename Parse>
bool parseOptional(std::optional<T> *field, Parse parse)
{
    T value{};
    if (!parse(&value))
        return false;
    *field = std::move(value);
    return true;
}

// Items whose name is followed by a section: BODY[…], BINARY[…], BINARY.SIZE[…], and the
// RFC822 forms, which RFC 9051 dropped but servers still answer.
bool parseSectionItem(ImapReader &reader, const QByteArray &name, ImapFetchData *fetch)
{
    using Kind = ImapFetchSection::Kind;
    if (name == "BODY")
        return parseSectionData(reader, Kind::Body, fetch);
    if (name == "BINARY")
        return parseSectionData(reader, Kind::Binary, fetch);
    if (name == "BINARY.SIZE")
        return parseBinarySize(reader, fetch);
    if (name == "RFC822")
        return parseSectionData(reader, Kind::Rfc822, fetch);
    if (name == "RFC822.HEADER")
        return parseSectionData(reader, Kind::Rfc822Header, fetch);
    if (name == "RFC822.TEXT")
        return parseSectionData(reader, Kind::Rfc822Text, fetch);
    return parseUnknownItem(reader, name, fetch);
}

bool isSectionItem(const QByteArray &name, char next)
{
    return next == '[' || name == "RFC822" || name == "RFC822.HEADER" || name == "RFC822.TEXT";
}

// One item; its name was read, upper-cased.
bool parseItem(ImapReader &reader, const QByteArray &name, ImapFetchData *fetch)
{
    if (isSectionItem(name, reader.peek()))
        return parseSectionItem(reader, name, fetch);
    if (!reader.expectSpace())
        return false;
    if (name == "UID")
        return parseOptional(&fetch->uid, [&](quint32 *uid) { return reader.readNzNumber(uid); });
    if (name == "FLAGS")
        return parseOptional(&fetch->flags,
                             [&](QList<QByteArray> *flags) { return reader.readFlagList(flags); });
    if (name == "INTERNALDATE")
        return parseInternalDate(reader, fetch);
    if (name == "RFC822.SIZE")
        return parseOptional(&fetch->rfc822Size,
                             [&](quint64 *size) { return reader.readNumber64(size); });
    if (name == "MODSEQ")
        return parseModSeq(reader, fetch);
    if (name == "ENVELOPE")
        return parseOptional(&fetch->envelope, [&](ImapEnvelope *envelope) {
            return ImapEnvelopeParser::parse(reader, envelope);
        });
    if (name == "BODY" || name == "BODYSTRUCTURE")
        return parseOptional(&fetch->bodyStructure, [&](ImapBodyStructure *body) {
            return ImapBodyStructureParser::parse(reader, body);
        });
    QByteArray value;
    if (!reader.readValue(&value))
        return false;
    fetch->otherItems.append({name, value});
    return true;
}

} // namespace

bool ImapFetchParser::parse(ImapReader &reader, ImapFetchData *fetch)
{
    if (!reader.openList())
        return false;
    for (bool first = true; !reader.skipListEnd(); first = false) {
        QByteArray name;
        if ((!first && !reader.expectSpace()) || !reader.readAtom(&name, "[") ||
            !parseItem(reader, name.toUpper(), fetch))
            return false;
    }
    return reader.failure() == ImapReader::Failure::None;
}

QDateTime ImapFetchParser::parseDateTime(QByteArrayView text)
{
    qsizetype pos = 0;
    const QDate date = readDate(text, &pos);
    QTime time;
    int offset = 0;
    if (!date.isValid() || !skipChar(text, &pos, ' ') ||
        !readTimeAndZone(text, &pos, &time, &offset) || pos != text.size())
        return {};
    return QDateTime(date, time, QTimeZone(offset));
}

} // namespace Satchel
