#include "imapbodystructureparser.h"

#include "imapenvelopeparser.h"

namespace Satchel {

namespace {

bool parseBody(ImapReader &reader, ImapBodyStructure *body);

// A string the grammar requires but some servers send as NIL; lower-cased, as its case carries no
// meaning (media types, encodings, parameter and disposition names).
bool readLowerString(ImapReader &reader, QByteArray *string)
{
    if (!reader.readNstring(string))
        return false;
    *string = string->toLower();
    return true;
}

// body-fld-param = "(" string SP string *(SP string SP string) ")" / nil
bool parseParameters(ImapReader &reader, ImapParameters *parameters)
{
    if (reader.skipNil())
        return true;
    if (!reader.openList())
        return false;
    while (!reader.skipListEnd()) {
        if (!parameters->isEmpty() && !reader.expectSpace())
            return false;
        QByteArray name;
        QByteArray value;
        if (!readLowerString(reader, &name) || !reader.expectSpace() || !reader.readNstring(&value))
            return false;
        parameters->append({name, value});
    }
    return reader.failure() == ImapReader::Failure::None;
}

// body-fld-dsp = "(" string SP body-fld-param ")" / nil
bool parseDisposition(ImapReader &reader, ImapBodyStructure *body)
{
    if (reader.skipNil())
        return true;
    return reader.openList() && readLowerString(reader, &body->disposition) &&
           reader.expectSpace() && parseParameters(reader, &body->dispositionParameters) &&
           reader.closeList();
}

// body-fld-lang = nstring / "(" string *(SP string) ")"
bool parseLanguage(ImapReader &reader, QList<QByteArray> *languages)
{
    if (reader.peek() != '(') {
        QByteArray language;
        if (!reader.readNstring(&language))
            return false;
        if (!language.isNull())
            languages->append(language);
        return true;
    }
    if (!reader.openList())
        return false;
    while (!reader.skipListEnd()) {
        QByteArray language;
        if ((!languages->isEmpty() && !reader.expectSpace()) || !reader.readString(&language))
            return false;
        languages->append(language);
    }
    return reader.failure() == ImapReader::Failure::None;
}

// [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]], shared by both
// kinds of part after their first extension field.
bool parseExtensionTail(ImapReader &reader, ImapBodyStructure *body)
{
    if (!reader.skip(' '))
        return true;
    if (!parseDisposition(reader, body))
        return false;
    if (!reader.skip(' '))
        return true;
    if (!parseLanguage(reader, &body->language))
        return false;
    if (!reader.skip(' '))
        return true;
    if (!reader.readNstring(&body->location))
        return false;
    while (reader.skip(' ')) {
        if (!reader.readValue(nullptr))
            return false;
    }
    return reader.failure() == ImapReader::Failure::None;
}

// body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]; the reader is at the first "(".
bool parseMultipart(ImapReader &reader, ImapBodyStructure *body)
{
    body->type = "multipart";
    do {
        ImapBodyStructure part;
        if (!parseBody(reader, &part))
            return false;
        body->parts.append(std::move(part));
    } while (reader.peek() == '(' ||
             (reader.peek() == ' ' && reader.peek(1) == '(' && reader.skip(' ')));
    if (!reader.expectSpace() || !readLowerString(reader, &body->subtype))
        return false;
    if (!reader.skip(' '))
        return true;
    body->hasExtensionData = true;
    return parseParameters(reader, &body->parameters) && parseExtensionTail(reader, body);
}

// body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP body-fld-octets
bool parseBodyFields(ImapReader &reader, ImapBodyStructure *body)
{
    return parseParameters(reader, &body->parameters) && reader.expectSpace() &&
           reader.readNstring(&body->id) && reader.expectSpace() &&
           reader.readNstring(&body->description) && reader.expectSpace() &&
           readLowerString(reader, &body->encoding) && reader.expectSpace() &&
           reader.readNumber64(&body->size);
}

bool isEncapsulatedMessage(const ImapBodyStructure &body)
{
    return body.type == "message" && (body.subtype == "rfc822" || body.subtype == "global");
}

// What follows body-fields: the line count of a text part, or the envelope, body and line count of
// an encapsulated message (which some servers omit, sending it like a basic part).
bool parseTypeSpecificFields(ImapReader &reader, ImapBodyStructure *body)
{
    const char next = reader.peek(1);
    if (body->type == "text" && reader.peek() == ' ' && next >= '0' && next <= '9')
        return reader.expectSpace() && reader.readNumber64(&body->lines);
    if (!isEncapsulatedMessage(*body) || reader.peek() != ' ' || next != '(')
        return true;
    ImapEnvelope envelope;
    ImapBodyStructure inner;
    if (!reader.expectSpace() || !ImapEnvelopeParser::parse(reader, &envelope) ||
        !reader.expectSpace() || !parseBody(reader, &inner) || !reader.expectSpace() ||
        !reader.readNumber64(&body->lines))
        return false;
    body->envelope = std::move(envelope);
    body->parts.append(std::move(inner));
    return true;
}

// body-type-1part [SP body-ext-1part], with body-ext-1part = body-fld-md5 [SP body-fld-dsp …]
bool parseSinglePart(ImapReader &reader, ImapBodyStructure *body)
{
    if (!readLowerString(reader, &body->type))
        return false;
    // Callers may rely on a multipart having parts; one sent as a single part has none.
    if (body->type == "multipart")
        return reader.fail();
    if (!reader.expectSpace() || !readLowerString(reader, &body->subtype) ||
        !reader.expectSpace() || !parseBodyFields(reader, body) ||
        !parseTypeSpecificFields(reader, body))
        return false;
    if (!reader.skip(' '))
        return true;
    body->hasExtensionData = true;
    return reader.readNstring(&body->md5) && parseExtensionTail(reader, body);
}

bool parseBody(ImapReader &reader, ImapBodyStructure *body)
{
    if (!reader.openList())
        return false;
    const bool ok =
        reader.peek() == '(' ? parseMultipart(reader, body) : parseSinglePart(reader, body);
    return ok && reader.closeList();
}

} // namespace

bool ImapBodyStructureParser::parse(ImapReader &reader, ImapBodyStructure *body)
{
    return parseBody(reader, body);
}

} // namespace Satchel
