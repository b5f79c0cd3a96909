#pragma once

#include "imapsequenceset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

// The values ImapParser makes of server responses: plain structs, no behaviour beyond a few
// lookups. Conventions throughout:
// - An nstring that was NIL is a null QByteArray; an empty string is empty but not null.
// - Bytes the server sent as data (subjects, addresses, section data) stay bytes: decoding RFC 2047
//   or a charset is the MIME layer's job.
// - Names the grammar treats without regard to case (media types, parameter names, response and
//   data names) are normalised as documented per field; everything else is kept as sent.

namespace Satchel {

using ImapParameters = QList<std::pair<QByteArray, QByteArray>>;

// An address of an ENVELOPE (RFC 9051 section 7.5.2). RFC 5322 groups appear inline: a group
// starts with an address whose host is NIL and whose mailbox is the group's name, and ends with an
// address whose mailbox and host are both NIL.
struct ImapAddress
{
    QByteArray name;
    QByteArray adl; // source route, obsolete; almost always NIL
    QByteArray mailbox;
    QByteArray host;

    bool isGroupStart() const { return host.isNull() && !mailbox.isNull(); }
    bool isGroupEnd() const { return host.isNull() && mailbox.isNull(); }
};

struct ImapEnvelope
{
    QByteArray date; // the Date: header as sent; parsing it is the MIME layer's job
    QByteArray subject;
    QList<ImapAddress> from;
    QList<ImapAddress> sender;
    QList<ImapAddress> replyTo;
    QList<ImapAddress> to;
    QList<ImapAddress> cc;
    QList<ImapAddress> bcc;
    QByteArray inReplyTo;
    QByteArray messageId;
};

// BODY or BODYSTRUCTURE (RFC 9051 section 7.5.2): one MIME part, recursively.
struct ImapBodyStructure
{
    QByteArray type;    // lower-cased: "text", "multipart", "message" …
    QByteArray subtype; // lower-cased: "plain", "mixed", "rfc822" …
    // Content-Type parameters (for a multipart: from its extension data); names lower-cased.
    ImapParameters parameters;
    QByteArray id;
    QByteArray description;
    QByteArray encoding; // lower-cased: "7bit", "base64", "quoted-printable" …
    quint64 size = 0;    // octets of the encoded body
    quint64 lines = 0;   // text/* and message/rfc822 only
    // message/rfc822 and message/global: the envelope of the encapsulated message.
    std::optional<ImapEnvelope> envelope;
    // A multipart's parts; for message/rfc822 and message/global the one encapsulated body.
    QList<ImapBodyStructure> parts;

    // Extension data: BODYSTRUCTURE has it, BODY does not; trailing parts may be missing.
    bool hasExtensionData = false;
    QByteArray md5;
    QByteArray disposition; // lower-cased: "inline", "attachment"; null when absent
    ImapParameters dispositionParameters;
    QList<QByteArray> language;
    QByteArray location;

    bool isMultipart() const { return type == "multipart"; }
    // The value of a Content-Type parameter, looked up without regard to case; null if absent.
    QByteArray parameter(QByteArrayView name) const;
};

// One BODY[section]<origin>, BINARY[section]<origin>, RFC822, RFC822.HEADER or RFC822.TEXT.
struct ImapFetchSection
{
    enum class Kind
    {
        Body,
        Binary,
        Rfc822,
        Rfc822Header,
        Rfc822Text
    };

    Kind kind = Kind::Body;
    QByteArray section; // between the brackets, as sent: "", "1.2", "HEADER.FIELDS (SUBJECT)"
    std::optional<quint32> origin;
    QByteArray data; // null for NIL
};

// A FETCH response: only the items the server sent are set.
struct ImapFetchData
{
    quint32 sequenceNumber = 0;
    std::optional<quint32> uid;
    std::optional<QList<QByteArray>> flags;
    std::optional<QDateTime> internalDate; // with the server's zone offset
    std::optional<quint64> rfc822Size;
    std::optional<quint64> modSeq;
    std::optional<ImapEnvelope> envelope;
    // BODYSTRUCTURE, or BODY (then without extension data).
    std::optional<ImapBodyStructure> bodyStructure;
    QList<ImapFetchSection> sections;
    // BINARY.SIZE[section]: the section and its decoded size.
    QList<std::pair<QByteArray, quint64>> binarySizes;
    // Items this parser does not know (X-GM-LABELS, EMAILID, PREVIEW …): upper-cased name and
    // the value's bytes as sent.
    QList<std::pair<QByteArray, QByteArray>> otherItems;
};

// LIST or LSUB (RFC 9051 section 7.3.1, RFC 5258 LIST-EXTENDED, RFC 6154 SPECIAL-USE).
struct ImapListData
{
    enum class SpecialUse
    {
        None,
        All,
        Archive,
        Drafts,
        Flagged,
        Important,
        Junk,
        Sent,
        Trash
    };

    bool lsub = false;
    QList<QByteArray> attributes; // as sent: "\HasNoChildren", "\Sent" …
    SpecialUse specialUse = SpecialUse::None;
    QString delimiter; // empty when the server said NIL (a flat namespace)
    // The name exactly as sent, for commands; and decoded for people: modified UTF-7, or UTF-8
    // once UTF8=ACCEPT is enabled. A name that is not valid modified UTF-7 is shown as UTF-8.
    QByteArray rawName;
    QString name;
    QList<QByteArray> childInfo; // CHILDINFO ("SUBSCRIBED") of LIST-EXTENDED
    QByteArray rawOldName;       // OLDNAME of RFC 9051 / LIST-EXTENDED; null when absent
    QString oldName;
    // Other extended items: upper-cased tag and the value as sent.
    QList<std::pair<QByteArray, QByteArray>> extendedItems;

