// The pieces of the MIME builder: address checks, encoded words and folding of long values,
// format=flowed, reply headers, typed address lists, attachments from files, dates, message
// identifiers, and the quoted-printable and base64 encoders.

#include "mime/mimeaddressspec.h"
#include "mime/mimecodecs.h"
#include "mime/mimedate.h"
#include "mime/mimeencodedwords.h"
#include "mimebuildertesthelpers.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using namespace Satchel::Test;

class TestMimeBuilderFields : public QObject
{
    Q_OBJECT

private slots:
    void validAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("bob@example.test")
                               << QByteArray("bob@example.test");
        QTest::newRow("atext") << QStringLiteral("a!#$%&'*+-/=?^_`{|}~.b@example.test")
                               << QByteArray("a!#$%&'*+-/=?^_`{|}~.b@example.test");
        QTest::newRow("quoted") << QStringLiteral("\"john \\\"q\\\" doe\"@example.test")
                                << QByteArray("\"john \\\"q\\\" doe\"@example.test");
        QTest::newRow("literal") << QStringLiteral("root@[192.0.2.1]")
                                 << QByteArray("root@[192.0.2.1]");
        QTest::newRow("idn") << QStringLiteral("info@münchen.example")
                             << QByteArray("info@xn--mnchen-3ya.example");
        QTest::newRow("case") << QStringLiteral("Bob@Example.TEST")
                              << QByteArray("Bob@example.test");
        QTest::newRow("spaces around")
            << QStringLiteral("  bob@example.test\t") << QByteArray("bob@example.test");
        QTest::newRow("single label")
            << QStringLiteral("root@localhost") << QByteArray("root@localhost");
    }

    void validAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QByteArray, written);
        const std::optional<MimeAddressSpec::AddressSpec> spec =
            MimeAddressSpec::normalize(address);
        QVERIFY(spec);
        QCOMPARE(spec->address, written);
        QVERIFY(!spec->utf8LocalPart);
    }

    void encodedWords()
    {
        // Long subjects in every script: each encoded word at most 75 octets, each decodes to
        // whole characters by itself, and the lines stay within 78 octets.
        QRandomGenerator random(7);
        const QStringList alphabets = {german, russian, japanese, emoji,
                                       QStringLiteral("ab cd ef ü")};
        for (const QString &alphabet : alphabets) {
            for (int length : {1, 5, 40, 75, 76, 200, 1000}) {
                OutgoingMessage message = basic();
                message.subject = randomText(&random, alphabet, length);
                message.from.name = randomText(&random, alphabet, length % 90);
                const BuiltMessage built = build(message);
                QVERIFY2(lineProblem(built.data).isEmpty(), qPrintable(lineProblem(built.data)));
                const MimeMessage parsed = MimeMessage::parse(built.data);
                QCOMPARE(parsed.subject(), message.subject.trimmed());
                QCOMPARE(MimeAddress::mailboxes(parsed.from()).first().name,
                         message.from.name.simplified());
                const QByteArray subject = parsed.root().headers.value("Subject");
                for (qsizetype pos = 0; (pos = subject.indexOf("=?", pos)) >= 0;) {
                    const qsizetype wordLength = MimeEncodedWords::wordLength(subject, pos);
                    if (wordLength == 0) {
                        ++pos;
                        continue;
                    }
                    QVERIFY(wordLength <= 75);
                    const QByteArray word = subject.mid(pos, wordLength);
                    const QByteArray text = word.mid(10, word.size() - 12);
                    const QByteArray bytes =
                        word[8] == 'B' ? MimeCodecs::decodeBase64(text) : MimeCodecs::decodeQ(text);
                    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                    (void)QString(utf8.decode(bytes)); // decode() is lazy: the conversion decodes
                    QVERIFY2(!utf8.hasError(), word.constData());
                    pos += wordLength;
                }
            }
        }
    }

    void longValuesNeverPass998()
    {
        OutgoingMessage message = basic();
        message.subject = QString(5000, QLatin1Char('x'));
        message.from.name = QString(3000, QLatin1Char('n'));
        message.to.first().name = QStringLiteral("a,b ").repeated(500);
        message.extraHeaders = {{"Organization", QString(2000, QLatin1Char('o'))}};
        message.attachments = {
            {QString(1500, QChar(0x00fc)), QStringLiteral("text/plain"), QByteArray("x")}};
        message.text = QString(5000, QLatin1Char('y'));
        const BuiltMessage built = build(message);
        QVERIFY2(lineProblem(built.data).isEmpty(), qPrintable(lineProblem(built.data)));
        const MimeMessage parsed = MimeMessage::parse(built.data);
        QVERIFY2(parsed.warnings().isEmpty(), qPrintable(warningText(parsed)));
        QCOMPARE(parsed.subject(), message.subject);
        QCOMPARE(MimeAddress::mailboxes(parsed.from()).first().name, message.from.name);
        QCOMPARE(MimeAddress::mailboxes(parsed.to()).first().name,
                 message.to.first().name.simplified());
        QCOMPARE(parsed.attachments().first()->filename, message.attachments.first().fileName);
        QCOMPARE(parsed.plainText(), withFinalBreak(message.text));
    }

    void flowedWrapping()
    {
        const QString paragraph =
            QStringLiteral("The quick brown fox jumps over the lazy dog. ").repeated(10).trimmed();
        const QString wrapped = MimeText::wrapFlowed(paragraph);
        const QStringList lines = wrapped.split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 5);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QVERIFY(lines[i].size() <= 78);
            // Soft breaks end in a space; the hard break at the end does not.
            QCOMPARE(lines[i].endsWith(QLatin1Char(' ')), i + 1 < lines.size());
        }
        QCOMPARE(MimeText::unwrapFlowed(wrapped, false), paragraph);

        QCOMPARE(MimeText::wrapFlowed(QStringLiteral("From here\n leading\n-- \nsig  ")),
                 QStringLiteral(" From here\n  leading\n-- \nsig"));
        const QString quoted = QStringLiteral("> ") + paragraph;
        const QString wrappedQuote = MimeText::wrapFlowed(quoted);
        for (const QString &line : wrappedQuote.split(QLatin1Char('\n')))
            QVERIFY(line.startsWith(QLatin1String("> ")) && line.size() <= 78);
        QCOMPARE(MimeText::unwrapFlowed(wrappedQuote, false), quoted);
        // A soft-broken line must not start with ">" or "From ": it is stuffed.
        const QString tricky = QString(70, QLatin1Char('a')) + QLatin1String(" >not quoted ") +
                               QString(70, QLatin1Char('b')) + QLatin1String(" From x");
        QCOMPARE(MimeText::unwrapFlowed(MimeText::wrapFlowed(tricky), false), tricky);
    }

    void replyHeaders()
    {
        const QByteArray original = "From: Ann <ann@example.test>\r\n"
                                    "Subject: Question\r\n"
                                    "Message-ID: <third@example.test>\r\n"
                                    "In-Reply-To: <second@example.test>\r\n"
                                    "References: <first@example.test> <second@example.test>\r\n"
                                    "\r\nText\r\n";
        OutgoingMessage reply = basic();
        reply.setInReplyTo(MimeMessage::parse(original));
        QCOMPARE(reply.inReplyTo, QStringList{QStringLiteral("third@example.test")});
        QCOMPARE(reply.references, (QStringList{QStringLiteral("first@example.test"),
                                                QStringLiteral("second@example.test"),
                                                QStringLiteral("third@example.test")}));
        const MimeMessage parsed = MimeMessage::parse(build(reply).data);
        QCOMPARE(parsed.inReplyTo(), reply.inReplyTo);
        QCOMPARE(parsed.references(), reply.references);

        // Only In-Reply-To with one identifier: it starts the references (RFC 5322 3.6.4).
        reply.setInReplyTo(MimeMessage::parse("Message-ID: <b@x>\r\nIn-Reply-To: <a@x>\r\n\r\n"));
        QCOMPARE(reply.references, (QStringList{QStringLiteral("a@x"), QStringLiteral("b@x")}));
        // Neither: just the parent.
        reply.setInReplyTo(MimeMessage::parse("Message-ID: <b@x>\r\n\r\n"));
        QCOMPARE(reply.references, QStringList{QStringLiteral("b@x")});
        // No Message-ID: nothing to refer to.
        reply.setInReplyTo(MimeMessage::parse("Subject: x\r\n\r\n"));
        QVERIFY(reply.inReplyTo.isEmpty() && reply.references.isEmpty());

        QCOMPARE(OutgoingMessage::replySubject(QStringLiteral("Question")),
                 QStringLiteral("Re: Question"));
        QCOMPARE(OutgoingMessage::replySubject(QStringLiteral("RE: Question")),
                 QStringLiteral("Re: Question"));
    }

    void replyHeadersTrimmed()
    {
        QByteArray references = "References:";
        for (int i = 0; i < 500; ++i)
            references += " <id" + QByteArray::number(i) + "@example.test>";
        // Hostile identifiers are left out rather than written.
        references += " <b\xc3\xa4"
                      "d@example.test> <" +
                      QByteArray(300, 'l') + "@x> <id7@example.test>";
        const QByteArray original =
            "Message-ID: <parent@example.test>\r\n" + references + "\r\n\r\nText\r\n";
        OutgoingMessage reply = basic();
        reply.setInReplyTo(MimeMessage::parse(original));
        QCOMPARE(reply.references.size(), OutgoingMessage::maxReferences);
        QCOMPARE(reply.references.first(), QStringLiteral("id0@example.test"));
        QCOMPARE(reply.references.last(), QStringLiteral("parent@example.test"));
        QCOMPARE(reply.references.at(reply.references.size() - 2),
                 QStringLiteral("id499@example.test"));
        const BuiltMessage built = build(reply);
        QVERIFY(lineProblem(built.data).isEmpty());
        QCOMPARE(MimeMessage::parse(built.data).references(), reply.references);
    }

    void parseMailboxes()
    {
        Error error;
        const std::optional<QList<MimeMailbox>> boxes = OutgoingMessage::parseMailboxes(
            QStringLiteral("Ann <ann@example.test>, bob@example.test, \"Doe, Jane\" "
                           "<jane@example.test>, Jörg <jörg@example.test>"),
            &error);
        QVERIFY(boxes);
        QCOMPARE(boxes->size(), 4);
        QCOMPARE(boxes->at(0), box(QStringLiteral("Ann"), QStringLiteral("ann@example.test")));
        QCOMPARE(boxes->at(2),
                 box(QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.test")));
        QVERIFY(OutgoingMessage::parseMailboxes(QString(), &error)->isEmpty());

        for (const QString &bad :
             {QStringLiteral("bob"), QStringLiteral("Ann Smith"), QStringLiteral("a@b, bob"),
              QStringLiteral("Ann <ann@example.test"), QStringLiteral("a@example.test\r\nBcc: x@y"),
              QStringLiteral("<>"), QStringLiteral("x@-bad-.test")}) {
            Error refusal;
            QVERIFY2(!OutgoingMessage::parseMailboxes(bad, &refusal), qPrintable(bad));
            QCOMPARE(refusal.category(), Error::Category::Input);
            QVERIFY(!refusal.message().contains(QLatin1Char('\n')));
        }
    }

    void attachmentFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Notizen für Jörg.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Some notes.\n");
        file.close();
        Error error;
        const std::optional<OutgoingAttachment> attachment =
            OutgoingAttachment::fromFile(path, &error);
        QVERIFY(attachment);
        QCOMPARE(attachment->fileName, QStringLiteral("Notizen für Jörg.txt"));
        QCOMPARE(attachment->contentType, QStringLiteral("text/plain"));
        QCOMPARE(attachment->data, QByteArray("Some notes.\n"));

        const QString png = dir.filePath(QStringLiteral("no-extension"));
        QFile image(png);
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        image.close();
        QCOMPARE(OutgoingAttachment::fromFile(png, &error)->contentType,
                 QStringLiteral("image/png"));

        QVERIFY(!OutgoingAttachment::fromFile(dir.filePath(QStringLiteral("missing")), &error));
        QCOMPARE(error.category(), Error::Category::Input);
        QVERIFY(error.message().contains(QLatin1String("missing")));
        QVERIFY(!OutgoingAttachment::fromFile(dir.path(), &error));
        QCOMPARE(error.category(), Error::Category::Input);
    }

    void dateFormat()
    {
        QCOMPARE(MimeDate::format(
                     QDateTime(QDate(2003, 7, 1), QTime(10, 52, 37), Qt::OffsetFromUTC, 2 * 3600)),
                 QByteArray("Tue, 01 Jul 2003 10:52:37 +0200"));
        QCOMPARE(MimeDate::format(QDateTime(QDate(1969, 2, 13), QTime(23, 32), Qt::OffsetFromUTC,
                                            -(3 * 3600 + 1800))),
                 QByteArray("Thu, 13 Feb 1969 23:32:00 -0330"));
        QCOMPARE(MimeDate::format(QDateTime(QDate(2024, 12, 31), QTime(0, 0), Qt::UTC)),
                 QByteArray("Tue, 31 Dec 2024 00:00:00 +0000"));
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(MimeDate::parse(MimeDate::format(now)).toSecsSinceEpoch(), now.toSecsSinceEpoch());
        OutgoingMessage message = basic();
        message.date = QDateTime();
        const BuiltMessage built = build(message);
        QVERIFY(qAbs(built.date.secsTo(QDateTime::currentDateTime())) < 60);
        QCOMPARE(MimeMessage::parse(built.data).date().toSecsSinceEpoch(),
                 built.date.toSecsSinceEpoch());
    }

    void messageIds()
    {
        const BuiltMessage first = build(basic());
        const BuiltMessage second = build(basic());
        QVERIFY(first.messageId != second.messageId);
        QVERIFY(first.messageId.endsWith(QLatin1String("@example.test")));
        QVERIFY(first.messageId.size() >= 40);
        OutgoingMessage message = basic();
        message.messageId = QStringLiteral("fixed.1@example.test");
        QCOMPARE(build(message).messageId, message.messageId);
        QCOMPARE(MimeMessage::parse(build(message).data).messageId(), message.messageId);
    }

    void quotedPrintableEncoder()
    {
        QRandomGenerator random(3);
        for (int round = 0; round < 200; ++round) {
            QByteArray input = randomBytes(random.bounded(400), quint32(round));
            // Text-like: many line breaks, spaces and "From " lines.
            for (qsizetype i = 0; i < input.size(); i += 1 + random.bounded(30))
                input[i] = " \n\t="[random.bounded(4)];
            if (round % 3 == 0)
                input.prepend("From me\n");
            const QByteArray encoded = MimeCodecs::encodeQuotedPrintable(input);
            for (const QByteArray &line : encoded.split('\n')) {
                QVERIFY(line.size() <= 77); // 76 and the CR
                QVERIFY(!line.startsWith("From "));
                QVERIFY(!line.endsWith(" \r") && !line.endsWith("\t\r"));
            }
            for (const char c : encoded)
                QVERIFY(static_cast<unsigned char>(c) < 0x80 && c != '\0');
            QByteArray expected = input;
            expected.replace("\r\n", "\n").replace("\n", "\r\n");
            QCOMPARE(MimeCodecs::decodeQuotedPrintable(encoded), expected);
        }
    }

    void base64Encoder()
    {
        for (qsizetype size : {0, 1, 2, 3, 56, 57, 58, 1000}) {
            const QByteArray data = randomBytes(size, quint32(size));
            const QByteArray encoded = MimeCodecs::encodeBase64Lines(data);
            const QList<QByteArray> lines = encoded.split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i)
                QVERIFY(i + 1 < lines.size() ? lines[i].size() == 77 : lines[i].size() <= 76);
            QCOMPARE(MimeCodecs::decodeBase64(encoded), data);
        }
        QCOMPARE(MimeCodecs::encodeQ("a b=?_é"), QByteArray("a_b=3D=3F=5F=C3=A9"));
        QCOMPARE(MimeCodecs::encodePercent("a b€*'%.txt"),
                 QByteArray("a%20b%E2%82%AC%2A%27%25.txt"));
    }
};

QTEST_GUILESS_MAIN(TestMimeBuilderFields)
#include "tst_mimebuilderfields.moc"
