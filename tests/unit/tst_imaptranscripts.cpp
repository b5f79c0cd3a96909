// ImapParser on whole sessions: the test bed's Dovecot (captured into data/imap/ with
// openssl-like scripting, see data/imap/README.md) and Gmail, Fastmail/Cyrus and Exchange as they
// answer. Every unit is framed by LineFramer as a session would and must parse.

#include "imap/imapparser.h"
#include "imaptesthelpers.h"
#include "net/lineframer.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Satchel;

using Code = ImapResponseCode::Kind;
using SpecialUse = ImapListData::SpecialUse;

using Satchel::Test::parseOk;

class TestImapTranscripts : public QObject
{
    Q_OBJECT

    // Frames a captured server byte stream as a session would and parses every unit.
    static void parseStream(const QByteArray &stream, QList<ImapParsedResponse> *responses)
    {
        LineFramer framer(LineFramer::Mode::ImapLiterals);
        framer.feed(stream);
        QByteArray unit;
        while (framer.next(&unit) == LineFramer::Status::Unit) {
            QString error;
            const std::optional<ImapParsedResponse> response = ImapParser::parse(unit, &error);
            QVERIFY2(response, qPrintable(error + QStringLiteral(" in ") +
                                          QString::fromUtf8(unit.left(200))));
            responses->append(*response);
        }
        QCOMPARE(framer.bufferedBytes(), qsizetype(0));
    }

