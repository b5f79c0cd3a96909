#include "imapmailboxparser.h"

#include "mutf7.h"

namespace Satchel {

namespace {

ImapListData::SpecialUse specialUseOf(const ImapListData &list)
{
    using SpecialUse = ImapListData::SpecialUse;
    static constexpr std::pair<const char *, SpecialUse> uses[] = {
        {"\\All", SpecialUse::All},       {"\\Archive", SpecialUse::Archive},
        {"\\Drafts", SpecialUse::Drafts}, {"\\Flagged", SpecialUse::Flagged},
        {"\\Junk", SpecialUse::Junk},     {"\\Sent", SpecialUse::Sent},
        {"\\Trash", SpecialUse::Trash},   {"\\Important", SpecialUse::Important},
    };
    for (const auto &[attribute, use] : uses) {
        if (list.hasAttribute(attribute))
            return use;
    }
    return SpecialUse::None;
}

// DQUOTE QUOTED-CHAR DQUOTE / nil. Any quoted string is accepted; "" counts as NIL.
bool parseDelimiter(ImapReader &reader, QString *delimiter)
{
    QByteArray raw;
    if (!reader.readNstring(&raw))
        return false;
    *delimiter = QString::fromUtf8(raw);
    return true;
}

bool parseMailboxName(ImapReader &reader, bool utf8Names, QByteArray *rawName, QString *name)
{
    if (!reader.readAstring(rawName))
        return false;
    *name = ImapMailboxParser::decodeName(*rawName, utf8Names);
    return true;
}

// A parenthesised list of strings, as CHILDINFO's ("SUBSCRIBED") or a namespace extension's.
bool parseStringList(ImapReader &reader, QList<QByteArray> *strings)
{
    if (!reader.openList())
        return false;
    while (!reader.skipListEnd()) {
        QByteArray string;
        if ((!strings->isEmpty() && !reader.expectSpace()) || !reader.readAstring(&string))
            return false;
        strings->append(string);
    }
    return reader.failure() == ImapReader::Failure::None;
}

bool parseExtendedItem(ImapReader &reader, bool utf8Names, ImapListData *list)
{
    QByteArray tag;
    if (!reader.readAstring(&tag) || !reader.expectSpace())
        return false;
    tag = tag.toUpper();
    if (tag == "CHILDINFO")
        return parseStringList(reader, &list->childInfo);
    if (tag == "OLDNAME")
        return reader.openList() &&
               parseMailboxName(reader, utf8Names, &list->rawOldName, &list->oldName) &&
               reader.closeList();
    QByteArray value;
    if (!reader.readValue(&value))
        return false;
    list->extendedItems.append({tag, value});
    return true;
}

// mbox-list-extended = "(" [mbox-list-extended-item *(SP mbox-list-extended-item)] ")"
bool parseExtendedItems(ImapReader &reader, bool utf8Names, ImapListData *list)
{
    if (!reader.openList())
        return false;
    for (bool first = true; !reader.skipListEnd(); first = false) {
        if ((!first && !reader.expectSpace()) || !parseExtendedItem(reader, utf8Names, list))
            return false;
    }
    return reader.failure() == ImapReader::Failure::None;
}

template <typename Number>
bool readStatusNumber(ImapReader &reader, std::optional<Number> *field)
{
    if constexpr (sizeof(Number) == sizeof(quint32)) {
        quint32 value = 0;
        if (!reader.readNumber(&value))
            return false;
        *field = value;
    } else {
        quint64 value = 0;
        if (!reader.readNumber64(&value))
            return false;
        *field = value;
    }
    return true;
}

// status-att-val; numbers are read as numbers even where the grammar says nz-number: a zero
// UIDVALIDITY is the engine's to judge, not a reason to drop the connection.
bool parseStatusItem(ImapReader &reader, ImapStatusData *status)
{
    QByteArray name;
    if (!reader.readAtom(&name) || !reader.expectSpace())
        return false;
    name = name.toUpper();
    if (name == "MESSAGES")
        return readStatusNumber(reader, &status->messages);
    if (name == "RECENT")
        return readStatusNumber(reader, &status->recent);
    if (name == "UIDNEXT")
        return readStatusNumber(reader, &status->uidNext);
    if (name == "UIDVALIDITY")
        return readStatusNumber(reader, &status->uidValidity);
    if (name == "UNSEEN")
        return readStatusNumber(reader, &status->unseen);
    if (name == "DELETED")
        return readStatusNumber(reader, &status->deleted);
    if (name == "SIZE")
        return readStatusNumber(reader, &status->size);
    if (name == "HIGHESTMODSEQ")
        return readStatusNumber(reader, &status->highestModSeq);
    QByteArray value;
    if (!reader.readValue(&value))
        return false;
    status->otherItems.append({name, value});
    return true;
}

// Namespace-Response-Extension = SP string SP "(" string *(SP string) ")"
bool parseNamespaceDescription(ImapReader &reader, bool utf8Names, ImapNamespace *description)
{
    if (!reader.openList() || !reader.readString(&description->rawPrefix) ||
        !reader.expectSpace() || !parseDelimiter(reader, &description->delimiter))
        return false;
    description->prefix = ImapMailboxParser::decodeName(description->rawPrefix, utf8Names);
    while (reader.skip(' ')) {
        std::pair<QByteArray, QList<QByteArray>> extension;
        if (!reader.readString(&extension.first) || !reader.expectSpace() ||
            !parseStringList(reader, &extension.second))
            return false;
        description->extensions.append(std::move(extension));
    }
    return reader.closeList();
}

// namespace = nil / "(" 1*namespace-descr ")"; spaces between descriptions are tolerated.
bool parseNamespaceList(ImapReader &reader, bool utf8Names, QList<ImapNamespace> *descriptions)
{
    if (reader.skipNil())
        return true;
    if (!reader.openList())
        return false;
    do {
        ImapNamespace description;
        if (!parseNamespaceDescription(reader, utf8Names, &description))
            return false;
        descriptions->append(std::move(description));
        reader.skip(' ');
    } while (!reader.skipListEnd());
    return reader.failure() == ImapReader::Failure::None;
}

} // namespace

// mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
//                [SP mbox-list-extended]
bool ImapMailboxParser::parseList(ImapReader &reader, bool utf8Names, ImapListData *list)
{
    if (!reader.readFlagList(&list->attributes))
        return false;
    list->specialUse = specialUseOf(*list);
    if (!reader.expectSpace() || !parseDelimiter(reader, &list->delimiter) ||
        !reader.expectSpace() || !parseMailboxName(reader, utf8Names, &list->rawName, &list->name))
        return false;
    if (reader.peek() == ' ' && reader.peek(1) == '(')
        return reader.expectSpace() && parseExtendedItems(reader, utf8Names, list);
    return true;
}

// mailbox-data =/ "STATUS" SP mailbox SP "(" [status-att-list] ")"
bool ImapMailboxParser::parseStatus(ImapReader &reader, bool utf8Names, ImapStatusData *status)
{
    if (!parseMailboxName(reader, utf8Names, &status->rawName, &status->name) ||
        !reader.expectSpace() || !reader.openList())
        return false;
    for (bool first = true; !reader.skipListEnd(); first = false) {
        if ((!first && !reader.expectSpace()) || !parseStatusItem(reader, status))
            return false;
    }
    return reader.failure() == ImapReader::Failure::None;
}

// namespace-response = "NAMESPACE" SP namespace SP namespace SP namespace
bool ImapMailboxParser::parseNamespace(ImapReader &reader, bool utf8Names,
                                       ImapNamespaceData *namespaces)
{
    return parseNamespaceList(reader, utf8Names, &namespaces->personal) && reader.expectSpace() &&
           parseNamespaceList(reader, utf8Names, &namespaces->otherUsers) && reader.expectSpace() &&
           parseNamespaceList(reader, utf8Names, &namespaces->shared);
}

QString ImapMailboxParser::decodeName(const QByteArray &rawName, bool utf8Names)
{
    if (rawName.compare("INBOX", Qt::CaseInsensitive) == 0)
        return QStringLiteral("INBOX");
    if (!utf8Names) {
        if (std::optional<QString> decoded = Mutf7::decode(rawName))
            return *decoded;
    }
    return QString::fromUtf8(rawName);
}

} // namespace Satchel
