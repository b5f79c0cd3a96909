#include "imapparser.h"

#include "imapfetchparser.h"
#include "imapmailboxparser.h"
#include "imapreader.h"
#include "imapresponsecodeparser.h"
#include "imapsearchparser.h"

#include <QCoreApplication>

// Covered: continuations; tagged and untagged OK, NO, BAD, PREAUTH and BYE with their response
// codes (ImapResponseCodeParser); CAPABILITY, ENABLED, FLAGS, LIST, LSUB, STATUS, NAMESPACE, ID,
// SEARCH, ESEARCH, VANISHED, EXISTS, RECENT, EXPUNGE and FETCH (ImapFetchParser). Any other
// untagged response is kept raw, as name and bytes.
//
// Deliberately not here: decoding RFC 2047 words, charsets and dates of envelopes (the MIME
// layer's job); interpreting sections; SORT, THREAD, ACL, QUOTA and METADATA responses (raw until
// the engine uses them); LITERAL+ "{N+}" in responses (client-to-server only, so refused).
//
// Strict where a misread would corrupt the cache (numbers, UIDs, sequence sets, literal sizes),
// lenient where servers differ from the grammar without ambiguity (documented at each place).

namespace Satchel {

namespace {

using Status = ImapParsedResponse::Status;

struct Context
{
    const ImapParser::Options &options;
    QByteArray name; // the response's name, for error messages: "FETCH", "OK" …
};

Status statusFromWord(const QByteArray &word)
{
    if (word == "OK")
        return Status::Ok;
    if (word == "NO")
        return Status::No;
    if (word == "BAD")
        return Status::Bad;
    if (word == "PREAUTH")
        return Status::PreAuth;
    if (word == "BYE")
        return Status::Bye;
    return Status::None;
}

// resp-text = ["[" resp-text-code "]" SP] [text]; the space and text may be missing ("* OK",
// "* OK [READ-WRITE]"), and the text is kept whatever it contains: it is only ever shown.
bool parseRespText(ImapReader &reader, ImapParsedResponse *response)
{
    if (reader.peek() == '[' && !ImapResponseCodeParser::parse(reader, &response->code))
        return false;
    reader.skip(' ');
    response->rawText = reader.readRest();
    response->text = QString::fromUtf8(response->rawText);
    return true;
}

// continue-req = "+" [SP (resp-text / base64)]
bool parseContinuation(ImapReader &reader, ImapParsedResponse *response)
{
    response->type = ImapParsedResponse::Type::Continuation;
    reader.expect('+');
    if (reader.atEnd())
        return true;
    return reader.expectSpace() && parseRespText(reader, response);
}

// A list of atoms after the name: CAPABILITY and ENABLED. A trailing space is tolerated.
bool parseAtoms(ImapReader &reader, QList<QByteArray> *atoms)
{
    while (reader.skip(' ') && !reader.atEnd()) {
        QByteArray atom;
        if (!reader.readAtom(&atom))
            return false;
        atoms->append(atom);
    }
    return reader.failure() == ImapReader::Failure::None;
}

// "ID" SP (NIL / "(" string SP nstring *(SP string SP nstring) ")")
bool parseId(ImapReader &reader, ImapIdData *data)
{
    if (!reader.expectSpace())
        return false;
    if (reader.skipNil())
        return true;
    if (!reader.openList())
        return false;
    while (!reader.skipListEnd()) {
        std::pair<QByteArray, QByteArray> field;
        if ((!data->fields.isEmpty() && !reader.expectSpace()) ||
            !reader.readString(&field.first) || !reader.expectSpace() ||
            !reader.readNstring(&field.second))
            return false;
        data->fields.append(std::move(field));
    }
    return reader.failure() == ImapReader::Failure::None;
}

template <typename Data, typename Parse>
bool parseInto(ImapResponseData *data, Parse parse)
{
    Data value;
    if (!parse(&value))
        return false;
    *data = std::move(value);
    return true;
}

void keepUnknown(ImapReader &reader, const QByteArray &name, std::optional<quint32> number,
                 ImapResponseData *data)
{
    reader.skip(' ');
    *data = ImapUnknownData{number, name, reader.readRest()};
}

// message-data = nz-number SP ("EXPUNGE" / ("FETCH" SP msg-att)), and the mailbox-data
// number SP "EXISTS" / number SP "RECENT"; the number and name were read.
bool parseNumberedData(ImapReader &reader, quint32 number, const QByteArray &name,
                       ImapResponseData *data)
{
    if (name == "EXISTS") {
        *data = ImapExistsData{number};
    } else if (name == "RECENT") {
        *data = ImapRecentData{number};
    } else if (name == "EXPUNGE" || name == "FETCH") {
        if (number == 0)
            return reader.fail();
        if (name == "EXPUNGE")
            *data = ImapExpungeData{number};
        else
            return parseInto<ImapFetchData>(data, [&](ImapFetchData *fetch) {
                fetch->sequenceNumber = number;
                return reader.expectSpace() && ImapFetchParser::parse(reader, fetch);
            });
    } else {
        keepUnknown(reader, name, number, data);
    }
    return true;
}

// LIST, LSUB, STATUS or NAMESPACE; the name was read.
bool parseMailboxData(ImapReader &reader, const Context &context, ImapResponseData *data)
{
    const QByteArray &name = context.name;
    const bool utf8 = context.options.utf8Names;
    if (name == "LIST" || name == "LSUB")
        return parseInto<ImapListData>(data, [&](ImapListData *list) {
            list->lsub = name == "LSUB";
            return reader.expectSpace() && ImapMailboxParser::parseList(reader, utf8, list);
        });
    if (name == "STATUS")
        return parseInto<ImapStatusData>(data, [&](ImapStatusData *status) {
            return reader.expectSpace() && ImapMailboxParser::parseStatus(reader, utf8, status);
        });
    return parseInto<ImapNamespaceData>(data, [&](ImapNamespaceData *namespaces) {
        return reader.expectSpace() && ImapMailboxParser::parseNamespace(reader, utf8, namespaces);
    });
}

// Untagged data other than numbered: the name was read.
bool parseNamedData(ImapReader &reader, const Context &context, ImapResponseData *data)
{
    const QByteArray &name = context.name;
    if (name == "LIST" || name == "LSUB" || name == "STATUS" || name == "NAMESPACE")
        return parseMailboxData(reader, context, data);
    if (name == "FLAGS")
        return parseInto<ImapFlagsData>(data, [&](ImapFlagsData *flags) {
            return reader.expectSpace() && reader.readFlagList(&flags->flags);
        });
    if (name == "CAPABILITY")
        return parseInto<ImapCapabilityData>(data, [&](ImapCapabilityData *capability) {
            return parseAtoms(reader, &capability->capabilities);
        });
    if (name == "ENABLED")
        return parseInto<ImapEnabledData>(data, [&](ImapEnabledData *enabled) {
            return parseAtoms(reader, &enabled->capabilities);
        });
    if (name == "SEARCH")
        return parseInto<ImapSearchData>(data, [&](ImapSearchData *search) {
            return ImapSearchParser::parseSearch(reader, search);
        });
    if (name == "ESEARCH")
        return parseInto<ImapESearchData>(data, [&](ImapESearchData *esearch) {
            return ImapSearchParser::parseESearch(reader, esearch);
        });
    if (name == "VANISHED")
        return parseInto<ImapVanishedData>(data, [&](ImapVanishedData *vanished) {
            return ImapSearchParser::parseVanished(reader, vanished);
        });
    if (name == "ID")
        return parseInto<ImapIdData>(data, [&](ImapIdData *id) { return parseId(reader, id); });
    keepUnknown(reader, name, std::nullopt, data);
    return true;
}

// response-data = "*" SP (resp-cond-state / resp-cond-bye / mailbox-data / message-data /
//                 capability-data / enable-data / …); the "* " was read.
bool parseUntagged(ImapReader &reader, Context *context, ImapParsedResponse *response)
{
    if (reader.peek() >= '0' && reader.peek() <= '9') {
        quint32 number = 0;
        if (!reader.readNumber(&number) || !reader.expectSpace() ||
            !reader.readAtom(&context->name))
            return false;
        context->name = context->name.toUpper();
        return parseNumberedData(reader, number, context->name, &response->data);
    }
    if (!reader.readAtom(&context->name))
        return false;
    context->name = context->name.toUpper();
    response->status = statusFromWord(context->name);
    if (response->status != Status::None)
        return (reader.atEnd() || reader.expectSpace()) && parseRespText(reader, response);
    return parseNamedData(reader, *context, &response->data);
}

// response-tagged = tag SP resp-cond-state, tag = 1*<any ASTRING-CHAR except "+">
bool parseTagged(ImapReader &reader, Context *context, ImapParsedResponse *response)
{
    response->type = ImapParsedResponse::Type::Tagged;
    if (!reader.readAtom(&response->tag, "+") || !reader.expectSpace() ||
        !reader.readAtom(&context->name))
        return false;
    context->name = context->name.toUpper();
    response->status = statusFromWord(context->name);
    if (response->status != Status::Ok && response->status != Status::No &&
        response->status != Status::Bad)
        return reader.fail();
    return (reader.atEnd() || reader.expectSpace()) && parseRespText(reader, response);
}

bool parseResponse(ImapReader &reader, Context *context, ImapParsedResponse *response)
{
    if (reader.peek() == '+')
        return parseContinuation(reader, response);
    const bool ok = reader.skip('*')
                        ? reader.expectSpace() && parseUntagged(reader, context, response)
                        : parseTagged(reader, context, response);
    // Servers that pad a response with spaces exist; anything else left over is malformed.
    while (ok && reader.skip(' ')) {
    }
    return ok && (reader.atEnd() || reader.fail());
}

// Up to 60 bytes around the failure, controls shown as "?", so the sentence stays one short line
// whatever the server sent.
QString excerpt(const ImapReader &reader)
{
    const QByteArray &unit = reader.unit();
    const qsizetype start = qMax<qsizetype>(0, reader.failurePosition() - 40);
    const qsizetype end = qMin(unit.size(), reader.failurePosition() + 20);
    QByteArray bytes = unit.mid(start, end - start);
    for (char &c : bytes) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = '?';
    }
    return (start > 0 ? QStringLiteral("…") : QString()) + QString::fromUtf8(bytes) +
           (end < unit.size() ? QStringLiteral("…") : QString());
}

QString describeFailure(const ImapReader &reader, const QByteArray &name)
{
    switch (reader.failure()) {
    case ImapReader::Failure::TooDeep:
        return QCoreApplication::translate(
                   "Satchel::ImapParser",
                   "The server sent a response nested more than %1 levels deep.")
            .arg(ImapReader::maxDepth);
    case ImapReader::Failure::TooManyElements:
        return QCoreApplication::translate("Satchel::ImapParser",
                                           "The server sent a response with more than %1 items.")
            .arg(ImapReader::maxElements);
    case ImapReader::Failure::NumberTooLarge:
        return QCoreApplication::translate("Satchel::ImapParser",
                                           "The server sent a number too large for IMAP: \"%1\".")
            .arg(excerpt(reader));
    default:
        break;
    }
    if (name.isEmpty())
        return QCoreApplication::translate("Satchel::ImapParser",
                                           "The server sent a malformed response: \"%1\".")
            .arg(excerpt(reader));
    return QCoreApplication::translate("Satchel::ImapParser",
                                       "The server sent a malformed %1 response: \"%2\".")
        .arg(QString::fromLatin1(name.left(32)), excerpt(reader));
}

} // namespace

std::optional<ImapParsedResponse> ImapParser::parse(const QByteArray &unit, QString *error)
{
    return parse(unit, Options(), error);
}

std::optional<ImapParsedResponse> ImapParser::parse(const QByteArray &unit, const Options &options,
                                                    QString *error)
{
    ImapReader reader(unit);
    Context context{options, {}};
    ImapParsedResponse response;
    if (parseResponse(reader, &context, &response))
        return response;
    if (reader.failure() == ImapReader::Failure::None)
        reader.fail(); // a parser gave up without saying why; still an error, never a success
    if (error)
        *error = describeFailure(reader, context.name);
    return std::nullopt;
}

} // namespace Satchel
