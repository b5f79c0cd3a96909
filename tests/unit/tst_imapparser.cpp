// ImapParser: status responses, response codes and untagged data, one case per construct, and
// malformed and hostile input. Whole sessions are in tst_imaptranscripts, FETCH in
// tst_imapfetchparser.

#include "imap/imapparser.h"
#include "imap/imapreader.h"
#include "imaptesthelpers.h"

#include <QTest>

using namespace Satchel;

using Code = ImapResponseCode::Kind;
using SpecialUse = ImapListData::SpecialUse;

using Satchel::Test::parseOk;

class TestImapParser : public QObject
{
    Q_OBJECT

private slots:
    void continuations()
    {
        auto r = parseOk("+ ");
        QVERIFY(r);
        QCOMPARE(r->type, ImapParsedResponse::Type::Continuation);
        QVERIFY(r->rawText.isEmpty());
        r = parseOk("+");
        QVERIFY(r);
        QCOMPARE(r->type, ImapParsedResponse::Type::Continuation);
        r = parseOk("+ dGVzdA==");
        QVERIFY(r);
        QCOMPARE(r->rawText, QByteArray("dGVzdA=="));
        r = parseOk("+ [ALERT] Ready for literal data");
        QVERIFY(r);
        QCOMPARE(r->code.kind, Code::Alert);
        QCOMPARE(r->text, QStringLiteral("Ready for literal data"));
    }

    void statusResponses()
    {
        auto r = parseOk("a3 NO [AUTHENTICATIONFAILED] Authentication failed.");
        QVERIFY(r);
        QCOMPARE(r->type, ImapParsedResponse::Type::Tagged);
        QCOMPARE(r->tag, QByteArray("a3"));
        QCOMPARE(r->status, ImapParsedResponse::Status::No);
        QCOMPARE(r->code.kind, Code::Other);
        QCOMPARE(r->code.name, QByteArray("AUTHENTICATIONFAILED"));
        QCOMPARE(r->text, QStringLiteral("Authentication failed."));
        QVERIFY(std::holds_alternative<std::monostate>(r->data));

        r = parseOk("* PREAUTH [CAPABILITY IMAP4rev2 IMAP4rev1] Logged in as bob");
        QVERIFY(r);
        QCOMPARE(r->status, ImapParsedResponse::Status::PreAuth);
        QCOMPARE(r->code.list, (QList<QByteArray>{"IMAP4rev2", "IMAP4rev1"}));

        r = parseOk("* bye Server shutting down");
        QVERIFY(r);
        QCOMPARE(r->status, ImapParsedResponse::Status::Bye);
        r = parseOk("* OK");
        QVERIFY(r);
        QCOMPARE(r->status, ImapParsedResponse::Status::Ok);
        QVERIFY(r->text.isEmpty());
        r = parseOk("A0001 ok [READ-WRITE]");
        QVERIFY(r);
        QCOMPARE(r->code.kind, Code::ReadWrite);
        r = parseOk("a9 BAD Command \"x\" unknown: \x01\xff kept as sent");
        QVERIFY(r);
        QCOMPARE(r->status, ImapParsedResponse::Status::Bad);
        // Exchange's greeting: brackets in the text are text unless they open it.
        r = parseOk("* OK The Microsoft Exchange IMAP4 service is ready. [TQBXADIAUABSADEA]");
        QVERIFY(r);
        QCOMPARE(r->code.kind, Code::None);
        QCOMPARE(r->text, QStringLiteral(
                              "The Microsoft Exchange IMAP4 service is ready. [TQBXADIAUABSADEA]"));
    }

    void responseCodes_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<Code>("kind");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QList<QByteArray>>("list");
        QTest::addColumn<quint64>("number");
        QTest::addColumn<QByteArray>("uids");

