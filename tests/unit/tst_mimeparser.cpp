// Whole messages through MimeParser and MimeMessage: structure, bodies, charsets, nesting, and
// broken input, which must give a tree and the right warnings, never a crash or a hang.

#include "mime/mimemessage.h"
#include "mime/mimeparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Satchel;

using Kind = MimeWarning::Kind;
using Kinds = QList<MimeWarning::Kind>;
Q_DECLARE_METATYPE(MimeWarning::Kind)

namespace {

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

Kinds kinds(const QList<MimeWarning> &warnings)
{
    Kinds result;
    for (const MimeWarning &warning : warnings)
        result.append(warning.kind);
    return result;
}

QStringList types(const MimePart &part)
{
    QStringList result{part.contentType};
    for (const MimePart &child : part.children)
        result += types(child);
    return result;
}

int depth(const MimePart &part)
{
    int deepest = 0;
    for (const MimePart &child : part.children)
        deepest = qMax(deepest, depth(child) + 1);
    return deepest;
}

const char nested[] = R"(From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.test>
To: Ann <ann@example.test>, bob@example.test
Cc: "Doe, Jane" <jane@example.test>
Subject: =?UTF-8?B?UmU6IEvDpHNl?= and more
Date: Tue, 1 Jul 2003 10:52:37 +0200
Message-ID: <abc.123@example.test>
In-Reply-To: <prev@example.test>
References: <first@example.test> <prev@example.test>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

This is the preamble; MIME readers ignore it.
--outer
Content-Type: multipart/alternative; boundary=inner

--inner
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Gr=FC=DFe aus K=F6ln, =
eine lange Zeile.
--inner
Content-Type: text/html; charset=utf-8

<p>Gr&uuml;&szlig;e</p>
--inner--
--outer
Content-Type: application/pdf; name="old.pdf"
Content-Disposition: attachment;
 filename*=UTF-8''%E2%82%AC%20rates.pdf
Content-Transfer-Encoding: base64
Content-ID: <pdf@example.test>

JVBERi0xLjQK
JSVFT0YK
--outer--
This is the epilogue.
)";

} // namespace

class TestMimeParser : public QObject
{
    Q_OBJECT

private slots:
    void simpleMessage()
    {
        const MimeMessage m = MimeMessage::parse(crlf("From: a@example.test\n"
                                                      "Subject: Hello\n"
                                                      " world\n"
                                                      "X-Dup: one\n"
                                                      "x-dup: two\n"
                                                      "\n"
                                                      "Body line 1\n"
                                                      "Body line 2\n"));
        QVERIFY(m.warnings().isEmpty());
        QCOMPARE(m.subject(), QStringLiteral("Hello world"));
        QCOMPARE(m.root().contentType, QStringLiteral("text/plain"));
        QCOMPARE(m.root().transferEncoding, QStringLiteral("7bit"));
        QCOMPARE(m.plainText(), QStringLiteral("Body line 1\nBody line 2\n"));
        QCOMPARE(m.root().headers.values("X-DUP"), (QList<QByteArray>{"one", "two"}));
        QCOMPARE(m.root().headers.all().at(1).value, QByteArray("Hello world")); // unfolded
        QCOMPARE(m.root().headers.all().at(1).name, QByteArray("Subject"));
        QVERIFY(m.html().isEmpty());
        QVERIFY(m.attachments().isEmpty());
    }

