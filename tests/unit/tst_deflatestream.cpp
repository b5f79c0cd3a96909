#include "net/deflatestream.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Satchel;

// The COMPRESS=DEFLATE layer: what one side compresses the other reads back, piece by piece as
// TCP delivers it; corrupt input and decompression bombs end in a refusal, not in memory growth.
class TestDeflateStream : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsInArbitraryPieces()
    {
        DeflateStream client;
        DeflateStream server;
        QVERIFY(client.isValid() && server.isValid());
        QByteArray sent;
        QByteArray wire;
        for (int i = 0; i < 200; ++i) {
            const QByteArray line = "a" + QByteArray::number(i) + " UID FETCH " +
                                    QByteArray::number(i) + ":* (FLAGS)\r\n";
            sent += line;
            wire += client.compress(line);
        }
        QByteArray binary(300000, Qt::Uninitialized);
        for (char &c : binary)
            c = char(QRandomGenerator::global()->bounded(256));
        sent += binary;
        wire += client.compress(binary);
        QVERIFY(wire.size() < sent.size());
        QByteArray received;
        for (qsizetype pos = 0; pos < wire.size(); pos += 977)
            QVERIFY(server.decompress(wire.mid(pos, 977), &received, 1 << 24));
        QCOMPARE(received, sent);
    }

    void eachCompressIsFlushedAtOnce()
    {
        DeflateStream client;
        DeflateStream server;
        QByteArray received;
        QVERIFY(server.decompress(client.compress("a1 NOOP\r\n"), &received, 1024));
        QCOMPARE(received, QByteArray("a1 NOOP\r\n"));
    }

    void corruptInputIsRefused()
    {
        DeflateStream stream;
        QByteArray out;
        QVERIFY(!stream.decompress(QByteArray("\xff\xff\xff\xff garbage", 12), &out, 1024));
        QVERIFY(!stream.decompress(QByteArray("more"), &out, 1024));
    }

    void aDecompressionBombStopsAtTheLimit()
    {
        DeflateStream bomber;
        const QByteArray bomb = bomber.compress(QByteArray(50 * 1024 * 1024, 'A'));
        QVERIFY(bomb.size() < 200 * 1024);
        DeflateStream victim;
        QByteArray out;
        QVERIFY(!victim.decompress(bomb, &out, 1024 * 1024));
        QVERIFY(out.size() < 2 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestDeflateStream)
#include "tst_deflatestream.moc"
