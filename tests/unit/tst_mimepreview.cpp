#include "imap/imapcacheconversion.h"
#include "mime/mimecodecs.h"
#include "mime/mimemessage.h"
#include "mime/mimepreview.h"

#include <QTest>

using namespace Satchel;

// Previews from the first bytes of a part, as a partial FETCH gives them: cut anywhere, in any
// transfer encoding, and the choice of the part from the cached structure.
class TestMimePreview : public QObject
{
    Q_OBJECT

    static QString chunk(const QByteArray &bytes, const char *encoding, bool html = false)
    {
        return MimePreview::fromChunk(bytes, encoding, "utf-8", html, true);
    }

private slots:
    void quotedPrintableCutInsideAnEscape()
    {
        const QByteArray full = "Caf=C3=A9 cr=C3=A8me br=C3=BBl=C3=A9e";
        // "=C3=A" ends inside the escape of the second byte of "é"; "=C3=" and "=C3" too.
        QCOMPARE(chunk(full.left(8), "quoted-printable"), QStringLiteral("Caf"));
        QCOMPARE(chunk(full.left(7), "quoted-printable"), QStringLiteral("Caf"));
        QCOMPARE(chunk(full.left(6), "quoted-printable"), QStringLiteral("Caf"));
        QCOMPARE(chunk(full.left(9), "quoted-printable"), QStringLiteral("Café"));
        QCOMPARE(chunk("soft=\r\nbreak cut=", "quoted-printable"), QStringLiteral("softbreak cut"));
    }

    void base64CutInsideAQuantum()
    {
        const QByteArray text = QStringLiteral("Grüße aus Köln, schöne Grüße").toUtf8();
        const QByteArray encoded = MimeCodecs::encodeBase64Lines(text);
        for (qsizetype cut = 1; cut < encoded.size(); ++cut) {
            const QString preview = chunk(encoded.left(cut), "base64");
            QVERIFY2(!preview.contains(QChar::ReplacementCharacter), qPrintable(preview));
            QVERIFY2(QStringLiteral("Grüße aus Köln, schöne Grüße").startsWith(preview),
                     qPrintable(preview));
        }
        // "R3LDvA" is "Grü" with its last quantum cut after six characters.
        QCOMPARE(chunk("R3LDvA", "base64"), QStringLiteral("Grü"));
    }

    void utf8CutInsideACharacter()
    {
        const QByteArray text = QStringLiteral("Ünïcödé 日本語 🙂").toUtf8();
        for (qsizetype cut = 1; cut < text.size(); ++cut) {
            const QString preview = chunk(text.left(cut), "8bit");
            QVERIFY2(!preview.contains(QChar::ReplacementCharacter), qPrintable(preview));
            QVERIFY2(QStringLiteral("Ünïcödé 日本語 🙂").startsWith(preview),
                     qPrintable(preview));
        }
        // Not cut: invalid bytes stay visible as such.
        QCOMPARE(MimePreview::fromChunk("abc\xc3", "8bit", "utf-8", false, false).size(), 4);
    }

    void otherCharsetCutInsideACharacter()
    {
        // "日本" in Shift_JIS is 93 fa 96 7b; cut after 93 fa 96.
        QCOMPARE(MimePreview::fromChunk("\x93\xfa\x96", "8bit", "shift_jis", false, true),
                 QStringLiteral("日"));
    }

    void htmlOnly()
    {
        const QByteArray html = "<html><head><title>Offer</title><style>p { color: red }</style>"
                                "</head><body><p>Hello <b>world</b>,</p><p>caf&eacute; &amp; "
                                "more</p><div>Bye <a href=\"https://x.test/very/long";
        QCOMPARE(chunk(html, "7bit", true), QStringLiteral("Hello world, café & more Bye"));
    }

    void quotedReplyIsLeftOut()
    {
        const QString text = QStringLiteral("Sounds good, see you then.\n\n"
                                            "On Mon, 2 Nov 2026, Bob wrote:\n"
                                            "> Shall we meet at ten?\n> Bob\n\n"
                                            "One more thing:\nbring the keys.\n");
        QCOMPARE(MimePreview::fromText(text),
                 QStringLiteral("Sounds good, see you then. One more thing: bring the keys."));
        QCOMPARE(MimePreview::fromText(QStringLiteral("> only\n> quoted\n")), QString());
    }