    void nestedMultipart()
    {
        for (const QByteArray &source : {QByteArray(nested), crlf(nested)}) {
            const MimeMessage m = MimeMessage::parse(source);
            QVERIFY2(m.warnings().isEmpty(), qPrintable(m.warnings().value(0).message()));
            QCOMPARE(
                types(m.root()),
                (QStringList{QStringLiteral("multipart/mixed"),
                             QStringLiteral("multipart/alternative"), QStringLiteral("text/plain"),
                             QStringLiteral("text/html"), QStringLiteral("application/pdf")}));
            QCOMPARE(m.subject(), QStringLiteral("Re: Käse and more"));
            QCOMPARE(MimeAddress::formatList(m.from()),
                     QStringLiteral("Jörg Müller <joerg@example.test>"));
            QCOMPARE(MimeAddress::formatList(m.to()),
                     QStringLiteral("Ann <ann@example.test>, bob@example.test"));
            QCOMPARE(MimeAddress::formatList(m.cc()),
                     QStringLiteral("\"Doe, Jane\" <jane@example.test>"));
            QCOMPARE(m.date().toString(Qt::ISODate), QStringLiteral("2003-07-01T10:52:37+02:00"));
            QCOMPARE(m.messageId(), QStringLiteral("abc.123@example.test"));
            QCOMPARE(m.inReplyTo(), QStringList{QStringLiteral("prev@example.test")});
            QCOMPARE(m.references().size(), 2);
            QCOMPARE(m.plainText(), QStringLiteral("Grüße aus Köln, eine lange Zeile."));
            QCOMPARE(m.html(), QStringLiteral("<p>Gr&uuml;&szlig;e</p>"));
            const QList<const MimePart *> attachments = m.attachments();
            QCOMPARE(attachments.size(), 1);
            const MimePart *pdf = attachments.first();
            QCOMPARE(pdf->filename, QStringLiteral("€ rates.pdf"));
            QCOMPARE(pdf->disposition, QStringLiteral("attachment"));
            QCOMPARE(pdf->contentId, QStringLiteral("pdf@example.test"));
            QCOMPARE(pdf->body(), QByteArray("%PDF-1.4\n%%EOF\n"));
            QCOMPARE(pdf->size, 15);
            QVERIFY(pdf->text.isEmpty());
            QVERIFY(pdf->raw().startsWith("Content-Type: application/pdf"));
        }
    }

    void htmlOnlyGivesText()
    {
        const MimeMessage m = MimeMessage::parse(
            crlf("Content-Type: text/html; charset=utf-8\n\n<html><body><h1>Title</h1>"
                 "<p>caf&eacute; &amp; more &hearts;</p></body></html>"));
        QCOMPARE(m.plainText(), QStringLiteral("Title\ncafé & more &hearts;"));
        QVERIFY(m.html().startsWith(QLatin1String("<html>")));
    }

    void attachedMessage()
    {
        const QByteArray source = crlf("Subject: outer\n"
                                       "Content-Type: multipart/mixed; boundary=b\n\n"
                                       "--b\n\nSee attached.\n"
                                       "--b\nContent-Type: message/rfc822\n\n"
                                       "Subject: =?utf-8?q?inner_=E2=9C=93?=\n"
                                       "From: x@example.test\n\n"
                                       "Inner body.\n"
                                       "--b--\n");
        const MimeMessage m = MimeMessage::parse(source);
        QVERIFY(m.warnings().isEmpty());
        QCOMPARE(m.plainText(), QStringLiteral("See attached."));
        const MimePart &attached = m.root().children.at(1);
        QVERIFY(attached.isMessage());
        QCOMPARE(m.attachments(), QList<const MimePart *>{&attached});
        const MimeMessage inner(attached.children.first());
        QCOMPARE(inner.subject(), QStringLiteral("inner ✓"));
        QCOMPARE(inner.plainText(), QStringLiteral("Inner body."));
        QVERIFY(attached.body().startsWith("Subject: =?utf-8?q?inner"));
    }

    void base64EncodedAttachedMessage()
    {
        // Not allowed by RFC 2046, written anyway by some programs.
        const QByteArray inner = "Subject: hidden\r\n\r\nText.\r\n";
        const MimeMessage m = MimeMessage::parse(
            crlf("Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n") +
            inner.toBase64() + "\r\n");
        QCOMPARE(m.root().children.size(), 1);
        QCOMPARE(MimeMessage(m.root().children.first()).subject(), QStringLiteral("hidden"));
    }

