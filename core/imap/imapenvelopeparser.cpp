#include "imapenvelopeparser.h"

namespace Satchel {

namespace {

// address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"
bool parseAddress(ImapReader &reader, ImapAddress *address)
{
    return reader.openList() && reader.readNstring(&address->name) && reader.expectSpace() &&
           reader.readNstring(&address->adl) && reader.expectSpace() &&
           reader.readNstring(&address->mailbox) && reader.expectSpace() &&
           reader.readNstring(&address->host) && reader.closeList();
}

// "(" 1*address ")" / nil. The grammar puts no space between addresses, some servers do; and an
// empty "()" from sloppy servers means no addresses, like NIL.
bool parseAddressList(ImapReader &reader, QList<ImapAddress> *addresses)
{
    addresses->clear();
    if (reader.skipNil())
        return true;
    if (!reader.openList())
        return false;
    while (!reader.skipListEnd()) {
        if (!addresses->isEmpty())
            reader.skip(' ');
        ImapAddress address;
        if (!parseAddress(reader, &address))
            return false;
        addresses->append(std::move(address));
    }
    return reader.failure() == ImapReader::Failure::None;
}

} // namespace

bool ImapEnvelopeParser::parse(ImapReader &reader, ImapEnvelope *envelope)
{
    return reader.openList() && reader.readNstring(&envelope->date) && reader.expectSpace() &&
           reader.readNstring(&envelope->subject) && reader.expectSpace() &&
           parseAddressList(reader, &envelope->from) && reader.expectSpace() &&
           parseAddressList(reader, &envelope->sender) && reader.expectSpace() &&
           parseAddressList(reader, &envelope->replyTo) && reader.expectSpace() &&
           parseAddressList(reader, &envelope->to) && reader.expectSpace() &&
           parseAddressList(reader, &envelope->cc) && reader.expectSpace() &&
           parseAddressList(reader, &envelope->bcc) && reader.expectSpace() &&
           reader.readNstring(&envelope->inReplyTo) && reader.expectSpace() &&
           reader.readNstring(&envelope->messageId) && reader.closeList();
}

} // namespace Satchel
