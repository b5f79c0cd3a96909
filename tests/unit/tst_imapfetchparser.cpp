// FETCH responses: items, ENVELOPE, BODY and BODYSTRUCTURE, sections and their data, on real
// server responses (Dovecot of the test bed, captured into data/imap/, RFC examples, Gmail and
// Exchange) and on malformed ones.

#include "imap/imapfetchparser.h"
#include "imap/imapparser.h"
#include "imaptesthelpers.h"
#include "net/lineframer.h"

#include <QFile>
#include <QTest>

using namespace Satchel;

using Kind = ImapFetchSection::Kind;

class TestImapFetchParser : public QObject
{
    Q_OBJECT

private:
    // The FETCH responses of a captured Dovecot session, by their position in it.
    static QList<ImapFetchData> capturedFetches()
    {
        QFile file(QStringLiteral(SATCHEL_IMAP_TESTDATA "/dovecot-session1.bin"));
        if (!file.open(QIODevice::ReadOnly))
            qWarning("cannot read %s", qPrintable(file.fileName()));
        LineFramer framer(LineFramer::Mode::ImapLiterals);
        framer.feed(file.readAll());
        QList<ImapFetchData> fetches;
        QByteArray unit;
        while (framer.next(&unit) == LineFramer::Status::Unit) {
            if (unit.contains(" FETCH (")) {
                if (const auto fetch = parseImapData<ImapFetchData>(unit))
                    fetches.append(*fetch);
            }
        }
        return fetches;
    }

    static QByteArray nestedMultipart(int levels)
    {
        QByteArray body = "(\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)";
        for (int i = 0; i < levels; ++i)
            body = "(" + body + " \"mixed\")";
        return "* 1 FETCH (BODY " + body + ")";
    }

private slots:
    void simpleItems()
    {
        const auto fetch = parseImapData<ImapFetchData>(
            "* 12 FETCH (UID 4827313 FLAGS (\\Seen \\Answered $Forwarded) RFC822.SIZE 44827 "
            "MODSEQ (90060128194045007) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\")");
        QVERIFY(fetch);
        QCOMPARE(fetch->sequenceNumber, 12u);
        QCOMPARE(fetch->uid, 4827313u);
        QCOMPARE(*fetch->flags, (QList<QByteArray>{"\\Seen", "\\Answered", "$Forwarded"}));
        QCOMPARE(fetch->rfc822Size, 44827ull);
        QCOMPARE(fetch->modSeq, 90060128194045007ull);
        QCOMPARE(fetch->internalDate->offsetFromUtc(), -7 * 3600);
        QCOMPARE(fetch->internalDate->toUTC(),
                 QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC));
        QVERIFY(!fetch->envelope && !fetch->bodyStructure && fetch->sections.isEmpty());