    void signatureEndsThePreview()
    {
        QCOMPARE(MimePreview::fromText(QStringLiteral("Thanks!\r\n-- \r\nBob\r\nCEO\r\n")),
                 QStringLiteral("Thanks!"));
    }

    void whitespaceCollapsedAndLengthBounded()
    {
        QCOMPARE(MimePreview::fromText(QStringLiteral("  a\t\tb \n\n\n  c\u00a0 d ")),
                 QStringLiteral("a b c d"));
        QString words;
        for (int i = 0; i < 100; ++i)
            words += QStringLiteral("word%1 ").arg(i);
        const QString preview = MimePreview::fromText(words);
        QVERIFY(preview.size() <= MimePreview::maxLength);
        QVERIFY(preview.size() > MimePreview::maxLength - 20);
        QVERIFY(words.startsWith(preview + QLatin1Char(' ')));
        const QString smileys = QString(QStringLiteral("🙂")).repeated(150);
        // After an odd number of letters, the cut would fall between the halves of a surrogate
        // pair.
        QVERIFY(!MimePreview::fromText(QLatin1Char('x') + smileys).endsWith(QChar(0xd83d)));
    }

    void wholeMessage()
    {
        const QByteArray alternative =
            "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nPlain text\r\n--b\r\n"
            "Content-Type: text/html\r\n\r\n<p>HTML text</p>\r\n--b--\r\n";
        QCOMPARE(MimePreview::fromMessage(MimeMessage::parse(alternative)),
                 QStringLiteral("Plain text"));
        const QByteArray html = "Content-Type: text/html\r\n\r\n<p>Only &lt;HTML&gt;</p>\r\n";
        QCOMPARE(MimePreview::fromMessage(MimeMessage::parse(html)), QStringLiteral("Only <HTML>"));
        const QByteArray image = "Content-Type: image/png\r\n\r\nPNG";
        QCOMPARE(MimePreview::fromMessage(MimeMessage::parse(image)), QString());
    }

    void partFromStructure_data()
    {
        QTest::addColumn<QByteArray>("structure");
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<bool>("html");
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("single") << QByteArray(R"({"type":"text/plain","size":5,"encoding":"7bit"})")
                                << QByteArray("1") << false << QByteArray("7bit");
        QTest::newRow("alternative")
            << QByteArray(R"({"type":"multipart/alternative","parts":[{"type":"text/html",)"
                          R"("size":9},{"type":"text/plain","size":5,"encoding":"base64"}]})")
            << QByteArray("2") << false << QByteArray("base64");
        QTest::newRow("nested")
            << QByteArray(
                   R"({"type":"multipart/mixed","parts":[{"type":"multipart/alternative","parts":[)"
                   R"({"type":"text/plain","size":5,"charset":"utf-8","encoding":"quoted-printable"},)"
                   R"({"type":"text/html","size":9}]},{"type":"application/pdf","size":9}]})")
            << QByteArray("1.1") << false << QByteArray("quoted-printable");
        QTest::newRow("html only")
            << QByteArray(R"({"type":"text/html","size":5,"encoding":"base64"})") << QByteArray("1")
            << true << QByteArray("base64");
        QTest::newRow("text attachment and attached message")
            << QByteArray(R"({"type":"multipart/mixed","parts":[{"type":"message/rfc822",)"
                          R"("size":9,"parts":[{"type":"text/plain","size":1}]},{"type":)"
                          R"("text/plain","size":3,"filename":"a.txt"},{"type":"text/html",)"
                          R"("size":4}]})")
            << QByteArray("3") << true << QByteArray();
    }

    void partFromStructure()
    {
        QFETCH(QByteArray, structure);
        const auto part = ImapCacheConversion::previewPart(structure);
        QVERIFY(part);
        QTEST(part->section, "section");
        QTEST(part->html, "html");
        QTEST(part->encoding, "encoding");
    }

    void noTextPart()
    {
        QVERIFY(!ImapCacheConversion::previewPart(
            R"({"type":"multipart/mixed","parts":[{"type":"image/png","size":3},)"
            R"({"type":"text/plain","size":3,"disposition":"ATTACHMENT"}]})"));
        QVERIFY(!ImapCacheConversion::previewPart(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestMimePreview)
#include "tst_mimepreview.moc"