        const QList<QByteArray> none;
        QTest::newRow("ALERT") << QByteArray("* OK [ALERT] Mailbox is 95% full") << Code::Alert
                               << QByteArray("ALERT") << none << 0ull << QByteArray();
        QTest::newRow("PARSE") << QByteArray("* NO [PARSE] Bad header") << Code::Parse
                               << QByteArray("PARSE") << none << 0ull << QByteArray();
        QTest::newRow("PERMANENTFLAGS")
            << QByteArray("* OK [PERMANENTFLAGS (\\Deleted \\Seen $Forwarded \\*)] Limited")
            << Code::PermanentFlags << QByteArray("PERMANENTFLAGS")
            << QList<QByteArray>{"\\Deleted", "\\Seen", "$Forwarded", "\\*"} << 0ull
            << QByteArray();
        QTest::newRow("PERMANENTFLAGS empty")
            << QByteArray("* OK [PERMANENTFLAGS ()] Read-only mailbox.") << Code::PermanentFlags
            << QByteArray("PERMANENTFLAGS") << none << 0ull << QByteArray();
        QTest::newRow("READ-ONLY")
            << QByteArray("a2 OK [READ-ONLY] EXAMINE completed") << Code::ReadOnly
            << QByteArray("READ-ONLY") << none << 0ull << QByteArray();
        QTest::newRow("TRYCREATE")
            << QByteArray("a5 NO [TRYCREATE] No such mailbox") << Code::TryCreate
            << QByteArray("TRYCREATE") << none << 0ull << QByteArray();
        QTest::newRow("UIDNEXT") << QByteArray("* OK [UIDNEXT 4392] Predicted next UID")
                                 << Code::UidNext << QByteArray("UIDNEXT") << none << 4392ull
                                 << QByteArray();
        QTest::newRow("UIDVALIDITY max")
            << QByteArray("* OK [UIDVALIDITY 4294967295] UIDs valid") << Code::UidValidity
            << QByteArray("UIDVALIDITY") << none << 4294967295ull << QByteArray();
        QTest::newRow("UNSEEN") << QByteArray("* OK [UNSEEN 12] Message 12 is first unseen")
                                << Code::Unseen << QByteArray("UNSEEN") << none << 12ull
                                << QByteArray();
        QTest::newRow("HIGHESTMODSEQ")
            << QByteArray("* OK [HIGHESTMODSEQ 90060128194045007] Highest") << Code::HighestModSeq
            << QByteArray("HIGHESTMODSEQ") << none << 90060128194045007ull << QByteArray();
        QTest::newRow("NOMODSEQ") << QByteArray("* OK [NOMODSEQ] No permanent modsequences")
                                  << Code::NoModSeq << QByteArray("NOMODSEQ") << none << 0ull
                                  << QByteArray();
        QTest::newRow("MODIFIED") << QByteArray("d105 OK [MODIFIED 7,9,12:*] Conditional STORE")
                                  << Code::Modified << QByteArray("MODIFIED") << none << 0ull
                                  << QByteArray("7,9,12:*");
        QTest::newRow("APPENDUID")
            << QByteArray("A003 OK [APPENDUID 38505 3955] APPEND completed") << Code::AppendUid
            << QByteArray("APPENDUID") << none << 38505ull << QByteArray("3955");
        QTest::newRow("APPENDUID multi")
            << QByteArray("A003 OK [APPENDUID 38505 3955:3957] MULTIAPPEND") << Code::AppendUid
            << QByteArray("APPENDUID") << none << 38505ull << QByteArray("3955:3957");
        QTest::newRow("CLOSED") << QByteArray("* OK [CLOSED] Previous mailbox closed.")
                                << Code::Closed << QByteArray("CLOSED") << none << 0ull
                                << QByteArray();
        QTest::newRow("UIDNOTSTICKY")
            << QByteArray("* NO [UIDNOTSTICKY] Non-persistent UIDs") << Code::UidNotSticky
            << QByteArray("UIDNOTSTICKY") << none << 0ull << QByteArray();
        QTest::newRow("BADCHARSET")
            << QByteArray("a1 NO [BADCHARSET (UTF-8 \"US-ASCII\")] No") << Code::BadCharset
            << QByteArray("BADCHARSET") << QList<QByteArray>{"UTF-8", "US-ASCII"} << 0ull
            << QByteArray();
        QTest::newRow("CAPABILITY trailing space")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN ] hi") << Code::Capability
            << QByteArray("CAPABILITY") << QList<QByteArray>{"IMAP4rev1", "AUTH=PLAIN"} << 0ull
            << QByteArray();
        QTest::newRow("lower case name")
            << QByteArray("* OK [uidvalidity 3] x") << Code::UidValidity
            << QByteArray("UIDVALIDITY") << none << 3ull << QByteArray();
        for (const char *rfc5530 :
             {"UNAVAILABLE", "AUTHORIZATIONFAILED", "EXPIRED", "PRIVACYREQUIRED", "CONTACTADMIN",
              "NOPERM", "INUSE", "EXPUNGEISSUED", "CORRUPTION", "SERVERBUG", "CLIENTBUG", "CANNOT",
              "LIMIT", "OVERQUOTA", "ALREADYEXISTS", "NONEXISTENT"}) {
            QTest::newRow(rfc5530) << (QByteArray("t1 NO [") + rfc5530 + "] Sorry") << Code::Other
                                   << QByteArray(rfc5530) << none << 0ull << QByteArray();
        }
    }

    void responseCodes()
    {
        QFETCH(QByteArray, unit);
        QFETCH(Code, kind);
        QFETCH(QByteArray, name);
        QFETCH(QList<QByteArray>, list);
        QFETCH(quint64, number);
        QFETCH(QByteArray, uids);
        const auto r = parseOk(unit);
        QVERIFY(r);
        QCOMPARE(r->code.kind, kind);
        QCOMPARE(r->code.name, name);
        QCOMPARE(r->code.list, list);
        QCOMPARE(r->code.number, number);
        QCOMPARE(r->code.uids.toByteArray(), uids);
    }

    void copyUidAndUnknownCodes()
    {
        auto r = parseOk("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done");
        QVERIFY(r);
        QCOMPARE(r->code.kind, Code::CopyUid);
        QCOMPARE(r->code.number, 38505ull);
        QCOMPARE(r->code.sourceUids.toByteArray(), QByteArray("304,319:320"));
        QCOMPARE(r->code.uids.toByteArray(), QByteArray("3956:3958"));
        QCOMPARE(r->code.rawData, QByteArray("38505 304,319:320 3956:3958"));

        r = parseOk("* OK [MAILBOXID (F2212ea87-6097-4256-9d51-71338625)] Ok");
        QVERIFY(r);
        QCOMPARE(r->code.kind, Code::Other);
        QCOMPARE(r->code.name, QByteArray("MAILBOXID"));
        QCOMPARE(r->code.rawData, QByteArray("(F2212ea87-6097-4256-9d51-71338625)"));
        QCOMPARE(r->text, QStringLiteral("Ok"));
        r = parseOk("* NO [REFERRAL imap://user;AUTH=*@SERVER2/] Remote");
        QVERIFY(r);
        QCOMPARE(r->code.rawData, QByteArray("imap://user;AUTH=*@SERVER2/"));
    }

    void atomLists()
    {
        const auto capability =
            parseImapData<ImapCapabilityData>("* CAPABILITY IMAP4rev2 IMAP4rev1 LITERAL- ");
        QVERIFY(capability);
        QCOMPARE(capability->capabilities,
                 (QList<QByteArray>{"IMAP4rev2", "IMAP4rev1", "LITERAL-"}));
        const auto enabled = parseImapData<ImapEnabledData>("* ENABLED CONDSTORE QRESYNC");
        QVERIFY(enabled);
        QCOMPARE(enabled->capabilities, (QList<QByteArray>{"CONDSTORE", "QRESYNC"}));
        QVERIFY(parseImapData<ImapEnabledData>("* ENABLED")->capabilities.isEmpty());
        const auto flags = parseImapData<ImapFlagsData>("* FLAGS (\\Answered $MDNSent Junk)");
        QVERIFY(flags);
        QCOMPARE(flags->flags, (QList<QByteArray>{"\\Answered", "$MDNSent", "Junk"}));
    }

    void messageCounts()
    {
        QCOMPARE(parseImapData<ImapExistsData>("* 23 EXISTS")->count, 23u);
        QCOMPARE(parseImapData<ImapExistsData>("* 0 exists")->count, 0u);
        QCOMPARE(parseImapData<ImapRecentData>("* 5 RECENT")->count, 5u);
        QCOMPARE(parseImapData<ImapExpungeData>("* 44 EXPUNGE")->sequenceNumber, 44u);
        QCOMPARE(parseImapData<ImapExistsData>("* 4294967295 EXISTS")->count, 4294967295u);
    }

    void listResponses()
    {
        auto list = parseImapData<ImapListData>(
            "* LIST (\\HasNoChildren \\Sent) \"/\" \"[Gmail]/Sent Mail\"");
        QVERIFY(list);
        QVERIFY(!list->lsub);
        QCOMPARE(list->specialUse, SpecialUse::Sent);
        QCOMPARE(list->delimiter, QStringLiteral("/"));
        QCOMPARE(list->rawName, QByteArray("[Gmail]/Sent Mail"));
        QCOMPARE(list->name, QStringLiteral("[Gmail]/Sent Mail"));
        QVERIFY(list->isSelectable());

        list = parseImapData<ImapListData>("* LIST (\\Noselect) NIL \"\"");
        QVERIFY(list);
        QVERIFY(list->delimiter.isEmpty());
        QVERIFY(!list->isSelectable());
        QCOMPARE(list->rawName, QByteArray(""));

        list = parseImapData<ImapListData>("* LSUB () \".\" inbox");
        QVERIFY(list);
        QVERIFY(list->lsub);
        QCOMPARE(list->name, QStringLiteral("INBOX"));
        QCOMPARE(list->rawName, QByteArray("inbox"));

        list = parseImapData<ImapListData>("* LIST () \"\\\\\" {11}\r\nFoo\\Bar Baz");
        QVERIFY(list);
        QCOMPARE(list->delimiter, QStringLiteral("\\"));
        QCOMPARE(list->name, QStringLiteral("Foo\\Bar Baz"));

        const QList<std::pair<QByteArray, SpecialUse>> uses = {
            {"\\All", SpecialUse::All},
            {"\\Archive", SpecialUse::Archive},
            {"\\Drafts", SpecialUse::Drafts},
            {"\\Flagged", SpecialUse::Flagged},
            {"\\Junk", SpecialUse::Junk},
            {"\\trash", SpecialUse::Trash},
            {"\\Important", SpecialUse::Important}};
        for (const auto &[attribute, use] : uses) {
            list =
                parseImapData<ImapListData>("* LIST (\\HasNoChildren " + attribute + ") \"/\" x");
            QVERIFY(list);
            QCOMPARE(list->specialUse, use);
        }
    }

    void listExtended()
    {
        auto list = parseImapData<ImapListData>(
            "* LIST (\\NonExistent) \"/\" Projects (\"CHILDINFO\" (\"SUBSCRIBED\"))");
        QVERIFY(list);
        QCOMPARE(list->childInfo, QList<QByteArray>{"SUBSCRIBED"});
        QVERIFY(!list->isSelectable());
        list = parseImapData<ImapListData>(
            "* LIST () \"/\" \"New &AOQ-\" (\"OLDNAME\" (\"Old &APY-\") \"X-FOO\" (1 (2 \"x\")))");
        QVERIFY(list);
        QCOMPARE(list->name, QStringLiteral("New ä"));
        QCOMPARE(list->rawOldName, QByteArray("Old &APY-"));
        QCOMPARE(list->oldName, QStringLiteral("Old ö"));
        QCOMPARE(list->extendedItems.size(), 1);
        QCOMPARE(list->extendedItems.first().first, QByteArray("X-FOO"));
        QCOMPARE(list->extendedItems.first().second, QByteArray("(1 (2 \"x\"))"));
    }

    void mailboxNameEncodings()
    {
        // Modified UTF-7 by default; raw UTF-8 shown as UTF-8 when it is not valid modified UTF-7.
        auto list = parseImapData<ImapListData>("* LIST () \"/\" Entw&APw-rfe");
        QCOMPARE(list->name, QStringLiteral("Entwürfe"));
        list = parseImapData<ImapListData>("* LIST () \"/\" \"Entw\xc3\xbcrfe\"");
        QCOMPARE(list->name, QStringLiteral("Entwürfe"));
        list = parseImapData<ImapListData>("* LIST () \"/\" \"A&B\"");
        QCOMPARE(list->name, QStringLiteral("A&B"));
        QCOMPARE(list->rawName, QByteArray("A&B"));
        // With UTF8=ACCEPT names are UTF-8, and "&" is just "&".
        ImapParser::Options utf8;
        utf8.utf8Names = true;
        list =
            parseImapData<ImapListData>("* LIST () \"/\" \"Entw&APw-rfe \xf0\x9f\x98\x80\"", utf8);
        QCOMPARE(list->name, QStringLiteral("Entw&APw-rfe 😀"));
        const auto status = parseImapData<ImapStatusData>(
            "* STATUS \"\xe6\x97\xa5\xe6\x9c\xac\" (MESSAGES 1)", utf8);
        QCOMPARE(status->name, QStringLiteral("日本"));
    }

    void statusData()
    {
        const auto status = parseImapData<ImapStatusData>(
            "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292 UIDVALIDITY 3857529045 UNSEEN 3 "
            "RECENT 0 DELETED 2 SIZE 9223372036854775807 HIGHESTMODSEQ 7011231777 "
            "MAILBOXID (F2212ea87) APPENDLIMIT NIL)");
        QVERIFY(status);
        QCOMPARE(status->name, QStringLiteral("blurdybloop"));
        QCOMPARE(status->messages, 231u);
        QCOMPARE(status->uidNext, 44292u);
        QCOMPARE(status->uidValidity, 3857529045u);
        QCOMPARE(status->unseen, 3u);
        QCOMPARE(status->recent, 0u);
        QCOMPARE(status->deleted, 2u);
        QCOMPARE(status->size, 9223372036854775807ull);
        QCOMPARE(status->highestModSeq, 7011231777ull);
        QCOMPARE(status->otherItems.size(), 2);
        QCOMPARE(status->otherItems.at(0).second, QByteArray("(F2212ea87)"));
        QCOMPARE(status->otherItems.at(1).first, QByteArray("APPENDLIMIT"));
        const auto empty = parseImapData<ImapStatusData>("* STATUS {5}\r\nA b c ()");
        QVERIFY(empty);
        QCOMPARE(empty->rawName, QByteArray("A b c"));
        QVERIFY(!empty->messages);
    }

    void searchData()
    {
        auto search = parseImapData<ImapSearchData>("* SEARCH 2 84 882");
        QCOMPARE(search->numbers, (QList<quint32>{2, 84, 882}));
        QVERIFY(!search->highestModSeq);
        search = parseImapData<ImapSearchData>("* SEARCH");
        QVERIFY(search->numbers.isEmpty());
        search = parseImapData<ImapSearchData>("* SEARCH 3 7 11 "); // Exchange's trailing space
        QCOMPARE(search->numbers, (QList<quint32>{3, 7, 11}));
        search =
            parseImapData<ImapSearchData>("* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)");
        QCOMPARE(search->numbers.size(), 10);
        QCOMPARE(search->highestModSeq, 917162500ull);
    }

    void esearchData()
    {
        auto esearch = parseImapData<ImapESearchData>(
            "* ESEARCH (TAG \"A282\") UID MIN 2 MAX 47 COUNT 3 ALL 2,10:11 MODSEQ 917162500");
        QVERIFY(esearch);
        QCOMPARE(esearch->tag, QByteArray("A282"));
        QVERIFY(esearch->uid);
        QCOMPARE(esearch->min, 2u);
        QCOMPARE(esearch->max, 47u);
        QCOMPARE(esearch->count, 3u);
        QCOMPARE(esearch->all->toByteArray(), QByteArray("2,10:11"));
        QCOMPARE(esearch->modSeq, 917162500ull);
        esearch = parseImapData<ImapESearchData>("* ESEARCH (TAG \"a5\")");
        QVERIFY(esearch);
        QVERIFY(!esearch->uid && !esearch->count && !esearch->all);
        esearch = parseImapData<ImapESearchData>("* ESEARCH");
        QVERIFY(esearch);
        esearch = parseImapData<ImapESearchData>(
            "* ESEARCH (TAG \"x\" MAILBOX \"folder1\" UIDVALIDITY 1) UID PARTIAL (1:100 1,4:7)");
        QVERIFY(esearch);
        QCOMPARE(esearch->tag, QByteArray("x"));
        QCOMPARE(esearch->otherItems.first().second, QByteArray("(1:100 1,4:7)"));
    }

    void vanishedData()
    {
        auto vanished = parseImapData<ImapVanishedData>("* VANISHED (EARLIER) 41,43:116,118");
        QVERIFY(vanished);
        QVERIFY(vanished->earlier);
        QCOMPARE(vanished->uids.ranges().size(), 3);
        QVERIFY(vanished->uids.contains(100, 0));
        vanished = parseImapData<ImapVanishedData>("* VANISHED 405,1:4294967295");
        QVERIFY(vanished);
        QVERIFY(!vanished->earlier);
        QCOMPARE(vanished->uids.count(0), 4294967296ull);
    }

    void namespaceAndId()
    {
        auto ns = parseImapData<ImapNamespaceData>("* NAMESPACE ((\"\" \"/\")) NIL NIL");
        QVERIFY(ns);
        QCOMPARE(ns->personal.size(), 1);
        QCOMPARE(ns->personal.first().delimiter, QStringLiteral("/"));
        QVERIFY(ns->otherUsers.isEmpty() && ns->shared.isEmpty());
        ns = parseImapData<ImapNamespaceData>(
            "* NAMESPACE ((\"INBOX.\" \".\")) ((\"user.\" \".\")) ((\"\" \".\")(\"Public &AOQ-\" "
            "NIL \"X-PARAM\" (\"FLAG1\" \"FLAG2\")))");
        QVERIFY(ns);
        QCOMPARE(ns->personal.first().prefix, QStringLiteral("INBOX."));
        QCOMPARE(ns->otherUsers.first().rawPrefix, QByteArray("user."));
        QCOMPARE(ns->shared.size(), 2);
        QCOMPARE(ns->shared.at(1).prefix, QStringLiteral("Public ä"));
        QVERIFY(ns->shared.at(1).delimiter.isEmpty());
        QCOMPARE(ns->shared.at(1).extensions.first().second, (QList<QByteArray>{"FLAG1", "FLAG2"}));

        auto id = parseImapData<ImapIdData>(
            "* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"os\" NIL \"support-url\" "
            "\"mailto:cyrus-bugs+@andrew.cmu.edu\")");
        QVERIFY(id);
        QCOMPARE(id->fields.size(), 4);
        QCOMPARE(id->fields.at(1).second, QByteArray("1.5"));
        QVERIFY(id->fields.at(2).second.isNull());
        id = parseImapData<ImapIdData>("* ID NIL");
        QVERIFY(id && id->fields.isEmpty());
    }

    void unknownResponsesAreKept()
    {
        auto unknown = parseImapData<ImapUnknownData>("* QUOTAROOT INBOX \"\"");
        QVERIFY(unknown);
        QCOMPARE(unknown->name, QByteArray("QUOTAROOT"));
        QCOMPARE(unknown->data, QByteArray("INBOX \"\""));
        QVERIFY(!unknown->number);
        unknown = parseImapData<ImapUnknownData>("* 3 CONVERTED (UID 4) {3}\r\nabc");
        QVERIFY(unknown);
        QCOMPARE(unknown->number, 3u);
        QCOMPARE(unknown->data, QByteArray("(UID 4) {3}\r\nabc"));
        unknown = parseImapData<ImapUnknownData>("* XLIST");
        QVERIFY(unknown);
        QVERIFY(unknown->data.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<QString>("errorPart");
        const QString malformed = QStringLiteral("malformed");
        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("star only") << QByteArray("*") << malformed;
        QTest::newRow("star space") << QByteArray("* ") << malformed;
        QTest::newRow("no status") << QByteArray("a1") << malformed;
        QTest::newRow("tagged not status") << QByteArray("a1 FETCH 1") << malformed;
        QTest::newRow("tagged PREAUTH") << QByteArray("a1 PREAUTH x") << malformed;
        QTest::newRow("plus in tag") << QByteArray("a+1 OK x") << malformed;
        QTest::newRow("quote in tag") << QByteArray("a\"1 OK x") << malformed;
        QTest::newRow("continuation glued") << QByteArray("+OK") << malformed;
        QTest::newRow("unclosed code") << QByteArray("* OK [ALERT oops") << malformed;
        QTest::newRow("empty code") << QByteArray("* OK [] x") << malformed;
        QTest::newRow("UIDVALIDITY text") << QByteArray("* OK [UIDVALIDITY abc] x") << malformed;
        QTest::newRow("UIDNEXT overflow")
            << QByteArray("* OK [UIDNEXT 4294967296] x") << QStringLiteral("too large");
        QTest::newRow("COPYUID star") << QByteArray("a OK [COPYUID 1 1:* 2:3] x") << malformed;
        QTest::newRow("MODIFIED empty") << QByteArray("a OK [MODIFIED] x") << malformed;
        QTest::newRow("number only") << QByteArray("* 12") << malformed;
        QTest::newRow("number space") << QByteArray("* 12 ") << malformed;
        QTest::newRow("EXISTS overflow")
            << QByteArray("* 99999999999 EXISTS") << QStringLiteral("too large");
        QTest::newRow("EXPUNGE zero") << QByteArray("* 0 EXPUNGE") << malformed;
        QTest::newRow("FETCH zero") << QByteArray("* 0 FETCH (UID 1)") << malformed;
        QTest::newRow("FLAGS unclosed") << QByteArray("* FLAGS (\\Seen") << malformed;
        QTest::newRow("FLAGS bare backslash") << QByteArray("* FLAGS (\\ \\Seen)") << malformed;
        QTest::newRow("LIST no name") << QByteArray("* LIST () \"/\"") << malformed;
        QTest::newRow("LIST bad delimiter") << QByteArray("* LIST () / x") << malformed;
        QTest::newRow("LIST trailing junk") << QByteArray("* LIST () \"/\" x y") << malformed;
        QTest::newRow("STATUS no list") << QByteArray("* STATUS x") << malformed;
        QTest::newRow("STATUS bad value") << QByteArray("* STATUS x (MESSAGES x)") << malformed;
        QTest::newRow("SEARCH zero") << QByteArray("* SEARCH 1 0") << malformed;
        QTest::newRow("SEARCH word") << QByteArray("* SEARCH 1 two") << malformed;
        QTest::newRow("SEARCH MODSEQ junk") << QByteArray("* SEARCH 1 (FOO 2)") << malformed;
        QTest::newRow("ESEARCH ALL bad") << QByteArray("* ESEARCH ALL 1:") << malformed;
        QTest::newRow("ESEARCH MIN zero") << QByteArray("* ESEARCH MIN 0") << malformed;
        QTest::newRow("VANISHED empty") << QByteArray("* VANISHED") << malformed;
        QTest::newRow("VANISHED star") << QByteArray("* VANISHED 1:*") << malformed;
        QTest::newRow("VANISHED LATER") << QByteArray("* VANISHED (LATER) 1") << malformed;
        QTest::newRow("NAMESPACE short") << QByteArray("* NAMESPACE NIL NIL") << malformed;
        QTest::newRow("NAMESPACE empty") << QByteArray("* NAMESPACE () NIL NIL") << malformed;
        QTest::newRow("ID odd") << QByteArray("* ID (\"name\")") << malformed;
        QTest::newRow("literal too short")
            << QByteArray("* LIST () \"/\" {10}\r\nabc") << malformed;
        QTest::newRow("literal without CRLF") << QByteArray("* LIST () \"/\" {3}abc") << malformed;
        QTest::newRow("literal plus") << QByteArray("* LIST () \"/\" {3+}\r\nabc") << malformed;
        QTest::newRow("literal size overflow")
            << QByteArray("* LIST () \"/\" {99999999999999999999}\r\nabc")
            << QStringLiteral("too large");
        QTest::newRow("quoted bad escape") << QByteArray("* LIST () \"/\" \"a\\n\"") << malformed;
        QTest::newRow("quoted unterminated") << QByteArray("* LIST () \"/\" \"abc") << malformed;
        QTest::newRow("quoted CR") << QByteArray("* LIST () \"/\" \"a\rb\"") << malformed;
        QTest::newRow("quoted NUL") << QByteArray("* LIST () \"/\" \"a\0b\"", 19) << malformed;
    }

    void malformed()
    {
        QFETCH(QByteArray, unit);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!ImapParser::parse(unit, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(error.size() < 200);
    }

    void errorNamesTheResponseAndQuotesIt()
    {
        QString error;
        QVERIFY(
            !ImapParser::parse("* 7 FETCH (UID 3 ENVELOPE (\"date\" NIL (( \"x\")) NIL", &error));
        QVERIFY2(error.startsWith(QStringLiteral("The server sent a malformed FETCH response: ")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("ENVELOPE (\"date\" NIL ((")), qPrintable(error));
        // Controls in the excerpt are masked, so the sentence stays on one line.
        QVERIFY(!ImapParser::parse("* LIST () \"/\" {5}\r\nab", &error));
        QVERIFY(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')));
    }

    void nestingIsLimited()
    {
        const int depth = ImapReader::maxDepth;
        QString error;
        QByteArray deep = "* LIST () \"/\" x (\"X\" " + QByteArray(depth - 1, '(') +
                          QByteArray(depth - 1, ')') + ")";
        QVERIFY2(ImapParser::parse(deep, &error), qPrintable(error));
        deep = "* LIST () \"/\" x (\"X\" " + QByteArray(depth, '(') + QByteArray(depth, ')') + ")";
        QVERIFY(!ImapParser::parse(deep, &error));
        QVERIFY2(error.contains(QStringLiteral("nested more than 64 levels")), qPrintable(error));
        // Hostile depth far beyond the limit costs nothing.
        QVERIFY(!ImapParser::parse("* 1 FETCH (X " + QByteArray(1000000, '('), &error));
        QVERIFY(error.contains(QStringLiteral("nested")));
    }

    void elementsAreLimited()
    {
        QByteArray search = "* SEARCH";
        search.reserve(ImapReader::maxElements * 2 + 16);
        for (qsizetype i = 0; i <= ImapReader::maxElements; ++i)
            search += " 1";
        QString error;
        QVERIFY(!ImapParser::parse(search, &error));
        QVERIFY2(error.contains(QStringLiteral("more than")), qPrintable(error));
        search.chop(4);
        QVERIFY2(ImapParser::parse(search, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imapparser.moc"
