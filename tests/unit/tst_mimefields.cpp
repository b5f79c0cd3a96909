// The header-level pieces of the MIME parser: encoded words, parameters, addresses, dates,
// message identifiers, transfer codecs, charsets, format=flowed and HTML to text.

#include "mime/mimeaddress.h"
#include "mime/mimecharset.h"
#include "mime/mimecodecs.h"
#include "mime/mimedate.h"
#include "mime/mimeencodedwords.h"
#include "mime/mimemessageids.h"
#include "mime/mimeparams.h"
#include "mime/mimetext.h"

#include <QTest>

using namespace Satchel;

using Kinds = QList<MimeWarning::Kind>;
Q_DECLARE_METATYPE(MimeWarning::Kind)

namespace {

Kinds kinds(const QList<MimeWarning> &warnings)
{
    Kinds result;
    for (const MimeWarning &warning : warnings)
        result.append(warning.kind);
    return result;
}

} // namespace

class TestMimeFields : public QObject
{
    Q_OBJECT

private slots:
    void encodedWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("decoded");
        // RFC 2047 section 8, the examples and the table of whitespace handling.
        QTest::newRow("rfc q") << QByteArray("=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=")
                               << QStringLiteral("Keld Jørn Simonsen");
        QTest::newRow("rfc b two charsets")
            << QByteArray("=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\t"
                          "=?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=")
            << QStringLiteral("If you can read this you understand the example.");
        QTest::newRow("one word") << QByteArray("=?ISO-8859-1?Q?a?=") << QStringLiteral("a");
        QTest::newRow("word then text")
            << QByteArray("=?ISO-8859-1?Q?a?= b") << QStringLiteral("a b");
        QTest::newRow("adjacent") << QByteArray("=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=")
                                  << QStringLiteral("ab");
        QTest::newRow("adjacent two spaces")
            << QByteArray("=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("adjacent unfolded")
            << QByteArray("=?ISO-8859-1?Q?a?=    =?ISO-8859-1?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("underscore") << QByteArray("=?ISO-8859-1?Q?a_b?=") << QStringLiteral("a b");
        QTest::newRow("encoded space")
            << QByteArray("=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=") << QStringLiteral("a b");
        QTest::newRow("text word text")
            << QByteArray("Re: =?utf-8?q?caf=C3=A9?= ok") << QStringLiteral("Re: café ok");
        QTest::newRow("lower case b") << QByteArray("=?utf-8?b?w6k=?=") << QStringLiteral("é");
        QTest::newRow("missing padding") << QByteArray("=?utf-8?B?w6k?=") << QStringLiteral("é");
        QTest::newRow("language") << QByteArray("=?US-ASCII*EN?Q?Keith_Moore?=")
                                  << QStringLiteral("Keith Moore");
        QTest::newRow("utf-8 split over words")
            << QByteArray("=?UTF-8?B?5pel?= =?UTF-8?B?5pys?= =?UTF-8?Q?=E8?= =?UTF-8?Q?=AA=9E?=")
            << QStringLiteral("日本語");
        QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkT0AkMyYbKEI=?=")
                                     << QStringLiteral("こんにちは世界");
        QTest::newRow("shift_jis")
            << QByteArray("=?Shift_JIS?B?k/qWe4zqgsyMj5a8?=") << QStringLiteral("日本語の件名");
        QTest::newRow("x-sjis alias")
            << QByteArray("=?x-sjis?B?k/qWe4zqgsyMj5a8?=") << QStringLiteral("日本語の件名");
        QTest::newRow("koi8-r") << QByteArray("=?KOI8-R?Q?=F0=D2=C9=D7=C5=D4,_=CD=C9=D2?=")
                                << QStringLiteral("Привет, мир");
        QTest::newRow("windows-1252") << QByteArray("=?windows-1252?Q?=80_=96_=93quotes=94?=")
                                      << QStringLiteral("€ – “quotes”");
        QTest::newRow("raw utf-8") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                 "e")
                                   << QStringLiteral("Grüße");
        QTest::newRow("raw latin-1") << QByteArray("Gr\xfc\xdf"
                                                   "e")
                                     << QStringLiteral("Grüße");
        QTest::newRow("embedded in a word")
            << QByteArray("abc=?utf-8?q?d?=e") << QStringLiteral("abcde");
        QTest::newRow("bad encoding letter")
            << QByteArray("=?utf-8?x?abc?= z") << QStringLiteral("=?utf-8?x?abc?= z");
        QTest::newRow("unterminated")
            << QByteArray("=?utf-8?q?abc") << QStringLiteral("=?utf-8?q?abc");
        QTest::newRow("empty charset") << QByteArray("=??q?abc?=") << QStringLiteral("=??q?abc?=");
        QTest::newRow("space inside")
            << QByteArray("=?utf-8?q?a b?=") << QStringLiteral("=?utf-8?q?a b?=");
        QTest::newRow("bad base64 stays")
            << QByteArray("=?utf-8?b?w!6k=?=") << QStringLiteral("=?utf-8?b?w!6k=?=");
        QTest::newRow("stray equals in q")
            << QByteArray("=?utf-8?q?100=?=") << QStringLiteral("100=");
        // Split so that the "?" "?=" is not read as the trigraph for '#'.
        QTest::newRow("empty text") << QByteArray("a =?utf-8?q?"
                                                  "?= b")
                                    << QStringLiteral("a  b");
        QTest::newRow("plain") << QByteArray("Hello  world") << QStringLiteral("Hello  world");
    }