    void transferEncodings_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("7bit") << QByteArray("7bit") << QByteArray("plain\r\n")
                              << QStringLiteral("plain\n");
        QTest::newRow("8bit") << QByteArray("8BIT") << QByteArray("caf\xc3\xa9\r\n")
                              << QStringLiteral("café\n");
        QTest::newRow("binary") << QByteArray("binary") << QByteArray("a\0b", 3)
                                << QString::fromLatin1("a\0b", 3);
        QTest::newRow("quoted-printable")
            << QByteArray("Quoted-Printable") << QByteArray("caf=C3=A9 =\r\nsoft\r\n")
            << QStringLiteral("café soft\n");
        QTest::newRow("base64") << QByteArray(" base64 (comment)") << QByteArray("Y2Fmw6k=\r\n")
                                << QStringLiteral("café");
        QTest::newRow("absent") << QByteArray() << QByteArray("x") << QStringLiteral("x");
    }

    void transferEncodings()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QByteArray source = "Content-Type: text/plain; charset=utf-8\r\n";
        if (!encoding.isEmpty())
            source += "Content-Transfer-Encoding: " + encoding + "\r\n";
        const MimeMessage m = MimeMessage::parse(source + "\r\n" + body);
        QVERIFY(m.warnings().isEmpty());
        QCOMPARE(m.plainText(), text);
        QCOMPARE(m.root().size, m.root().body().size());
    }

    void bodyCharsets_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("iso-2022-jp")
            << QByteArray("ISO-2022-JP") << QByteArray::fromBase64("GyRCJDMkcyRLJEEkT0AkMyYbKEI=")
            << QStringLiteral("こんにちは世界");
        QTest::newRow("shift_jis")
            << QByteArray("Shift_JIS") << QByteArray::fromBase64("k/qWe4zqgsyMj5a8")
            << QStringLiteral("日本語の件名");
        QTest::newRow("koi8-r") << QByteArray("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4")
                                << QStringLiteral("Привет");
        QTest::newRow("windows-1252")
            << QByteArray("windows-1252") << QByteArray("\x80 \x96 \x93q\x94")
            << QStringLiteral("€ – “q”");
        QTest::newRow("none") << QByteArray() << QByteArray("\xc3\xa9") << QStringLiteral("é");
    }

    void bodyCharsets()
    {
        QFETCH(QByteArray, charset);
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QByteArray type = "Content-Type: text/plain";
        if (!charset.isEmpty())
            type += "; charset=\"" + charset + '"';
        const MimeMessage m = MimeMessage::parse(type + "\r\n\r\n" + body);
        QVERIFY(m.warnings().isEmpty());
        QCOMPARE(m.plainText(), text);
    }

    void formatFlowed()
    {
        const MimeMessage m = MimeMessage::parse(
            crlf("Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n"
                 "This is one long  \nparagraph that was wrap \nped.\n> quoted  \n> too\n"));
        QCOMPARE(m.plainText(),
                 QStringLiteral("This is one long paragraph that was wrapped.\n> quoted too\n"));
        const MimeMessage fixed =
            MimeMessage::parse(crlf("Content-Type: text/plain\n\nnot flowed \nat all\n"));
        QCOMPARE(fixed.plainText(), QStringLiteral("not flowed \nat all\n"));
    }

    void boundaries()
    {
        const QByteArray source = crlf("Content-Type: multipart/mixed; boundary=\"b\"\n\n"
                                       "--b \t\n" // transport padding
                                       "\nfirst\n--b-not-a-delimiter\n"
                                       "--b\n\n"          // an empty part follows
                                       "--b\n\nthird\n\n" // keeps its last line break
                                       "--b--  \nepilogue\n--b\n\nnot a part\n");
        const MimeMessage m = MimeMessage::parse(source);
        QVERIFY(m.warnings().isEmpty());
        const QList<MimePart> &parts = m.root().children;
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).text, QStringLiteral("first\n--b-not-a-delimiter"));
        QCOMPARE(parts.at(1).text, QString());
        QCOMPARE(parts.at(2).text, QStringLiteral("third\n"));
    }

    void digestAndRelated()
    {
        const MimeMessage digest = MimeMessage::parse(crlf(
            "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: one\n\n1\n--d--\n"));
        QCOMPARE(types(digest.root()),
                 (QStringList{QStringLiteral("multipart/digest"), QStringLiteral("message/rfc822"),
                              QStringLiteral("text/plain")}));
        const MimeMessage related = MimeMessage::parse(
            crlf("Content-Type: multipart/related; boundary=r; start=\"<main>\"\n\n"
                 "--r\nContent-Type: text/html\n\n<img src=cid:logo>\n"
                 "--r\nContent-Type: text/html\nContent-ID: <main>\n\n<p>main</p>\n--r--\n"));
        QCOMPARE(related.html(), QStringLiteral("<p>main</p>"));
    }

    void noCopyOfTheSource()
    {
        QByteArray big(10 * 1024 * 1024, 'A');
        const QByteArray source = crlf("Content-Type: multipart/mixed; boundary=x\n\n--x\n\nhi\n"
                                       "--x\nContent-Type: application/octet-stream\n"
                                       "Content-Transfer-Encoding: base64\n\n") +
                                  big + "\r\n--x--\r\n";
        big.clear();
        const MimeMessage m = MimeMessage::parse(source);
        const MimePart &attachment = m.root().children.at(1);
        QCOMPARE(attachment.source.constData(), source.constData());
        QCOMPARE(attachment.size, 10 * 1024 * 1024 / 4 * 3);
        QCOMPARE(attachment.body().size(), attachment.size);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<Kinds>("expected");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << Kinds{} << QString();
        QTest::newRow("headers only") << QByteArray("Subject: x") << Kinds{} << QString();
        QTest::newRow("no blank line")
            << crlf("Subject: x\nthis is body text\n") << Kinds{Kind::MissingHeaderSeparator}
            << QStringLiteral("this is body text\n");
        QTest::newRow("continuation first")
            << crlf("  indented\nSubject: x\n\nbody") << Kinds{Kind::MissingHeaderSeparator}
            << QStringLiteral("  indented\nSubject: x\n\nbody");
        QTest::newRow("missing final boundary")
            << crlf("Content-Type: multipart/mixed; boundary=b\n\n--b\n\ncut off")
            << Kinds{Kind::MissingFinalBoundary} << QStringLiteral("cut off");
        QTest::newRow("no boundary parameter")
            << crlf("Content-Type: multipart/mixed\n\nlost")
            << Kinds{Kind::MissingBoundaryParameter} << QStringLiteral("lost");
        QTest::newRow("boundary never occurs")
            << crlf("Content-Type: multipart/mixed; boundary=zz\n\n--b\n\nlost")
            << Kinds{Kind::BoundaryNotFound} << QStringLiteral("--b\n\nlost");
        QTest::newRow("invalid base64") << crlf("Content-Transfer-Encoding: base64\n\nSGVs!!bG8=")
                                        << Kinds{Kind::InvalidBase64} << QStringLiteral("Hello");
        QTest::newRow("invalid quoted-printable")
            << crlf("Content-Transfer-Encoding: quoted-printable\n\n100=%")
            << Kinds{Kind::InvalidQuotedPrintable} << QStringLiteral("100=%");
        QTest::newRow("unknown charset")
            << crlf("Content-Type: text/plain; charset=x-martian\n\nok")
            << Kinds{Kind::UnknownCharset} << QStringLiteral("ok");
        QTest::newRow("unknown transfer encoding")
            << crlf("Content-Transfer-Encoding: x-uuencode\n\nbegin")
            << Kinds{Kind::UnknownTransferEncoding} << QStringLiteral("begin");
        QTest::newRow("bad content type")
            << crlf("Content-Type: text\n\nplain") << Kinds{Kind::InvalidContentType}
            << QStringLiteral("plain");
        QTest::newRow("bad date") << crlf("Date: someday\n\nx") << Kinds{Kind::InvalidDate}
                                  << QStringLiteral("x");
        QTest::newRow("bad encoded word") << crlf("Subject: =?utf-8?z?x?=\n\nx")
                                          << Kinds{Kind::InvalidEncodedWord} << QStringLiteral("x");
        QTest::newRow("nul bytes") << QByteArray("Subject: a\0b\r\n\r\nc\0d", 19) << Kinds{}
                                   << QString::fromLatin1("c\0d", 3);
        QTest::newRow("several problems")
            << crlf("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
                    "Content-Type: text/plain; charset=nope\nContent-Transfer-Encoding: base64\n\n"
                    "b2s=*\n")
            << Kinds{Kind::InvalidBase64, Kind::UnknownCharset, Kind::MissingFinalBoundary}
            << QStringLiteral("ok");
    }

    void malformed()
    {
        QFETCH(QByteArray, source);
        QFETCH(Kinds, expected);
        QFETCH(QString, text);
        const MimeMessage m = MimeMessage::parse(source);
        Kinds got = kinds(m.warnings());
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
        QCOMPARE(m.plainText(), text);
        for (const MimeWarning &warning : m.warnings())
            QVERIFY(!warning.message().isEmpty());
    }

    void deepNestingIsCut()
    {
        QByteArray source;
        for (int i = 0; i < 1000; ++i)
            source += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) +
                      "\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
        QElapsedTimer timer;
        timer.start();
        const MimeMessage m = MimeMessage::parse(source);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(depth(m.root()), MimeLimits().maxDepth);
        QVERIFY(kinds(m.warnings()).contains(Kind::TooDeep));
        QVERIFY(kinds(m.warnings()).contains(Kind::MissingFinalBoundary));
        const MimeMessage messages =
            MimeMessage::parse(QByteArray("Content-Type: message/rfc822\r\n\r\n").repeated(100));
        QCOMPARE(depth(messages.root()), MimeLimits().maxDepth);
    }

    void limits()
    {
        MimeLimits small;
        small.maxParts = 5;
        small.maxHeadersPerPart = 3;
        small.maxHeaderBytes = 100;
        QByteArray source = "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
        source += QByteArray("--b\r\n\r\npart\r\n").repeated(50) + "--b--\r\n";
        MimeMessage m = MimeMessage::parse(source, small);
        QCOMPARE(m.root().children.size(), 4);
        QCOMPARE(kinds(m.warnings()), Kinds{Kind::TooManyParts});
        m = MimeMessage::parse("A: 1\r\nB: 2\r\nC: 3\r\nSubject: 4\r\n\r\nx", small);
        QCOMPARE(m.root().headers.size(), 3);
        QVERIFY(m.subject().isEmpty());
        QCOMPARE(kinds(m.warnings()), Kinds{Kind::TooManyHeaders});
        m = MimeMessage::parse("Subject: " + QByteArray(1000, 'x') + "\r\n\r\nbody", small);
        QCOMPARE(kinds(m.warnings()), Kinds{Kind::HeaderTooLarge});
        QCOMPARE(m.plainText(), QStringLiteral("body"));
    }

    void manyWarningsStayFew()
    {
        QByteArray source = "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
        for (int i = 0; i < 500; ++i)
            source += "--b\r\nContent-Type: text/plain; charset=x-" + QByteArray::number(i) +
                      "\r\n\r\nx\r\n";
        const MimeMessage m = MimeMessage::parse(source + "--b--\r\n");
        QCOMPARE(m.warnings().size(), MimeWarning::maxWarnings);
        QCOMPARE(m.warnings().last().kind, Kind::TooManyWarnings);
    }

    void mboxFromLineSkipped()
    {
        const MimeMessage m =
            MimeMessage::parse(crlf("From sender@example.test Tue Jul  1 10:52:37 2003\n"
                                    "Subject: mbox\n\nbody"));
        QVERIFY(m.warnings().isEmpty());
        QCOMPARE(m.subject(), QStringLiteral("mbox"));
    }
};

QTEST_GUILESS_MAIN(TestMimeParser)
#include "tst_mimeparser.moc"