    static QByteArray capture(const char *name)
    {
        QFile file(QStringLiteral(SATCHEL_IMAP_TESTDATA "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qWarning("cannot read %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    template <typename T>
    static QList<T> dataOf(const QList<ImapParsedResponse> &responses)
    {
        QList<T> found;
        for (const ImapParsedResponse &response : responses) {
            if (const T *data = std::get_if<T>(&response.data))
                found.append(*data);
        }
        return found;
    }

    static QList<ImapResponseCode> codesOf(const QList<ImapParsedResponse> &responses, Code kind)
    {
        QList<ImapResponseCode> found;
        for (const ImapParsedResponse &response : responses) {
            if (response.code.kind == kind)
                found.append(response.code);
        }
        return found;
    }

private slots:
    void dovecotSession()
    {
        QList<ImapParsedResponse> responses;
        parseStream(capture("dovecot-session1.bin"), &responses);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(responses.size(), 181);
        QCOMPARE(responses.first().code.kind, Code::Capability);
        QVERIFY(responses.first().code.list.contains("AUTH=PLAIN"));
        QCOMPARE(responses.last().tag, QByteArray("a51"));

        const QList<ImapListData> lists = dataOf<ImapListData>(responses);
        QStringList names;
        for (const ImapListData &list : lists.first(11))
            names.append(list.name);
        QCOMPARE(names, (QStringList{QStringLiteral("Tom & Jerry"), QStringLiteral("Projects"),
                                     QStringLiteral("Projects/😀 Fun"), QStringLiteral("日本語"),
                                     QStringLiteral("Entwürfe"), QStringLiteral("Drafts"),
                                     QStringLiteral("Sent"), QStringLiteral("Trash"),
                                     QStringLiteral("Junk"), QStringLiteral("Archive"),
                                     QStringLiteral("INBOX")}));
        QCOMPARE(lists.at(5).specialUse, SpecialUse::Drafts);
        QCOMPARE(lists.at(9).specialUse, SpecialUse::Archive);
        bool childInfo = false;
        for (const ImapListData &list : lists)
            childInfo |= list.childInfo == QList<QByteArray>{"SUBSCRIBED"};
        QVERIFY(childInfo);
        QCOMPARE(std::count_if(lists.begin(), lists.end(), [](const auto &l) { return l.lsub; }),
                 6);

        const QList<ImapStatusData> statuses = dataOf<ImapStatusData>(responses);
        QCOMPARE(statuses.last().name, QStringLiteral("INBOX"));
        QCOMPARE(statuses.last().messages, 6u);
        QCOMPARE(statuses.last().size, 3297ull);
        QCOMPARE(statuses.last().highestModSeq, 2ull);

        QCOMPARE(dataOf<ImapNamespaceData>(responses).first().personal.first().prefix, QString());
        QCOMPARE(dataOf<ImapIdData>(responses).first().fields.first().second,
                 QByteArray("Dovecot"));
        QCOMPARE(dataOf<ImapSearchData>(responses).at(2).highestModSeq, 3ull);
        QVERIFY(dataOf<ImapSearchData>(responses).at(3).numbers.isEmpty());
        const ImapESearchData esearch = dataOf<ImapESearchData>(responses).first();
        QCOMPARE(esearch.tag, QByteArray("a30"));
        QCOMPARE(esearch.all->toByteArray(), QByteArray("1:6"));
        QCOMPARE(esearch.count, 6u);

        QCOMPARE(codesOf(responses, Code::Modified).last().uids.toByteArray(), QByteArray("1:4"));
        QCOMPARE(codesOf(responses, Code::CopyUid).size(), 2);
        QCOMPARE(codesOf(responses, Code::AppendUid).first().uids.toByteArray(), QByteArray("1"));
        QCOMPARE(codesOf(responses, Code::Other).first().name, QByteArray("ALREADYEXISTS"));
        QVERIFY(codesOf(responses, Code::PermanentFlags).first().list.contains("\\*"));
        QVERIFY(codesOf(responses, Code::PermanentFlags).at(2).list.isEmpty());
        QCOMPARE(codesOf(responses, Code::ReadOnly).size(), 1);
        QCOMPARE(codesOf(responses, Code::Closed).size(), 2);

        const QList<ImapVanishedData> vanished = dataOf<ImapVanishedData>(responses);
        QCOMPARE(vanished.size(), 3);
        QVERIFY(vanished.last().earlier);
        QCOMPARE(vanished.last().uids.toByteArray(), QByteArray("4,6"));
        int continuations = 0;
        for (const ImapParsedResponse &response : responses)
            continuations += response.type == ImapParsedResponse::Type::Continuation;
        QCOMPARE(continuations, 3);
        QCOMPARE(dataOf<ImapFetchData>(responses).size(), 28);
    }

    void dovecotSession2()
    {
        QList<ImapParsedResponse> responses;
        parseStream(capture("dovecot-session2.bin"), &responses);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(responses.size(), 50);
        QCOMPARE(codesOf(responses, Code::BadCharset).size(), 1);
        QCOMPARE(dataOf<ImapEnabledData>(responses).first().capabilities,
                 QList<QByteArray>{"QRESYNC"});
        QCOMPARE(dataOf<ImapESearchData>(responses).last().all->toByteArray(), QByteArray("2:3"));
        const QList<ImapFetchData> fetches = dataOf<ImapFetchData>(responses);
        bool preview = false;
        for (const ImapFetchData &fetch : fetches) {
            for (const auto &[name, value] : fetch.otherItems)
                preview |= name == "PREVIEW" && value == "{11}\r\nCaf\xc3\xa9 at 5?";
        }
        QVERIFY(preview);
    }

    void gmailSession()
    {
        const QByteArray stream =
            "* OK Gimap ready for requests from 198.51.100.1 u5mb123456\r\n"
            "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 "
            "UIDPLUS COMPRESS=DEFLATE ENABLE MOVE CONDSTORE ESEARCH UTF8=ACCEPT LIST-EXTENDED "
            "LIST-STATUS LITERAL- SPECIAL-USE APPENDLIMIT=35651584\r\n"
            "a1 OK bob@gmail.com authenticated (Success)\r\n"
            "* LIST (\\HasNoChildren) \"/\" \"INBOX\"\r\n"
            "* LIST (\\HasChildren \\Noselect) \"/\" \"[Gmail]\"\r\n"
            "* LIST (\\All \\HasNoChildren) \"/\" \"[Gmail]/All Mail\"\r\n"
            "* LIST (\\HasNoChildren \\Important) \"/\" \"[Gmail]/Important\"\r\n"
            "* LIST (\\Flagged \\HasNoChildren) \"/\" \"[Gmail]/Starred\"\r\n"
            "a2 OK Success\r\n"
            "* FLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen $NotPhishing $Phishing)\r\n"
            "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen $NotPhishing "
            "$Phishing \\*)] Flags permitted.\r\n"
            "* OK [UIDVALIDITY 1] UIDs valid.\r\n"
            "* 1234 EXISTS\r\n"
            "* 0 RECENT\r\n"
            "* OK [UIDNEXT 5678] Predicted next UID.\r\n"
            "* OK [HIGHESTMODSEQ 987654]\r\n"
            "a3 OK [READ-WRITE] INBOX selected. (Success)\r\n"
            "* 1 FETCH (X-GM-THRID 1789012345678901234 X-GM-MSGID 1789012345678901235 "
            "X-GM-LABELS (\"\\\\Important\" \"\\\\Sent\" Work) UID 4 MODSEQ (123456) FLAGS "
            "(\\Seen))\r\n"
            "a4 OK Success\r\n"
            "* ESEARCH (TAG \"a5\") UID COUNT 3 ALL 4,10:11\r\n"
            "a5 OK SEARCH completed (Success)\r\n"
            "a6 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n"
            "* BYE System Error\r\n";
        QList<ImapParsedResponse> responses;
        parseStream(stream, &responses);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(responses.size(), 23);
        const QList<ImapListData> lists = dataOf<ImapListData>(responses);
        QCOMPARE(lists.at(1).isSelectable(), false);
        QCOMPARE(lists.at(2).specialUse, SpecialUse::All);
        QCOMPARE(lists.at(3).specialUse, SpecialUse::Important);
        QCOMPARE(lists.at(4).specialUse, SpecialUse::Flagged);
        const ImapFetchData fetch = dataOf<ImapFetchData>(responses).first();
        QCOMPARE(fetch.uid, 4u);
        QCOMPARE(fetch.otherItems.size(), 3);
        QCOMPARE(fetch.otherItems.at(2).first, QByteArray("X-GM-LABELS"));
        QCOMPARE(fetch.otherItems.at(2).second,
                 QByteArray("(\"\\\\Important\" \"\\\\Sent\" Work)"));
        QCOMPARE(codesOf(responses, Code::HighestModSeq).first().number, 987654ull);
        QCOMPARE(responses.last().status, ImapParsedResponse::Status::Bye);
    }

    void fastmailCyrusSession()
    {
        const QByteArray stream =
            "* OK [CAPABILITY IMAP4rev1 LITERAL+ ID ENABLE ACL RIGHTS=kxten QUOTA NAMESPACE "
            "UIDPLUS CONDSTORE ESEARCH LIST-EXTENDED LIST-STATUS QRESYNC MOVE SPECIAL-USE "
            "UTF8=ACCEPT STATUS=SIZE OBJECTID PREVIEW AUTH=PLAIN SASL-IR] imap.example.com "
            "Cyrus IMAP 3.9 server ready\r\n"
            "* ENABLED UTF8=ACCEPT QRESYNC\r\n"
            "* LIST (\\HasChildren) \"/\" INBOX\r\n"
            "* LIST (\\HasNoChildren) \"/\" \"INBOX/Entw\xc3\xbcrfe alt\"\r\n"
            "* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Items\"\r\n"
            "* STATUS INBOX (MESSAGES 17 UIDNEXT 120 UIDVALIDITY 1588 UNSEEN 2 HIGHESTMODSEQ "
            "4501 SIZE 203412 MAILBOXID (Pdb9c0ab1-7a5b-4d8c))\r\n"
            "* NAMESPACE ((\"\" \"/\")) ((\"Other Users/\" \"/\")) ((\"Shared Folders/\" "
            "\"/\"))\r\n"
            "* 3 FETCH (UID 117 EMAILID (M5f7c4d4ab0a2d1c6) THREADID (T42bd0a4b3b0c9d2a) "
            "MODSEQ (4500) FLAGS ($X-ME-Annot-2 \\Seen) PREVIEW \"Hi there\")\r\n"
            "* VANISHED (EARLIER) 300:310,405,411\r\n"
            "* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800\r\n"
            "A285 OK Completed (0.001 secs 3 calls)\r\n";
        QList<ImapParsedResponse> responses;
        LineFramer framer(LineFramer::Mode::ImapLiterals);
        framer.feed(stream);
        QByteArray unit;
        ImapParser::Options utf8;
        utf8.utf8Names = true;
        while (framer.next(&unit) == LineFramer::Status::Unit) {
            const auto response = parseOk(unit, utf8);
            QVERIFY(response);
            responses.append(*response);
        }
        QCOMPARE(responses.size(), 11);
        QCOMPARE(dataOf<ImapListData>(responses).at(1).name, QStringLiteral("INBOX/Entwürfe alt"));
        QCOMPARE(dataOf<ImapStatusData>(responses).first().otherItems.first().first,
                 QByteArray("MAILBOXID"));
        QCOMPARE(dataOf<ImapNamespaceData>(responses).first().shared.first().prefix,
                 QStringLiteral("Shared Folders/"));
        const ImapFetchData fetch = dataOf<ImapFetchData>(responses).first();
        QCOMPARE(fetch.otherItems.size(), 3);
        QCOMPARE(fetch.otherItems.first().second, QByteArray("(M5f7c4d4ab0a2d1c6)"));
        QCOMPARE(fetch.modSeq, 4500ull);
        QCOMPARE(dataOf<ImapVanishedData>(responses).first().uids.count(0), 13ull);
    }

    void exchangeSession()
    {
        const QByteArray stream =
            "* OK The Microsoft Exchange IMAP4 service is ready. [TQBXADIAUABSADEAMAAxAEMAQQA=]\r\n"
            "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT "
            "CHILDREN IDLE NAMESPACE LITERAL+\r\n"
            "* LIST (\\HasChildren) \"/\" Inbox\r\n"
            "* LIST (\\Marked \\HasNoChildren \\Sent) \"/\" \"Sent Items\"\r\n"
            "* LIST (\\HasNoChildren \\Trash) \"/\" \"Deleted Items\"\r\n"
            "* LIST (\\HasNoChildren \\Junk) \"/\" \"Junk Email\"\r\n"
            "* 14 EXISTS\r\n"
            "* 0 RECENT\r\n"
            "* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)\r\n"
            "* OK [PERMANENTFLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)] "
            "Permanent flags\r\n"
            "* OK [UNSEEN 3] Is the first unseen message\r\n"
            "* OK [UIDVALIDITY 14] UIDVALIDITY value\r\n"
            "* OK [UIDNEXT 342] The next unique identifier value\r\n"
            "a3 OK [READ-WRITE] SELECT completed.\r\n"
            "* SEARCH 3 7 11 \r\n"
            "* 2 FETCH (UID 201 RFC822.SIZE 20412 FLAGS (\\Seen) INTERNALDATE \" 3-Feb-2024 "
            "08:15:02 +0000\" ENVELOPE (\"Sat, 3 Feb 2024 08:14:59 +0000\" \"Quarterly numbers\" "
            "((\"Finance Team\" NIL \"finance\" \"contoso.com\")) NIL NIL ((NIL NIL \"user\" "
            "\"contoso.com\")) NIL NIL NIL \"<AM0PR01MB1234@contoso.com>\"))\r\n"
            "* 5 EXPUNGE\r\n"
            "a5 NO [TRYCREATE] The requested item could not be found.\r\n"
            "* BYE Microsoft Exchange Server IMAP4 server signing off.\r\n";
        QList<ImapParsedResponse> responses;
        parseStream(stream, &responses);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(responses.size(), 19);
        QCOMPARE(dataOf<ImapListData>(responses).first().name, QStringLiteral("INBOX"));
        QCOMPARE(dataOf<ImapListData>(responses).at(2).specialUse, SpecialUse::Trash);
        QCOMPARE(dataOf<ImapSearchData>(responses).first().numbers, (QList<quint32>{3, 7, 11}));
        const ImapFetchData fetch = dataOf<ImapFetchData>(responses).first();
        QCOMPARE(fetch.internalDate->date(), QDate(2024, 2, 3));
        QVERIFY(fetch.envelope->sender.isEmpty());
        QCOMPARE(codesOf(responses, Code::TryCreate).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImapTranscripts)
#include "tst_imaptranscripts.moc"