        const auto empty = parseImapData<ImapFetchData>("* 1 FETCH (FLAGS ())");
        QVERIFY(empty && empty->flags && empty->flags->isEmpty());
        QVERIFY(parseImapData<ImapFetchData>("* 1 fetch (uid 5 flags (\\seen))"));
    }

    void internalDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("utc");
        QTest::newRow("RFC example") << QByteArray("17-Jul-1996 02:44:25 -0700")
                                     << QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC);
        QTest::newRow("space day") << QByteArray(" 3-Feb-2024 08:15:02 +0000")
                                   << QDateTime(QDate(2024, 2, 3), QTime(8, 15, 2), Qt::UTC);
        QTest::newRow("one digit") << QByteArray("3-Feb-2024 08:15:02 +0530")
                                   << QDateTime(QDate(2024, 2, 3), QTime(2, 45, 2), Qt::UTC);
        QTest::newRow("month case") << QByteArray("29-FEB-2024 23:59:59 -1200")
                                    << QDateTime(QDate(2024, 3, 1), QTime(11, 59, 59), Qt::UTC);
        const QDateTime invalid;
        QTest::newRow("no zone") << QByteArray("17-Jul-1996 02:44:25") << invalid;
        QTest::newRow("bad month") << QByteArray("17-Jux-1996 02:44:25 +0000") << invalid;
        QTest::newRow("Feb 30") << QByteArray("30-Feb-2024 02:44:25 +0000") << invalid;
        QTest::newRow("hour 24") << QByteArray("17-Jul-1996 24:00:00 +0000") << invalid;
        QTest::newRow("zone minutes") << QByteArray("17-Jul-1996 02:44:25 +0060") << invalid;
        QTest::newRow("zone too far") << QByteArray("17-Jul-1996 02:44:25 +1500") << invalid;
        QTest::newRow("trailing") << QByteArray("17-Jul-1996 02:44:25 +0000 x") << invalid;
        QTest::newRow("empty") << QByteArray() << invalid;
    }

    void internalDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, utc);
        const QDateTime parsed = ImapFetchParser::parseDateTime(text);
        QCOMPARE(parsed.isValid(), utc.isValid());
        if (utc.isValid())
            QCOMPARE(parsed.toUTC(), utc);
    }

    void envelopeFromTheRfc()
    {
        const auto fetch = parseImapData<ImapFetchData>(
            "* 12 FETCH (ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg "
            "summary and minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
            "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" "
            "\"cac.washington.edu\")) ((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL "
            "\"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL "
            "NIL \"<B27397-0100000@cac.washington.edu>\"))");
        QVERIFY(fetch);
        const ImapEnvelope &envelope = *fetch->envelope;
        QCOMPARE(envelope.date, QByteArray("Wed, 17 Jul 1996 02:23:25 -0700 (PDT)"));
        QCOMPARE(envelope.from.first().name, QByteArray("Terry Gray"));
        QVERIFY(envelope.from.first().adl.isNull());
        QCOMPARE(envelope.cc.size(), 2);
        QCOMPARE(envelope.cc.at(1).mailbox, QByteArray("KLENSIN"));
        QVERIFY(envelope.bcc.isEmpty());
        QVERIFY(envelope.inReplyTo.isNull());
        QCOMPARE(envelope.messageId, QByteArray("<B27397-0100000@cac.washington.edu>"));
    }

    void envelopeNilEverywhereAndEmptyStrings()
    {
        auto fetch = parseImapData<ImapFetchData>(
            "* 6 FETCH (ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL))");
        QVERIFY(fetch);
        QVERIFY(fetch->envelope->date.isNull() && fetch->envelope->subject.isNull());
        QVERIFY(fetch->envelope->from.isEmpty() && fetch->envelope->messageId.isNull());
        fetch = parseImapData<ImapFetchData>(
            "* 6 FETCH (ENVELOPE (\"\" {0}\r\n ((nil Nil \"\" \"\")) () NIL NIL NIL NIL \"\" "
            "\"\"))");
        QVERIFY(fetch);
        QVERIFY(!fetch->envelope->date.isNull() && fetch->envelope->date.isEmpty());
        QVERIFY(!fetch->envelope->subject.isNull() && fetch->envelope->subject.isEmpty());
        QVERIFY(fetch->envelope->from.first().name.isNull());
        QVERIFY(!fetch->envelope->from.first().host.isNull());
        QVERIFY(fetch->envelope->sender.isEmpty()); // "()" from sloppy servers
    }

    void envelopeGroupsAndSpacesBetweenAddresses()
    {
        const auto fetch = parseImapData<ImapFetchData>(
            "* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL ((NIL NIL \"Team\" NIL) (NIL NIL \"a\" "
            "\"x.test\") (NIL NIL NIL NIL)) NIL NIL NIL NIL))");
        QVERIFY(fetch);
        const QList<ImapAddress> &to = fetch->envelope->to;
        QCOMPARE(to.size(), 3);
        QVERIFY(to.at(0).isGroupStart() && !to.at(0).isGroupEnd());
        QCOMPARE(to.at(0).mailbox, QByteArray("Team"));
        QVERIFY(!to.at(1).isGroupStart() && !to.at(1).isGroupEnd());
        QVERIFY(to.at(2).isGroupEnd());
    }

    void bodyStructureSinglePart()
    {
        const auto fetch = parseImapData<ImapFetchData>(
            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL "
            "\"7BIT\" 3028 92 \"Q2hlY2s=\" (\"INLINE\" (\"FILENAME\" \"a.txt\")) (\"de\" \"en\") "
            "\"http://x.test/a\" 1 (2 \"three\" NIL)))");
        QVERIFY(fetch);
        const ImapBodyStructure &body = *fetch->bodyStructure;
        QCOMPARE(body.type, QByteArray("text"));
        QCOMPARE(body.subtype, QByteArray("plain"));
        QCOMPARE(body.parameters, (ImapParameters{{"charset", "US-ASCII"}}));
        QCOMPARE(body.parameter("Charset"), QByteArray("US-ASCII"));
        QVERIFY(body.parameter("name").isNull());
        QVERIFY(body.id.isNull() && body.description.isNull());
        QCOMPARE(body.encoding, QByteArray("7bit"));
        QCOMPARE(body.size, 3028ull);
        QCOMPARE(body.lines, 92ull);
        QVERIFY(body.hasExtensionData);
        QCOMPARE(body.md5, QByteArray("Q2hlY2s="));
        QCOMPARE(body.disposition, QByteArray("inline"));
        QCOMPARE(body.dispositionParameters, (ImapParameters{{"filename", "a.txt"}}));
        QCOMPARE(body.language, (QList<QByteArray>{"de", "en"}));
        QCOMPARE(body.location, QByteArray("http://x.test/a"));
        QVERIFY(!body.isMultipart());
    }

    void bodyStructureMultipartFromTheRfc()
    {
        const auto fetch = parseImapData<ImapFetchData>(
            "* 1 FETCH (BODY ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" "
            "1152 23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") "
            "\"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) "
            "\"MIXED\"))");
        QVERIFY(fetch);
        const ImapBodyStructure &body = *fetch->bodyStructure;
        QVERIFY(body.isMultipart());
        QCOMPARE(body.subtype, QByteArray("mixed"));
        QVERIFY(!body.hasExtensionData);
        QCOMPARE(body.parts.size(), 2);
        QCOMPARE(body.parts.at(1).parameter("name"), QByteArray("cc.diff"));
        QCOMPARE(body.parts.at(1).id, QByteArray("<960723163407.20117h@cac.washington.edu>"));
        QCOMPARE(body.parts.at(1).description, QByteArray("Compiler diff"));
        QCOMPARE(body.parts.at(1).encoding, QByteArray("base64"));
        QCOMPARE(body.parts.at(1).lines, 73ull);
    }

    void bodyStructureLenience()
    {
        // Spaces between parts, NIL parameter values and encodings, a text part without lines,
        // message/rfc822 sent like a basic part, language as one string, unknown extensions.
        const auto fetch = parseImapData<ImapFetchData>(
            "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" NIL) NIL NIL NIL 10) "
            "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 20 NIL NIL \"en\") (\"application\" "
            "\"x-y\" NIL NIL NIL \"base64\" 30 NIL NIL NIL NIL (1 2) {3}\r\nabc) \"mixed\" NIL "
            "NIL NIL NIL 42))");
        QVERIFY(fetch);
        const ImapBodyStructure &body = *fetch->bodyStructure;
        QCOMPARE(body.parts.size(), 3);
        QVERIFY(body.parts.at(0).parameter("charset").isNull());
        QVERIFY(body.parts.at(0).encoding.isNull());
        QCOMPARE(body.parts.at(0).lines, 0ull);
        QVERIFY(!body.parts.at(1).envelope);
        QVERIFY(body.parts.at(1).parts.isEmpty());
        QCOMPARE(body.parts.at(1).language, QList<QByteArray>{"en"});
        QVERIFY(body.hasExtensionData);
        QVERIFY(body.parameters.isEmpty());
    }

    void deeplyNestedMultipart()
    {
        // Each multipart level costs one list level, besides FETCH's own and the text part's.
        auto fetch = parseImapData<ImapFetchData>(nestedMultipart(62));
        QVERIFY(fetch);
        const ImapBodyStructure *part = &*fetch->bodyStructure;
        int levels = 0;
        while (part->isMultipart()) {
            QCOMPARE(part->parts.size(), 1);
            part = &part->parts.first();
            ++levels;
        }
        QCOMPARE(levels, 62);
        QCOMPARE(part->subtype, QByteArray("plain"));
        QString error;
        QVERIFY(!ImapParser::parse(nestedMultipart(63), &error));
        QVERIFY2(error.contains(QStringLiteral("nested")), qPrintable(error));
        QVERIFY(!ImapParser::parse(nestedMultipart(5000), &error));
    }

    void sections()
    {
        static const char unit[] =
            "* 2 FETCH (UID 9 BODY[HEADER.FIELDS (SUBJECT FROM)] {12}\r\nSubject: x\r\n "
            "BODY[1.2]<1024> \"quoted\" BODY[] NIL BINARY[3] ~{4}\r\n\0\1\xff\r "
            "BINARY.SIZE[3] 4 RFC822.HEADER {2}\r\n\r\n RFC822.TEXT \"t\" RFC822 {0}\r\n)";
        const auto fetch = parseImapData<ImapFetchData>(QByteArray(unit, sizeof unit - 1));
        QVERIFY(fetch);
        QCOMPARE(fetch->sections.size(), 7);
        QCOMPARE(fetch->sections.at(0).kind, Kind::Body);
        QCOMPARE(fetch->sections.at(0).section, QByteArray("HEADER.FIELDS (SUBJECT FROM)"));
        QCOMPARE(fetch->sections.at(0).data, QByteArray("Subject: x\r\n"));
        QVERIFY(!fetch->sections.at(0).origin);
        QCOMPARE(fetch->sections.at(1).section, QByteArray("1.2"));
        QCOMPARE(fetch->sections.at(1).origin, 1024u);
        QCOMPARE(fetch->sections.at(1).data, QByteArray("quoted"));
        QCOMPARE(fetch->sections.at(2).section, QByteArray(""));
        QVERIFY(fetch->sections.at(2).data.isNull());
        QCOMPARE(fetch->sections.at(3).kind, Kind::Binary);
        QCOMPARE(fetch->sections.at(3).data, QByteArray("\0\1\xff\r", 4));
        QCOMPARE(fetch->binarySizes, (QList<std::pair<QByteArray, quint64>>{{"3", 4}}));
        QCOMPARE(fetch->sections.at(4).kind, Kind::Rfc822Header);
        QCOMPARE(fetch->sections.at(5).kind, Kind::Rfc822Text);
        QCOMPARE(fetch->sections.at(6).kind, Kind::Rfc822);
        QVERIFY(!fetch->sections.at(6).data.isNull() && fetch->sections.at(6).data.isEmpty());
    }

    void unknownItemsAreKept()
    {
        const auto fetch = parseImapData<ImapFetchData>(
            "* 1 FETCH (X-GM-MSGID 1278455344230334865 PREVIEW NIL X-THING[1]<5> (a \"b\" {1}\r\n"
            "c) SAVEDATE \"22-Nov-2026 10:12:34 +0000\" EMAILID (M6d99ac3275bb4e))");
        QVERIFY(fetch);
        QCOMPARE(fetch->otherItems.size(), 5);
        QCOMPARE(fetch->otherItems.at(0),
                 (std::pair<QByteArray, QByteArray>{"X-GM-MSGID", "1278455344230334865"}));
        QCOMPARE(fetch->otherItems.at(1).second, QByteArray("NIL"));
        QCOMPARE(fetch->otherItems.at(2).first, QByteArray("X-THING[1]<5>"));
        QCOMPARE(fetch->otherItems.at(2).second, QByteArray("(a \"b\" {1}\r\nc)"));
        QCOMPARE(fetch->otherItems.at(4).second, QByteArray("(M6d99ac3275bb4e)"));
    }

    void capturedFromDovecot()
    {
        const QList<ImapFetchData> fetches = capturedFetches();
        QCOMPARE(fetches.size(), 28);

        // Message 1: an 8-bit subject and display names arrive as literals; a group in To.
        const ImapFetchData &first = fetches.at(0);
        QCOMPARE(first.uid, 1u);
        QCOMPARE(first.envelope->subject, QByteArray("Grüße aus Köln – 8-bit subject"));
        QCOMPARE(first.envelope->from.first().name, QByteArray("Müller, Jürgen"));
        QCOMPARE(first.envelope->to.size(), 4);
        QVERIFY(first.envelope->to.first().isGroupStart());
        QCOMPARE(first.envelope->to.at(2).name, QByteArray("Bob B."));
        QVERIFY(first.envelope->to.last().isGroupEnd());
        QCOMPARE(first.envelope->cc.first().name, QByteArray("=?UTF-8?B?w4RtaWxl?="));
        QCOMPARE(first.envelope->inReplyTo, QByteArray("<m0.20240114@example.test>"));
        QCOMPARE(first.internalDate->toUTC(),
                 QDateTime(QDate(2024, 1, 15), QTime(10, 1, 1), Qt::UTC));
        QCOMPARE(first.bodyStructure->encoding, QByteArray("8bit"));

        // Message 3: mixed(related(html, png), pdf) with every kind of extension data.
        const ImapBodyStructure &report = *fetches.at(2).bodyStructure;
        QCOMPARE(fetches.at(2).envelope->sender.first().mailbox, QByteArray("bounces"));
        QCOMPARE(fetches.at(2).envelope->bcc.first().mailbox, QByteArray("erin"));
        QCOMPARE(report.subtype, QByteArray("mixed"));
        QCOMPARE(report.parameter("boundary"), QByteArray("mix-1"));
        const ImapBodyStructure &related = report.parts.at(0);
        QCOMPARE(related.subtype, QByteArray("related"));
        QCOMPARE(related.parameter("type"), QByteArray("text/html"));
        const ImapBodyStructure &png = related.parts.at(1);
        QCOMPARE(png.id, QByteArray("<logo@example.test>"));
        QCOMPARE(png.disposition, QByteArray("inline"));
        QCOMPARE(png.dispositionParameters, (ImapParameters{{"filename", "logo.png"}}));
        const ImapBodyStructure &pdf = report.parts.at(1);
        QCOMPARE(pdf.type, QByteArray("application"));
        QCOMPARE(pdf.description, QByteArray("The quarterly report"));
        QCOMPARE(pdf.md5, QByteArray("Q2hlY2sgSW50ZWdyaXR5IQ=="));
        QCOMPARE(pdf.disposition, QByteArray("attachment"));
        QCOMPARE(pdf.dispositionParameters,
                 (ImapParameters{{"size", "51"},
                                 {"filename*", "UTF-8''Bericht%20f%C3%BCr%202024.pdf"}}));

        // Message 4: a forwarded message/rfc822 with its own envelope (literal names) and body.
        const ImapBodyStructure &forwarded = fetches.at(3).bodyStructure->parts.at(1);
        QCOMPARE(forwarded.type, QByteArray("message"));
        QCOMPARE(forwarded.envelope->from.first().name, QByteArray("山田太郎"));
        QCOMPARE(forwarded.parts.size(), 1);
        QCOMPARE(forwarded.parts.first().subtype, QByteArray("alternative"));
        QCOMPARE(forwarded.lines, 19ull);
        QCOMPARE(forwarded.disposition, QByteArray("attachment"));

        // Message 5: quotes and a backslash, which Dovecot sends as literals; message 6: NILs.
        QCOMPARE(fetches.at(4).envelope->subject, QByteArray("He said \"hi\" \\o/ and left"));
        QCOMPARE(fetches.at(4).envelope->from.first().name, QByteArray("Quote \"Master\""));
        QVERIFY(fetches.at(5).envelope->subject.isNull());
        QVERIFY(fetches.at(5).envelope->from.isEmpty());

        // BODY (no extension data), then sections, then BINARY with a literal8.
        QVERIFY(!fetches.at(8).bodyStructure->hasExtensionData);
        QCOMPARE(fetches.at(8).bodyStructure->parts.at(0).parts.at(1).subtype, QByteArray("png"));
        QCOMPARE(fetches.at(12).sections.at(0).section, QByteArray("HEADER.FIELDS (SUBJECT FROM)"));
        QCOMPARE(fetches.at(12).sections.at(1).origin, 0u);
        QCOMPARE(fetches.at(12).sections.at(1).data, QByteArray("Hallo Bob,\r\nsch\xc3\xb6ne "));
        QCOMPARE(fetches.at(12).binarySizes.first().second, 30ull);
        const ImapFetchSection &binary = fetches.at(18).sections.at(0);
        QCOMPARE(binary.kind, Kind::Binary);
        QCOMPARE(binary.data.size(), 33);
        QVERIFY(binary.data.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n\0\0\0", 11)));
    }

    void malformedFetch_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::newRow("no list") << QByteArray("* 1 FETCH UID 1");
        QTest::newRow("unclosed") << QByteArray("* 1 FETCH (UID 1");
        QTest::newRow("double space") << QByteArray("* 1 FETCH (UID 1  FLAGS ())");
        QTest::newRow("UID zero") << QByteArray("* 1 FETCH (UID 0)");
        QTest::newRow("UID overflow") << QByteArray("* 1 FETCH (UID 4294967296)");
        QTest::newRow("MODSEQ bare") << QByteArray("* 1 FETCH (MODSEQ 5)");
        QTest::newRow("MODSEQ overflow") << QByteArray("* 1 FETCH (MODSEQ (9223372036854775808))");
        QTest::newRow("size text") << QByteArray("* 1 FETCH (RFC822.SIZE big)");
        QTest::newRow("date unquoted") << QByteArray("* 1 FETCH (INTERNALDATE 17-Jul-1996)");
        QTest::newRow("date bad") << QByteArray("* 1 FETCH (INTERNALDATE \"yesterday\")");
        QTest::newRow("envelope short") << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL))");
        QTest::newRow("address short")
            << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\")) NIL NIL NIL NIL NIL NIL "
                          "NIL))");
        QTest::newRow("body empty") << QByteArray("* 1 FETCH (BODY ())");
        QTest::newRow("body no subtype") << QByteArray("* 1 FETCH (BODY ((\"text\" \"plain\" NIL "
                                                       "NIL NIL \"7bit\" 1 1)))");
        QTest::newRow("body size text") << QByteArray("* 1 FETCH (BODY (\"text\" \"plain\" NIL NIL "
                                                      "NIL \"7bit\" many 1))");
        QTest::newRow("body params odd") << QByteArray("* 1 FETCH (BODY (\"a\" \"b\" (\"x\") NIL "
                                                       "NIL \"7bit\" 1))");
        QTest::newRow("multipart as single part")
            << QByteArray("* 1 FETCH (BODY (\"multipart\" \"mixed\" NIL NIL NIL \"7bit\" 1))");
        QTest::newRow("message without body")
            << QByteArray("* 1 FETCH (BODY (\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 1 (NIL NIL "
                          "NIL NIL NIL NIL NIL NIL NIL NIL) 2))");
        QTest::newRow("section unclosed") << QByteArray("* 1 FETCH (BODY[1 \"x\")");
        QTest::newRow("origin bad") << QByteArray("* 1 FETCH (BODY[]<x> \"x\")");
        QTest::newRow("section no value") << QByteArray("* 1 FETCH (BODY[])");
        QTest::newRow("literal8 in BODY") << QByteArray("* 1 FETCH (BODY[] ~{1}\r\nx)");
        QTest::newRow("BINARY.SIZE origin") << QByteArray("* 1 FETCH (BINARY.SIZE[1]<0> 5)");
        QTest::newRow("unknown no value") << QByteArray("* 1 FETCH (X-FOO)");
        QTest::newRow("name missing") << QByteArray("* 1 FETCH ((UID 1))");
    }

    void malformedFetch()
    {
        QFETCH(QByteArray, unit);
        QString error;
        QVERIFY(!ImapParser::parse(unit, &error));
        QVERIFY2(error.contains(QStringLiteral("malformed FETCH")) ||
                     error.contains(QStringLiteral("too large")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImapFetchParser)
#include "tst_imapfetchparser.moc"