    void encodedWords()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, decoded);
        QCOMPARE(MimeEncodedWords::decode(raw, nullptr), decoded);
    }

    void encodedWordWarnings()
    {
        QList<MimeWarning> warnings;
        QCOMPARE(MimeEncodedWords::decode("=?utf-8?x?abc?=", &warnings),
                 QStringLiteral("=?utf-8?x?abc?="));
        QCOMPARE(kinds(warnings), Kinds{MimeWarning::Kind::InvalidEncodedWord});
        warnings.clear();
        // An unknown charset still gives text: UTF-8 when valid.
        QCOMPARE(MimeEncodedWords::decode("=?x-klingon?q?caf=C3=A9?=", &warnings),
                 QStringLiteral("café"));
        QCOMPARE(kinds(warnings), Kinds{MimeWarning::Kind::UnknownCharset});
        QCOMPARE(warnings.first().detail, QStringLiteral("x-klingon"));
        QVERIFY(warnings.first().message().contains(QLatin1String("x-klingon")));
    }

    void parameters_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        // RFC 2231 sections 3, 4 and 4.1.
        QTest::newRow("rfc2231 continuation")
            << QByteArray("message/external-body; access-type=URL;\r\n URL*0=\"ftp://\";\r\n "
                          "URL*1=\"cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar\"")
            << QStringLiteral("message/external-body") << QStringLiteral("url")
            << QStringLiteral("ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar");
        QTest::newRow("rfc2231 charset")
            << QByteArray(
                   "application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A")
            << QStringLiteral("application/x-stuff") << QStringLiteral("title")
            << QStringLiteral("This is ***fun***");
        QTest::newRow("rfc2231 mixed sections")
            << QByteArray(
                   "application/x-stuff;\r\n title*0*=us-ascii'en'This%20is%20even%20more%20;"
                   "\r\n title*1*=%2A%2A%2Afun%2A%2A%2A%20;\r\n title*2=\"isn't it!\"")
            << QStringLiteral("application/x-stuff") << QStringLiteral("title")
            << QStringLiteral("This is even more ***fun*** isn't it!");
        QTest::newRow("rfc2231 utf-8 filename")
            << QByteArray("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf")
            << QStringLiteral("attachment") << QStringLiteral("filename")
            << QStringLiteral("€ rates.pdf");
        QTest::newRow("rfc2231 encoded continuations")
            << QByteArray("attachment; filename*0*=utf-8''Gr%C3%BC; filename*1*=%C3%9Fe.txt")
            << QStringLiteral("attachment") << QStringLiteral("filename")
            << QStringLiteral("Grüße.txt");
        QTest::newRow("rfc2231 latin-1")
            << QByteArray("attachment; filename*=iso-8859-1'de'M%FCller.doc")
            << QStringLiteral("attachment") << QStringLiteral("filename")
            << QStringLiteral("Müller.doc");
        QTest::newRow("rfc2231 beats plain")
            << QByteArray("attachment; filename=\"fallback.txt\"; filename*=utf-8''r%C3%A9el.txt")
            << QStringLiteral("attachment") << QStringLiteral("filename")
            << QStringLiteral("réel.txt");
        QTest::newRow("rfc2047 in quotes")
            << QByteArray("application/pdf; name=\"=?UTF-8?B?0J/RgNC40LLQtdGCLnBkZg==?=\"")
            << QStringLiteral("application/pdf") << QStringLiteral("name")
            << QStringLiteral("Привет.pdf");
        QTest::newRow("quoted with escapes")
            << QByteArray("text/plain; x=\"a \\\"b\\\" ; c\"") << QStringLiteral("text/plain")
            << QStringLiteral("x") << QStringLiteral("a \"b\" ; c");
        QTest::newRow("comments") << QByteArray("text/plain (Plain text); charset=us-ascii (ASCII)")
                                  << QStringLiteral("text/plain") << QStringLiteral("charset")
                                  << QStringLiteral("us-ascii");
        QTest::newRow("case") << QByteArray("Text/HTML; CharSet=UTF-8")
                              << QStringLiteral("text/html") << QStringLiteral("charset")
                              << QStringLiteral("UTF-8");
        QTest::newRow("unquoted with space")
            << QByteArray("attachment; filename=my file.pdf; size=3")
            << QStringLiteral("attachment") << QStringLiteral("filename")
            << QStringLiteral("my file.pdf");
        QTest::newRow("no semicolon")
            << QByteArray("text/plain charset=koi8-r") << QStringLiteral("text/plain")
            << QStringLiteral("charset") << QStringLiteral("koi8-r");
        QTest::newRow("spaces around slash")
            << QByteArray("multipart / mixed; boundary=\"=_a b\"")
            << QStringLiteral("multipart/mixed") << QStringLiteral("boundary")
            << QStringLiteral("=_a b");
        QTest::newRow("raw utf-8 value")
            << QByteArray("attachment; filename=\"\xc3\xa9t\xc3\xa9.txt\"")
            << QStringLiteral("attachment") << QStringLiteral("filename")
            << QStringLiteral("été.txt");
        QTest::newRow("unterminated quote")
            << QByteArray("text/plain; name=\"abc") << QStringLiteral("text/plain")
            << QStringLiteral("name") << QStringLiteral("abc");
        QTest::newRow("first of duplicates")
            << QByteArray("text/plain; charset=a; charset=b") << QStringLiteral("text/plain")
            << QStringLiteral("charset") << QStringLiteral("a");
    }

    void parameters()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, value);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const MimeParameterizedValue parsed = MimeParameterizedValue::parse(raw, nullptr);
        QCOMPARE(parsed.value, value);
        QCOMPARE(parsed.parameters.value(name), expected);
    }

    void parameterWarnings()
    {
        QList<MimeWarning> warnings;
        MimeParameterizedValue parsed =
            MimeParameterizedValue::parse("a/b; x*0=one; x*2=three; junk", &warnings);
        QCOMPARE(parsed.parameters.value(QStringLiteral("x")), QStringLiteral("onethree"));
        // One for the gap in the sections, one for "junk" without a value.
        QCOMPARE(kinds(warnings),
                 (Kinds{MimeWarning::Kind::InvalidParameter, MimeWarning::Kind::InvalidParameter}));
    }

    void addresses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("addresses");
        const auto row = [](const char *tag, const char *raw, const QString &formatted,
                            const QStringList &names, const QStringList &addresses) {
            QTest::newRow(tag) << QByteArray(raw) << formatted << names << addresses;
        };
        row("plain", "jdoe@example.org", QStringLiteral("jdoe@example.org"), {QString()},
            {QStringLiteral("jdoe@example.org")});
        // RFC 5322 appendix A.
        row("a.1.2 list", "Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>",
            QStringLiteral("Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>"),
            {QStringLiteral("Mary Smith"), QString(), QStringLiteral("Who?")},
            {QStringLiteral("mary@x.test"), QStringLiteral("jdoe@example.org"),
             QStringLiteral("one@y.test")});
        row("a.1.2 quoted", "<boss@nil.test>, \"Giant; \\\"Big\\\" Box\" <sysservices@example.net>",
            QStringLiteral("boss@nil.test, \"Giant; \\\"Big\\\" Box\" <sysservices@example.net>"),
            {QString(), QStringLiteral("Giant; \"Big\" Box")},
            {QStringLiteral("boss@nil.test"), QStringLiteral("sysservices@example.net")});
        row("a.1.3 group", "A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;",
            QStringLiteral("A Group: Ed Jones <c@a.test>, joe@where.test, John <jdoe@one.test>;"),
            {QStringLiteral("Ed Jones"), QString(), QStringLiteral("John")},
            {QStringLiteral("c@a.test"), QStringLiteral("joe@where.test"),
             QStringLiteral("jdoe@one.test")});
        row("a.1.3 empty group", "Undisclosed recipients:;",
            QStringLiteral("Undisclosed recipients:;"), {}, {});
        row("a.5 comments", "Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>",
            QStringLiteral("Pete <pete@silly.test>"), {QStringLiteral("Pete")},
            {QStringLiteral("pete@silly.test")});
        row("a.5 group with comments",
            "A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n"
            "         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); (the end of "
            "the group)",
            QStringLiteral("A Group: Chris Jones <c@public.example>, joe@example.org, John "
                           "<jdoe@one.test>;"),
            {QStringLiteral("Chris Jones"), QString(), QStringLiteral("John")},
            {QStringLiteral("c@public.example"), QStringLiteral("joe@example.org"),
             QStringLiteral("jdoe@one.test")});
        row("a.6.3 obsolete", "Joe Q. Public <john.q.public@example.com>",
            QStringLiteral("\"Joe Q. Public\" <john.q.public@example.com>"),
            {QStringLiteral("Joe Q. Public")}, {QStringLiteral("john.q.public@example.com")});
        row("obsolete route", "Mary Smith <@node.test,@relay.test:mary@example.net>",
            QStringLiteral("Mary Smith <mary@example.net>"), {QStringLiteral("Mary Smith")},
            {QStringLiteral("mary@example.net")});
        row("obsolete spaces", "jdoe@test   . example", QStringLiteral("jdoe@test.example"),
            {QString()}, {QStringLiteral("jdoe@test.example")});
        // RFC 2047 section 8.
        row("rfc2047 name", "=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>",
            QStringLiteral("Keld Jørn Simonsen <keld@dkuug.dk>"),
            {QStringLiteral("Keld Jørn Simonsen")}, {QStringLiteral("keld@dkuug.dk")});
        row("rfc2047 word and atom", "=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>",
            QStringLiteral("André Pirard <PIRARD@vm1.ulg.ac.be>"), {QStringLiteral("André Pirard")},
            {QStringLiteral("PIRARD@vm1.ulg.ac.be")});
        row("rfc2047 in quotes", "\"=?utf-8?q?M=C3=BCller=2C_Hans?=\" <h@x.test>",
            QStringLiteral("\"Müller, Hans\" <h@x.test>"), {QStringLiteral("Müller, Hans")},
            {QStringLiteral("h@x.test")});
        row("comment as name", "user@host.test (Real Name)",
            QStringLiteral("Real Name <user@host.test>"), {QStringLiteral("Real Name")},
            {QStringLiteral("user@host.test")});
        row("quoted local part", "\"john doe\"@example.com",
            QStringLiteral("\"john doe\"@example.com"), {QString()},
            {QStringLiteral("\"john doe\"@example.com")});
        row("quoted local part plain", "\"jdoe\"@example.com", QStringLiteral("jdoe@example.com"),
            {QString()}, {QStringLiteral("jdoe@example.com")});
        row("domain literal", "root@[192.0.2.1]", QStringLiteral("root@[192.0.2.1]"), {QString()},
            {QStringLiteral("root@[192.0.2.1]")});
        row("stray commas", ", a@x.test,, b@x.test ,", QStringLiteral("a@x.test, b@x.test"),
            {QString(), QString()}, {QStringLiteral("a@x.test"), QStringLiteral("b@x.test")});
        row("missing bracket", "Ann <ann@x.test", QStringLiteral("Ann <ann@x.test>"),
            {QStringLiteral("Ann")}, {QStringLiteral("ann@x.test")});
        row("raw utf-8",
            "J\xc3\xb6rg <j\xc3\xb6rg@b\xc3\xbc"
            "cher.test>",
            QStringLiteral("Jörg <jörg@bücher.test>"), {QStringLiteral("Jörg")},
            {QStringLiteral("jörg@bücher.test")});
        row("empty", "", QString(), {}, {});
    }

    void addresses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, formatted);
        QFETCH(QStringList, names);
        QFETCH(QStringList, addresses);
        const QList<MimeAddress> list = MimeAddress::parseList(raw, nullptr);
        QCOMPARE(MimeAddress::formatList(list), formatted);
        QStringList gotNames;
        QStringList gotAddresses;
        for (const MimeMailbox &box : MimeAddress::mailboxes(list)) {
            gotNames.append(box.name);
            gotAddresses.append(box.address);
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotAddresses, addresses);
    }

    void addressWarnings()
    {
        QList<MimeWarning> warnings;
        const QList<MimeAddress> list = MimeAddress::parseList("John Smith, a@x.test", &warnings);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().mailbox.name, QStringLiteral("John Smith"));
        QVERIFY(list.first().mailbox.address.isEmpty());
        QCOMPARE(kinds(warnings), Kinds{MimeWarning::Kind::InvalidAddress});
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("iso");
        QTest::newRow("rfc 5322") << QByteArray("Fri, 21 Nov 1997 09:55:06 -0600")
                                  << QStringLiteral("1997-11-21T09:55:06-06:00");
        QTest::newRow("positive zone") << QByteArray("Tue, 1 Jul 2003 10:52:37 +0200")
                                       << QStringLiteral("2003-07-01T10:52:37+02:00");
        QTest::newRow("half-hour zone, folded, comment")
            << QByteArray("Thu,\r\n      13\r\n        Feb\r\n          1969\r\n      23:32\r\n   "
                          "            -0330 (Newfoundland Time)")
            << QStringLiteral("1969-02-13T23:32:00-03:30");
        QTest::newRow("two-digit year, GMT")
            << QByteArray("21 Nov 97 09:55:06 GMT") << QStringLiteral("1997-11-21T09:55:06Z");
        QTest::newRow("two-digit year 20xx")
            << QByteArray("1 Jan 05 00:00:00 +0000") << QStringLiteral("2005-01-01T00:00:00Z");
        QTest::newRow("three-digit year")
            << QByteArray("Mon, 3 Feb 103 12:00 UT") << QStringLiteral("2003-02-03T12:00:00Z");
        QTest::newRow("EST") << QByteArray("Fri, 21 Nov 1997 09:55:06 EST")
                             << QStringLiteral("1997-11-21T09:55:06-05:00");
        QTest::newRow("PDT") << QByteArray("Fri, 21 Nov 1997 09:55:06 PDT")
                             << QStringLiteral("1997-11-21T09:55:06-07:00");
        QTest::newRow("military is -0000")
            << QByteArray("Fri, 21 Nov 1997 09:55:06 A") << QStringLiteral("1997-11-21T09:55:06Z");
        QTest::newRow("no zone") << QByteArray("21 Nov 1997 09:55:06")
                                 << QStringLiteral("1997-11-21T09:55:06Z");
        QTest::newRow("asctime") << QByteArray("Tue Jul  1 10:52:37 2003")
                                 << QStringLiteral("2003-07-01T10:52:37Z");
        QTest::newRow("dashes") << QByteArray("01-Jul-2003 10:52:37 +0200")
                                << QStringLiteral("2003-07-01T10:52:37+02:00");
        QTest::newRow("full names") << QByteArray("Tuesday, 1 July 2003 10:52 +0200")
                                    << QStringLiteral("2003-07-01T10:52:00+02:00");
        QTest::newRow("leap second")
            << QByteArray("31 Dec 2016 23:59:60 +0000") << QStringLiteral("2016-12-31T23:59:59Z");
        QTest::newRow("iso 8601") << QByteArray("2021-03-04T05:06:07+01:00")
                                  << QStringLiteral("2021-03-04T05:06:07+01:00");
        QTest::newRow("garbage") << QByteArray("yesterday") << QString();
        QTest::newRow("february 30") << QByteArray("30 Feb 2020 10:00 +0000") << QString();
        QTest::newRow("hour 25") << QByteArray("1 Feb 2020 25:00 +0000") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void dates()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, iso);
        const QDateTime date = MimeDate::parse(raw);
        QCOMPARE(date.isValid(), !iso.isEmpty());
        if (date.isValid())
            QCOMPARE(date.toString(Qt::ISODate), iso);
    }

    void messageIds()
    {
        QCOMPARE(MimeMessageIds::parseOne("<1234@local.machine.example>"),
                 QStringLiteral("1234@local.machine.example"));
        QCOMPARE(MimeMessageIds::parse("<a@b.test> (first)\r\n <c@d.test>\t<e@f\r\n .test>"),
                 (QStringList{QStringLiteral("a@b.test"), QStringLiteral("c@d.test"),
                              QStringLiteral("e@f.test")}));
        QCOMPARE(MimeMessageIds::parse("Your message of <a@b.test> dated today"),
                 QStringList{QStringLiteral("a@b.test")});
        QCOMPARE(MimeMessageIds::parse("no-brackets@example.test"),
                 QStringList{QStringLiteral("no-brackets@example.test")});
        QCOMPARE(MimeMessageIds::parse("(only a comment)"), QStringList());
        QCOMPARE(MimeMessageIds::parse("<unterminated@x"),
                 QStringList{QStringLiteral("unterminated@x")});
    }

    void base64()
    {
        bool invalid = false;
        QCOMPARE(MimeCodecs::decodeBase64("SGVs\r\nbG8g\n d29y bGQ=\r\n", &invalid),
                 QByteArray("Hello world"));
        QVERIFY(!invalid);
        QCOMPARE(MimeCodecs::decodeBase64("SGVsbG8", &invalid), QByteArray("Hello"));
        QVERIFY(!invalid);
        QCOMPARE(MimeCodecs::decodeBase64("QQ==QkM=", &invalid), QByteArray("ABC"));
        QVERIFY(!invalid);
        QCOMPARE(MimeCodecs::decodeBase64("SG!V*s#bG8=", &invalid), QByteArray("Hello"));
        QVERIFY(invalid);
        invalid = false;
        QCOMPARE(MimeCodecs::decodeBase64("SGVsbG8hQ", &invalid), QByteArray("Hello!"));
        QVERIFY(invalid); // a lone sixth of a byte at the end
        QCOMPARE(MimeCodecs::decodeBase64(QByteArrayView("SGVsbG8="), nullptr, nullptr), 5);
    }

    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        QTest::addColumn<bool>("invalid");
        QTest::newRow("escapes") << QByteArray("caf=C3=A9 =3D ok") << QByteArray("caf\xc3\xa9 = ok")
                                 << false;
        QTest::newRow("lower-case hex") << QByteArray("=c3=a9") << QByteArray("\xc3\xa9") << false;
        QTest::newRow("soft breaks")
            << QByteArray("long =\r\nline=\nend=  \r\n!") << QByteArray("long lineend!") << false;
        QTest::newRow("soft break at end") << QByteArray("end=") << QByteArray("end") << false;
        QTest::newRow("hard breaks kept")
            << QByteArray("a\r\nb\nc") << QByteArray("a\r\nb\nc") << false;
        QTest::newRow("trailing whitespace")
            << QByteArray("a  \t\r\nb \nc  ") << QByteArray("a\r\nb\nc") << false;
        QTest::newRow("inner whitespace") << QByteArray("a \t b") << QByteArray("a \t b") << false;
        QTest::newRow("bad escape")
            << QByteArray("100=% =ZZ =") << QByteArray("100=% =ZZ ") << true;
        QTest::newRow("8-bit tolerated")
            << QByteArray("\xc3\xa9") << QByteArray("\xc3\xa9") << false;
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        QFETCH(bool, invalid);
        bool sawInvalid = false;
        QCOMPARE(MimeCodecs::decodeQuotedPrintable(encoded, &sawInvalid), decoded);
        QCOMPARE(sawInvalid, invalid);
        QCOMPARE(MimeCodecs::decodeQuotedPrintable(encoded, nullptr, nullptr), decoded.size());
    }

    void charsets_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kinds>("warnings");
        const Kinds none;
        QTest::newRow("utf8 alias")
            << QByteArray("utf8") << QByteArray("\xc3\xa9") << QStringLiteral("é") << none;
        QTest::newRow("quoted name")
            << QByteArray("\"UTF-8\"") << QByteArray("\xc3\xa9") << QStringLiteral("é") << none;
        QTest::newRow("latin1") << QByteArray("latin1") << QByteArray("\xe9") << QStringLiteral("é")
                                << none;
        QTest::newRow("iso8859-1 is windows-1252")
            << QByteArray("iso8859-1") << QByteArray("\x80\xe9") << QStringLiteral("€é") << none;
        QTest::newRow("cp1252") << QByteArray("cp1252") << QByteArray("\x93x\x94")
                                << QStringLiteral("“x”") << none;
        QTest::newRow("iso-8859-15")
            << QByteArray("ISO-8859-15") << QByteArray("\xa4") << QStringLiteral("€") << none;
        QTest::newRow("x-sjis") << QByteArray("x-sjis") << QByteArray("\x93\xfa\x96\x7b")
                                << QStringLiteral("日本") << none;
        QTest::newRow("euc-jp") << QByteArray("EUC-JP") << QByteArray("\xc6\xfc\xcb\xdc")
                                << QStringLiteral("日本") << none;
        QTest::newRow("iso-2022-jp") << QByteArray("iso-2022-jp") << QByteArray("\x1b$BF|K\\\x1b(B")
                                     << QStringLiteral("日本") << none;
        QTest::newRow("koi8-r") << QByteArray("KOI8-R") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4")
                                << QStringLiteral("Привет") << none;
        QTest::newRow("gb2312") << QByteArray("gb2312") << QByteArray("\xc4\xe3\xba\xc3")
                                << QStringLiteral("你好") << none;
        QTest::newRow("big5") << QByteArray("big5") << QByteArray("\xa7\x41\xa6\x6e")
                              << QStringLiteral("你好") << none;
        QTest::newRow("euc-kr") << QByteArray("euc-kr") << QByteArray("\xbe\xc8\xb3\xe7")
                                << QStringLiteral("안녕") << none;
        QTest::newRow("us-ascii that is utf-8")
            << QByteArray("us-ascii") << QByteArray("\xc3\xa9") << QStringLiteral("é") << none;
        QTest::newRow("us-ascii that is latin-1")
            << QByteArray("us-ascii") << QByteArray("\xe9") << QStringLiteral("é") << none;
        QTest::newRow("unknown, utf-8")
            << QByteArray("x-foo") << QByteArray("\xc3\xa9") << QStringLiteral("é")
            << Kinds{MimeWarning::Kind::UnknownCharset};
        QTest::newRow("unknown, latin-1")
            << QByteArray("x-foo") << QByteArray("\xe9") << QStringLiteral("é")
            << Kinds{MimeWarning::Kind::UnknownCharset};
        QTest::newRow("hostile name")
            << QByteArray("utf-8\x00x", 7) << QByteArray("a") << QStringLiteral("a")
            << Kinds{MimeWarning::Kind::UnknownCharset};
        QTest::newRow("invalid utf-8")
            << QByteArray("utf-8")
            << QByteArray("a\xff"
                          "b")
            << QStringLiteral("a\uFFFDb") << Kinds{MimeWarning::Kind::InvalidCharacters};
    }

    void charsets()
    {
        QFETCH(QByteArray, charset);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(Kinds, warnings);
        QList<MimeWarning> got;
        QCOMPARE(MimeCharset::decode(bytes, charset, &got), text);
        QCOMPARE(kinds(got), warnings);
    }

    void flowed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("delSp");
        QTest::addColumn<QString>("unwrapped");
        QTest::newRow("paragraph")
            << QStringLiteral("This is a \nflowed \nparagraph.\nFixed line.\n") << false
            << QStringLiteral("This is a flowed paragraph.\nFixed line.\n");
        QTest::newRow("delsp") << QStringLiteral("Jap \nanese\n") << true
                               << QStringLiteral("Japanese\n");
        QTest::newRow("space-stuffed") << QStringLiteral(" From here \n >not quoted\n") << false
                                       << QStringLiteral("From here >not quoted\n");
        QTest::newRow("quotes") << QStringLiteral("> quoted \n> text\n>> deeper\nreply\n") << false
                                << QStringLiteral("> quoted text\n>> deeper\nreply\n");
        QTest::newRow("depth change ends paragraph")
            << QStringLiteral("> flowed \nnot quoted\n") << false
            << QStringLiteral("> flowed \nnot quoted\n");
        QTest::newRow("signature")
            << QStringLiteral("text\n-- \nMe\n") << false << QStringLiteral("text\n-- \nMe\n");
        QTest::newRow("empty quoted line")
            << QStringLiteral(">\n> a\n") << false << QStringLiteral(">\n> a\n");
    }

    void flowed()
    {
        QFETCH(QString, text);
        QFETCH(bool, delSp);
        QFETCH(QString, unwrapped);
        QCOMPARE(MimeText::unwrapFlowed(text, delSp), unwrapped);
    }

    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs")
            << QStringLiteral("<html><head><title>T</title><style>p{}</style>"
                              "</head><body><p>Hello <b>world</b></p><p>Bye"
                              "<br>now</p></body></html>")
            << QStringLiteral("Hello world\nBye\nnow");
        QTest::newRow("entities") << QStringLiteral(
                                         "a &amp; b &lt;c&gt; &#233;&#xE9; &nbsp;x &bogus; &")
                                  << QStringLiteral("a & b <c> éé x &bogus; &");
        QTest::newRow("script hidden")
            << QStringLiteral("a<script>alert('<p>x')</script>b<!-- c -->d")
            << QStringLiteral("abd");
        QTest::newRow("whitespace")
            << QStringLiteral("  a\n\n  b\t c  ") << QStringLiteral("a b c");
        QTest::newRow("less-than as text")
            << QStringLiteral("1 < 2 and 3 > 2") << QStringLiteral("1 < 2 and 3 > 2");
        QTest::newRow("unclosed tag") << QStringLiteral("ok <a href='x") << QStringLiteral("ok");
        QTest::newRow("missing head end")
            << QStringLiteral("<html><head><body>visible") << QStringLiteral("visible");
        QTest::newRow("bad reference")
            << QStringLiteral("&#0;&#xD800;&#99999999;") << QStringLiteral("\uFFFD\uFFFD\uFFFD");
    }

    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(MimeText::htmlToText(html), text);
    }
};

QTEST_GUILESS_MAIN(TestMimeFields)
#include "tst_mimefields.moc"