    // Looks an attribute up without regard to case ("\noselect" matches "\Noselect").
    bool hasAttribute(QByteArrayView attribute) const;
    bool isSelectable() const;
    // inbox, sent, drafts, trash, junk, archive; empty for a folder without a role.
    QString roleName() const;
};

// STATUS (RFC 9051 section 7.3.4; SIZE from RFC 8438, HIGHESTMODSEQ from RFC 7162).
struct ImapStatusData
{
    QByteArray rawName;
    QString name;
    std::optional<quint32> messages;
    std::optional<quint32> recent;
    std::optional<quint32> uidNext;
    std::optional<quint32> uidValidity;
    std::optional<quint32> unseen;
    std::optional<quint32> deleted;
    std::optional<quint64> size;
    std::optional<quint64> highestModSeq;
    QList<std::pair<QByteArray, QByteArray>> otherItems;
};

struct ImapCapabilityData
{
    QList<QByteArray> capabilities; // as sent
};

struct ImapEnabledData
{
    QList<QByteArray> capabilities;
};

struct ImapFlagsData
{
    QList<QByteArray> flags;
};

struct ImapExistsData
{
    quint32 count = 0;
};

struct ImapRecentData
{
    quint32 count = 0;
};

struct ImapExpungeData
{
    quint32 sequenceNumber = 0;
};

// SEARCH, with the (MODSEQ n) of RFC 7162 when the search used MODSEQ.
struct ImapSearchData
{
    QList<quint32> numbers;
    std::optional<quint64> highestModSeq;
};

// ESEARCH (RFC 4731, part of RFC 9051).
struct ImapESearchData
{
    QByteArray tag; // the correlator's TAG; empty without one
    bool uid = false;
    std::optional<quint32> min;
    std::optional<quint32> max;
    std::optional<quint32> count;
    std::optional<ImapSequenceSet> all;
    std::optional<quint64> modSeq;
    // Other return data: upper-cased name and the value as sent.
    QList<std::pair<QByteArray, QByteArray>> otherItems;
};

// VANISHED and VANISHED (EARLIER) of QRESYNC (RFC 7162).
struct ImapVanishedData
{
    bool earlier = false;
    ImapSequenceSet uids;
};

struct ImapNamespace
{
    QByteArray rawPrefix;
    QString prefix;
    QString delimiter; // empty for NIL
    // Namespace-Response-Extensions: name and values.
    QList<std::pair<QByteArray, QList<QByteArray>>> extensions;
};

// NAMESPACE (RFC 2342, part of RFC 9051).
struct ImapNamespaceData
{
    QList<ImapNamespace> personal;
    QList<ImapNamespace> otherUsers;
    QList<ImapNamespace> shared;
};

// ID (RFC 2971): field names and values, as sent; a NIL value is null. "* ID NIL" has no fields.
struct ImapIdData
{
    QList<std::pair<QByteArray, QByteArray>> fields;
};

// An untagged response this parser does not know: kept, not refused.
struct ImapUnknownData
{
    std::optional<quint32> number; // the "7" of "* 7 FOO bar"
    QByteArray name;               // upper-cased
    QByteArray data;               // everything after the name and its space, as sent
};

using ImapResponseData =
    std::variant<std::monostate, ImapCapabilityData, ImapEnabledData, ImapFlagsData, ImapExistsData,
                 ImapRecentData, ImapExpungeData, ImapListData, ImapStatusData, ImapSearchData,
                 ImapESearchData, ImapVanishedData, ImapNamespaceData, ImapIdData, ImapFetchData,
                 ImapUnknownData>;

// The bracketed code of a status response (RFC 9051 section 7.1, RFC 4315, RFC 7162, RFC 5530).
struct ImapResponseCode
{
    enum class Kind
    {
        None, // no code
        Alert,
        AppendUid,
        BadCharset,
        Capability,
        Closed,
        CopyUid,
        HighestModSeq,
        Modified,
        NoModSeq,
        Parse,
        PermanentFlags,
        ReadOnly,
        ReadWrite,
        TryCreate,
        UidNext,
        UidNotSticky,
        UidValidity,
        Unseen,
        // Anything else, including RFC 5530's AUTHENTICATIONFAILED, NONEXISTENT, OVERQUOTA …:
        // compare name.
        Other
    };

    Kind kind = Kind::None;
    QByteArray name;    // upper-cased: "UIDVALIDITY", "AUTHENTICATIONFAILED" …
    QByteArray rawData; // what followed the name inside the brackets, as sent
    // CAPABILITY: the capabilities; PERMANENTFLAGS: the flags; BADCHARSET: the charsets.
    QList<QByteArray> list;
    // UIDNEXT, UIDVALIDITY, UNSEEN, HIGHESTMODSEQ; APPENDUID and COPYUID: the UIDVALIDITY.
    quint64 number = 0;
    ImapSequenceSet sourceUids; // COPYUID
    ImapSequenceSet uids;       // APPENDUID, COPYUID (the new UIDs); MODIFIED (a sequence set)
};

// One server response, parsed.
struct ImapParsedResponse
{
    enum class Type
    {
        Continuation,
        Tagged,
        Untagged
    };
    enum class Status
    {
        None, // continuations and untagged data
        Ok,
        No,
        Bad,
        PreAuth,
        Bye
    };

    Type type = Type::Untagged;
    QByteArray tag; // tagged responses only
    Status status = Status::None;
    // Status responses and continuations: the code and the human-readable text (decoded as
    // UTF-8), and the text's bytes (a SASL challenge is base64 there).
    ImapResponseCode code;
    QString text;
    QByteArray rawText;
    // Untagged data; std::monostate for status responses and continuations.
    ImapResponseData data;
};

} // namespace Satchel
