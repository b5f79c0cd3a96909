#include "net/lineframer.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using Satchel::LineFramer;

class TestLineFramer : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> drain(LineFramer &framer)
    {
        QList<QByteArray> units;
        QByteArray unit;
        while (framer.next(&unit) == LineFramer::Status::Unit)
            units.append(unit);
        return units;
    }

private slots:
    void splitsLinesAcrossFeeds()
    {
        LineFramer framer;
        framer.feed("+OK hel");
        QByteArray unit;
        QCOMPARE(framer.next(&unit), LineFramer::Status::NeedMore);
        framer.feed("lo\r\n-ERR no\r\nbare lf\npartial");
        QCOMPARE(drain(framer), (QList<QByteArray>{"+OK hello", "-ERR no", "bare lf"}));
        QCOMPARE(framer.bufferedBytes(), qsizetype(7));
    }

    void keepsImapLiteralsInOneUnit()
    {
        LineFramer framer(LineFramer::Mode::ImapLiterals);
        framer.feed("* 1 FETCH (BODY[] {8}\r\nab\r\ncd\r\n UID 4)\r\na1 OK done\r\n");
        QCOMPARE(drain(framer),
                 (QList<QByteArray>{"* 1 FETCH (BODY[] {8}\r\nab\r\ncd\r\n UID 4)", "a1 OK done"}));
    }

    void acceptsLiteralPlusBinaryAndEmptyLiterals()
    {
        LineFramer framer(LineFramer::Mode::ImapLiterals);
        static const char stream[] = "* X ~{3}\r\n\0\1\2 {0}\r\n {2+}\r\n}}\r\n";
        framer.feed(QByteArray(stream, sizeof stream - 1));
        const QList<QByteArray> units = drain(framer);
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.first(), QByteArray(stream, sizeof stream - 3)); // all but the final CRLF
    }

    void sameUnitsWhateverTheChunking()
    {
        const QByteArray stream = "* OK [CAPABILITY IMAP4rev1] hi\r\n* 2 FETCH (BODY[] {12}\r\n"
                                  "line1\r\n{3}\r\n)\r\na2 OK fetched\r\n* BYE\r\n";
        LineFramer whole(LineFramer::Mode::ImapLiterals);
        whole.feed(stream);
        const QList<QByteArray> expected = drain(whole);
        QCOMPARE(expected.size(), 4);
        for (int round = 0; round < 200; ++round) {
            LineFramer framer(LineFramer::Mode::ImapLiterals);
            QList<QByteArray> units;
            qsizetype pos = 0;
            while (pos < stream.size()) {
                const qsizetype n = 1 + QRandomGenerator::global()->bounded(8);
                framer.feed(stream.mid(pos, n));
                pos += n;
                units += drain(framer);
            }
            QCOMPARE(units, expected);
        }
    }

    void refusesAHugeLiteralBeforeReadingIt()
    {
        LineFramer framer(LineFramer::Mode::ImapLiterals);
        framer.feed("* 1 FETCH (BODY[] {4294967296}\r\nabc");
        QByteArray unit;
        QCOMPARE(framer.next(&unit), LineFramer::Status::Error);
        QVERIFY2(framer.errorString().contains(QLatin1String("4294967296")),
                 qPrintable(framer.errorString()));
        QCOMPARE(framer.bufferedBytes(), qsizetype(0));
        // Stays failed: nothing after the error is delivered.
        framer.feed("a1 OK\r\n");
        QCOMPARE(framer.next(&unit), LineFramer::Status::Error);
    }

    void refusesAnAbsurdLiteralLengthWithoutOverflow()
    {
        LineFramer framer(LineFramer::Mode::ImapLiterals);
        framer.feed("* 1 FETCH (BODY[] {99999999999999999999999999999999}\r\n");
        QByteArray unit;
        QCOMPARE(framer.next(&unit), LineFramer::Status::Error);
        QVERIFY(framer.errorString().contains(QLatin1String("limit")));
    }

    void lineOfExactlyTheLimitMayEndInTwoReads()
    {
        // Found by fuzz_lineframer: the CR and LF of a full-length line arrived apart.
        LineFramer framer;
        framer.setLimits({32, 1024, 4096});
        framer.feed(QByteArray(32, 'a') + '\r');
        QByteArray unit;
        QCOMPARE(framer.next(&unit), LineFramer::Status::NeedMore);
        framer.feed("\n");
        QCOMPARE(framer.next(&unit), LineFramer::Status::Unit);
        QCOMPARE(unit, QByteArray(32, 'a'));
        framer.feed(QByteArray(33, 'b') + '\r');
        QCOMPARE(framer.next(&unit), LineFramer::Status::Error);
    }

    void noOverflowWithoutLimits()
    {
        // Found by fuzz_lineframer under UBSan: limits near INT64_MAX overflowed the arithmetic.
        constexpr qint64 unlimited = std::numeric_limits<qint64>::max();
        for (const QByteArray &line : {QByteArray("* 1 FETCH (BODY[] {9223372036854775807}\r\n"),
                                       QByteArray("* 1 (BODY[] {99999999999999999999}\r\n")}) {
            LineFramer framer(LineFramer::Mode::ImapLiterals);
            framer.setLimits({1024, unlimited, unlimited});
            framer.feed(line);
            QByteArray unit;
            const LineFramer::Status status = framer.next(&unit);
            QVERIFY(status == LineFramer::Status::NeedMore || status == LineFramer::Status::Error);
        }
    }

    void refusesAnEndlessLine()
    {
        LineFramer framer;
        framer.setLimits({1024, 1024, 4096});
        QByteArray unit;
        for (int i = 0; i < 4; ++i) {
            framer.feed(QByteArray(300, 'x'));
            if (framer.next(&unit) == LineFramer::Status::Error)
                break;
        }
        QCOMPARE(framer.next(&unit), LineFramer::Status::Error);
        QVERIFY(framer.errorString().contains(QLatin1String("1024")));
    }

    void refusesAResponseOverTheUnitLimit()
    {
        LineFramer framer(LineFramer::Mode::ImapLiterals);
        framer.setLimits({1024, 1000, 1500});
        framer.feed("* 1 FETCH (A {900}\r\n" + QByteArray(900, 'a') + " B {900}\r\n");
        QByteArray unit;
        QCOMPARE(framer.next(&unit), LineFramer::Status::Error);
    }

    void literalsAreNotSpecialInLineMode()
    {
        LineFramer framer(LineFramer::Mode::Lines);
        framer.feed("250 SIZE {5}\r\nnext\r\n");
        QCOMPARE(drain(framer), (QList<QByteArray>{"250 SIZE {5}", "next"}));
    }

    void clearDropsEverythingBuffered()
    {
        LineFramer framer;
        framer.feed("a1 OK Begin TLS\r\n* OK [CAPABILITY AUTH=PLAIN] injected\r\n");
        QByteArray unit;
        QCOMPARE(framer.next(&unit), LineFramer::Status::Unit);
        framer.clear();
        QCOMPARE(framer.next(&unit), LineFramer::Status::NeedMore);
        framer.feed("* after\r\n");
        QCOMPARE(drain(framer), QList<QByteArray>{"* after"});
    }
};

QTEST_GUILESS_MAIN(TestLineFramer)
#include "tst_lineframer.moc"
