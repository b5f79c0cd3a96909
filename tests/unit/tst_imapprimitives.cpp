// The pieces under ImapParser: modified UTF-7 mailbox names, sequence sets and the token reader.

#include "imap/imapreader.h"
#include "imap/imapsequenceset.h"
#include "imap/mutf7.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Satchel;

class TestImapPrimitives : public QObject
{
    Q_OBJECT

private slots:
    void mutf7RoundTrips_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("ascii") << QStringLiteral("INBOX/Sent Items")
                               << QByteArray("INBOX/Sent Items");
        QTest::newRow("ampersand") << QStringLiteral("&") << QByteArray("&-");
        QTest::newRow("ampersands")
            << QStringLiteral("Tom & Jerry &&") << QByteArray("Tom &- Jerry &-&-");
        QTest::newRow("umlaut") << QStringLiteral("Entwürfe") << QByteArray("Entw&APw-rfe");
        QTest::newRow("japanese") << QStringLiteral("日本語") << QByteArray("&ZeVnLIqe-");
        QTest::newRow("RFC 3501 example") << QStringLiteral("~peter/mail/台北/日本語")
                                          << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("emoji (surrogate pair)") << QStringLiteral("😀") << QByteArray("&2D3eAA-");
        QTest::newRow("emoji in text")
            << QStringLiteral("Projects/😀 Fun") << QByteArray("Projects/&2D3eAA- Fun");
        QTest::newRow("euro then ampersand") << QStringLiteral("€&") << QByteArray("&IKw-&-");
        QTest::newRow("control") << QStringLiteral("a\tb") << QByteArray("a&AAk-b");
        QTest::newRow("comma alphabet") << QStringLiteral("\u00ff\u00fe") << QByteArray("&AP8A,g-");
    }

    void mutf7RoundTrips()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, encoded);
        QCOMPARE(Mutf7::encode(name), encoded);
        QCOMPARE(Mutf7::decode(encoded), std::optional<QString>(name));
    }

    void mutf7RandomRoundTrips()
    {
        QRandomGenerator random(20240115);
        for (int round = 0; round < 2000; ++round) {
            QString name;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i) {
                const quint32 kind = random.bounded(4);
                if (kind == 0)
                    name += QChar(char16_t(0x20 + random.bounded(0x5f)));
                else if (kind == 1)
                    name += QLatin1Char('&');
                else if (kind == 2)
                    name += QChar(char16_t(0x80 + random.bounded(0xd000)));
                else {
                    const auto astral = char32_t(0x10000 + random.bounded(0xfffff));
                    name += QString::fromUcs4(&astral, 1);
                }
            }
            const QByteArray encoded = Mutf7::encode(name);
            for (char c : encoded)
                QVERIFY(c >= 0x20 && c <= 0x7e);
            QCOMPARE(Mutf7::decode(encoded), std::optional<QString>(name));
        }
    }

    void mutf7Invalid_data()
    {
        // Decided: strict where bytes would be lost or invented (these give nullopt, and a LIST
        // response then shows the raw name as UTF-8 while keeping it for commands).
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("lone ampersand") << QByteArray("&");
        QTest::newRow("unterminated") << QByteArray("a&AGE");
        QTest::newRow("bad base64 char") << QByteArray("&AG!-");
        QTest::newRow("slash instead of comma") << QByteArray("&AP8A/g-");
        QTest::newRow("incomplete unit") << QByteArray("&A-");
        QTest::newRow("padding bits set") << QByteArray("&AGF-");
        QTest::newRow("extra sextet") << QByteArray("&AGEA-");
        QTest::newRow("unpaired high surrogate") << QByteArray("&2D0-");
        QTest::newRow("unpaired low surrogate") << QByteArray("&3gA-");
        QTest::newRow("raw UTF-8") << QByteArray("Entw\xc3\xbcrfe");
        QTest::newRow("raw tab") << QByteArray("a\tb");
        QTest::newRow("DEL") << QByteArray("a\x7f");
    }

    void mutf7Invalid()
    {
        QFETCH(QByteArray, encoded);
        QVERIFY(!Mutf7::decode(encoded));
    }

    void mutf7Lenient()
    {
        // Decided: lenient where the bytes are only longer than needed and mean one thing.
        QCOMPARE(Mutf7::decode("&AGE-"), std::optional<QString>(QStringLiteral("a")));
        QCOMPARE(Mutf7::decode("&AOQ-&APY-"), std::optional<QString>(QStringLiteral("äö")));
    }

    void sequenceSets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("normalised");
        QTest::addColumn<bool>("star");
        QTest::newRow("one") << QByteArray("1") << QByteArray("1") << false;
        QTest::newRow("mixed") << QByteArray("1:5,7,9:*") << QByteArray("1:5,7,9:*") << true;
        QTest::newRow("star") << QByteArray("*") << QByteArray("*") << true;
        QTest::newRow("star first") << QByteArray("*:4") << QByteArray("4:*") << true;
        QTest::newRow("reversed") << QByteArray("5:2") << QByteArray("2:5") << false;
        QTest::newRow("huge") << QByteArray("1:4294967295") << QByteArray("1:4294967295") << false;
        QTest::newRow("star star") << QByteArray("*:*") << QByteArray("*") << true;
    }

    void sequenceSets()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, normalised);
        QFETCH(bool, star);
        const std::optional<ImapSequenceSet> set = ImapSequenceSet::parse(text);
        QVERIFY(set);
        QCOMPARE(set->toByteArray(), normalised);
        QCOMPARE(set->hasStar(), star);
        QCOMPARE(ImapSequenceSet::parse(normalised), set);
    }

    void sequenceSetContainsAndCounts()
    {
        const ImapSequenceSet set = *ImapSequenceSet::parse("1:4294967295");
        QCOMPARE(set.ranges().size(), 1); // compact: never expanded
        QCOMPARE(set.count(0), 4294967295ull);
        QVERIFY(set.contains(4294967295u, 0));

        const ImapSequenceSet withStar = *ImapSequenceSet::parse("2,9:*");
        QVERIFY(withStar.contains(12, 20));
        QVERIFY(!withStar.contains(12, 10));
        QVERIFY(withStar.contains(7, 5)); // "9:*" with 5 as the largest is "5:9"
        QVERIFY(!withStar.contains(3, 20));
        QCOMPARE(withStar.count(20), 13ull);

        ImapSequenceSet built;
        built.add(7);
        built.add(ImapSequenceSet::Star, 3);
        QCOMPARE(built.toByteArray(), QByteArray("7,3:*"));
        QVERIFY(ImapSequenceSet().isEmpty());
        QCOMPARE(ImapSequenceSet().toByteArray(), QByteArray());
    }

    void sequenceSetsInvalid_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : {"", "0", "1:", ":1", "1,,2", "1,", ",1", "a", "1 2", "4294967296",
                                 "1:0", "**", "1:*:2", "99999999999999999999999"})
            QTest::newRow(text) << QByteArray(text);
    }

    void sequenceSetsInvalid()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!ImapSequenceSet::parse(text));
    }

    void uidSetsRefuseStar()
    {
        QVERIFY(!ImapSequenceSet::parse("1:*", false));
        QVERIFY(!ImapSequenceSet::parse("*", false));
        QVERIFY(ImapSequenceSet::parse("1:4", false));
    }

    void readerStrings()
    {
        ImapReader reader("\"a\\\"b\\\\c\" \"\" NIL {0}\r\n {3}\nx\ny nil foo]bar");
        QByteArray string;
        QVERIFY(reader.readString(&string));
        QCOMPARE(string, QByteArray("a\"b\\c"));
        QVERIFY(reader.expectSpace() && reader.readNstring(&string));
        QVERIFY(!string.isNull() && string.isEmpty());
        QVERIFY(reader.expectSpace() && reader.readNstring(&string));
        QVERIFY(string.isNull());
        QVERIFY(reader.expectSpace() && reader.readNstring(&string));
        QVERIFY(!string.isNull() && string.isEmpty());
        QVERIFY(reader.expectSpace() && reader.readString(&string)); // a bare LF, as framed
        QCOMPARE(string, QByteArray("x\ny"));
        QVERIFY(reader.expectSpace() && reader.readNstring(&string));
        QVERIFY(string.isNull());
        QVERIFY(reader.expectSpace() && reader.readAstring(&string));
        QCOMPARE(string, QByteArray("foo]bar"));
        QVERIFY(reader.atEnd());
        QCOMPARE(reader.failure(), ImapReader::Failure::None);
    }

    void readerNumbers()
    {
        ImapReader reader("4294967295 9223372036854775807 4294967296");
        quint32 number = 0;
        quint64 number64 = 0;
        QVERIFY(reader.readNumber(&number));
        QCOMPARE(number, 4294967295u);
        QVERIFY(reader.expectSpace() && reader.readNumber64(&number64));
        QCOMPARE(number64, 9223372036854775807ull);
        QVERIFY(reader.expectSpace());
        QVERIFY(!reader.readNumber(&number));
        QCOMPARE(reader.failure(), ImapReader::Failure::NumberTooLarge);
        // The first failure sticks.
        QVERIFY(!reader.expectSpace());
        QCOMPARE(reader.failure(), ImapReader::Failure::NumberTooLarge);

        ImapReader big("9223372036854775808");
        QVERIFY(!big.readNumber64(&number64));
        QCOMPARE(big.failure(), ImapReader::Failure::NumberTooLarge);
        ImapReader zero("0");
        QVERIFY(!zero.readNzNumber(&number));
        QCOMPARE(zero.failure(), ImapReader::Failure::Malformed);
    }

    void readerValues()
    {
        // The literal's "))" is data, not the end of two lists.
        static const char unit[] = "(a \"b)\" (c {2}\r\n)) NIL)) \\Flag ~{1}\r\n\0";
        ImapReader reader(QByteArray(unit, sizeof unit - 1));
        QByteArray raw;
        QVERIFY(reader.readValue(&raw));
        QCOMPARE(raw, QByteArray("(a \"b)\" (c {2}\r\n)) NIL))"));
        QVERIFY(reader.expectSpace() && reader.readValue(&raw));
        QCOMPARE(raw, QByteArray("\\Flag"));
        QVERIFY(reader.expectSpace() && reader.readValue(&raw));
        QCOMPARE(raw, QByteArray("~{1}\r\n\0", 7));
        QVERIFY(reader.atEnd());
    }
};

QTEST_GUILESS_MAIN(TestImapPrimitives)
#include "tst_imapprimitives.moc"
