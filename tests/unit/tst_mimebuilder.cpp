// MimeBuilder on whole messages: built and read back with Satchel's own parser (subjects,
// names, addresses, text and attachments in several scripts, a 10 MB attachment), the shape of
// the bytes (CRLF, line lengths, transfer encodings, boundaries), header injection through every
// value a user controls, the refusals and the envelope report. tst_mimebuilderfields tests the
// pieces: addresses, encoded words, format=flowed, replies, encoders.

#include "mime/mimeheaderfolder.h"
#include "mimebuildertesthelpers.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Satchel;
using namespace Satchel::Test;

class TestMimeBuilder : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<OutgoingMessage>("message");
        OutgoingMessage message = basic();
        QTest::newRow("ascii") << message;

        message = basic();
        message.from = box(QStringLiteral("Jörg Müller"), QStringLiteral("joerg@example.test"));
        message.to = {box(QStringLiteral("Zoë Çelik"), QStringLiteral("zoe@example.test")),
                      box(QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.test"))};
        message.cc = {box(QStringLiteral("Ærøskøbing Færge"), QStringLiteral("f@example.test"))};
        message.subject = german;
        message.text = german + QLatin1Char('\n') + german + QLatin1Char(' ') + german +
                       QLatin1String("\n\nZweiter Absatz.\n");
        QTest::newRow("german") << message;

        message = basic();
        message.from = box(QStringLiteral("Иван Петров"), QStringLiteral("ivan@example.ru"));
        message.subject = russian;
        message.text = russian + QLatin1Char('\n') + russian + QLatin1Char(' ') + russian;
        QTest::newRow("russian") << message;

        message = basic();
        message.from = box(QStringLiteral("山田太郎"), QStringLiteral("taro@example.jp"));
        message.subject = japanese + japanese + japanese;
        message.text = japanese.repeated(20) + QLatin1Char('\n');
        QTest::newRow("japanese") << message;

        message = basic();
        message.from = box(QStringLiteral("😀 Smiley"), QStringLiteral("smile@example.test"));
        message.subject = emoji + emoji + emoji;
        message.text = emoji + QLatin1Char('\n');
        QTest::newRow("emoji") << message;

        message = basic();
        message.subject = QStringLiteral("Spaces   inside  and =?utf-8?q?not_a_word?= here");
        message.to = {box(QStringLiteral("Quote \"me\" \\ back"), QStringLiteral("q@example.test")),
                      box(QStringLiteral("John Q. Public"), QStringLiteral("jqp@example.test")),
                      box(QStringLiteral("=?utf-8?q?x?="), QStringLiteral("x@example.test"))};
        QTest::newRow("specials") << message;

        message = basic();
        message.text = QStringLiteral(".\n..\n. dot\nFrom the start\n From indented\n"
                                      "> quoted\n>> deeper\n-- \nSignature");
        QTest::newRow("dots and From") << message;

        message = basic();
        message.text = QStringLiteral("word ").repeated(300) + QLatin1Char('\n') +
                       QString(3000, QLatin1Char('x')) + QLatin1Char('\n') + QLatin1String("> ") +
                       QStringLiteral("quoted words ").repeated(40) + QLatin1Char('\n');
        QTest::newRow("long lines") << message;

        message = basic();
        message.text = QStringLiteral("trailing  \nspaces \t\nhere   \n  leading\n");
        QTest::newRow("trailing spaces") << message;

        message = basic();
        message.text = QStringLiteral("CRLF\r\nline\r\nbreaks\r\n");
        QTest::newRow("crlf text") << message;

        message = basic();
        message.text = QString();
        QTest::newRow("empty body") << message;

        message = basic();
        message.html = QStringLiteral("<html><body><p>Grüße, <b>Bob</b></p></body></html>\n");
        QTest::newRow("alternative") << message;

        message = basic();
        message.text = QString();
        message.html = QStringLiteral("<p>Only <i>HTML</i></p>\n");
        QTest::newRow("html only") << message;

        message = basic();
        message.subject = QString(200, QLatin1Char('s'));
        message.to.append(box(QString(), QStringLiteral("someone.with.a.rather.long.address@"
                                                        "subdomain.example.test")));
        for (int i = 0; i < 10; ++i)
            message.cc.append(
                box(QStringLiteral("Person %1").arg(i), QStringLiteral("p%1@example.test").arg(i)));
        QTest::newRow("long headers") << message;

        message = basic();
        message.html = QStringLiteral("<p>with files</p>");
        message.attachments = {
            {QStringLiteral("report.pdf"), QStringLiteral("application/pdf"),
             QByteArray("%PDF-1.4\n%%EOF\n")},
            {QStringLiteral("Prüfbericht € 2024.pdf"), QStringLiteral("application/pdf"),
             randomBytes(1000, 1)},
            {QStringLiteral("Übersicht.txt"), QStringLiteral("text/plain"),
             QByteArray("Zeile 1\nZeile 2\r\nno end")},
            {QStringLiteral("日本語の画像.png"), QStringLiteral("image/png"), randomBytes(333, 2)},
            {QStringLiteral("отчёт.docx"), QString(), randomBytes(77, 3)},
            {QStringLiteral("a very long file name with ümlauts that needs continuations in "
                            "RFC 2231 because it is longer than a line 😀.bin"),
             QStringLiteral("application/octet-stream"), randomBytes(4096, 4)},
            {QStringLiteral("quote\"and\\backslash.txt"), QStringLiteral("text/plain"),
             QByteArray("x")},
            {QStringLiteral("=?utf-8?q?looks_encoded?=.txt"), QStringLiteral("text/plain"),
             QByteArray("y")},
            {QStringLiteral("empty.bin"), QStringLiteral("application/octet-stream"),
             QByteArray()}};
        QTest::newRow("attachments") << message;
    }

    void roundTrip()
    {
        QFETCH(OutgoingMessage, message);
        const BuiltMessage built = build(message);
        QVERIFY(!built.data.isEmpty());
        const QString problem = lineProblem(built.data);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!built.needs8BitMime);
        QVERIFY(!built.needsSmtpUtf8);
        for (const char c : built.data)
            QVERIFY(static_cast<unsigned char>(c) < 0x80 && c != '\0');

        const MimeMessage parsed = MimeMessage::parse(built.data);
        QVERIFY2(parsed.warnings().isEmpty(), qPrintable(warningText(parsed)));
        QCOMPARE(parsed.subject(), message.subject.trimmed());
        QCOMPARE(MimeAddress::mailboxes(parsed.from()), QList<MimeMailbox>{message.from});
        QCOMPARE(MimeAddress::mailboxes(parsed.to()), message.to);
        QCOMPARE(MimeAddress::mailboxes(parsed.cc()), message.cc);
        QCOMPARE(parsed.date(), message.date);
        QCOMPARE(parsed.messageId(), built.messageId);
        QVERIFY(built.messageId.endsWith(QLatin1String("@example.test")) ||
                built.messageId.endsWith(QLatin1String("@example.ru")) ||
                built.messageId.endsWith(QLatin1String("@example.jp")));
        const QString expectedText = message.text.isEmpty() && !message.html.isEmpty()
                                         ? MimeText::htmlToText(message.html) + QLatin1Char('\n')
                                         : flowedText(message.text);
        const MimePart *plain = parsed.plainTextPart();
        QVERIFY(plain);
        QCOMPARE(plain->text, expectedText);
        QCOMPARE(parsed.html(), withFinalBreak(message.html));

        const QList<const MimePart *> attachments = parsed.attachments();
        QCOMPARE(attachments.size(), message.attachments.size());
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            const OutgoingAttachment &sent = message.attachments[i];
            QCOMPARE(attachments[i]->filename, sent.fileName);
            QCOMPARE(attachments[i]->contentType, sent.contentType.isEmpty()
                                                      ? QStringLiteral("application/octet-stream")
                                                      : sent.contentType);
            QCOMPARE(attachments[i]->body(), sent.data);
            QVERIFY(attachments[i]->isAttachment());
        }
    }

    void headerOrderAndBcc()
    {
        OutgoingMessage message = basic();
        message.replyTo = {box(QString(), QStringLiteral("list@example.test"))};
        message.cc = {box(QString(), QStringLiteral("carol@example.test"))};
        message.bcc = {box(QStringLiteral("Hidden"), QStringLiteral("dave@example.test"))};
        message.inReplyTo = {QStringLiteral("parent@example.test")};
        message.references = {QStringLiteral("root@example.test"),
                              QStringLiteral("parent@example.test")};
        message.extraHeaders = {{"user-agent", QStringLiteral("Satchel/0.1")},
                                {"X-Mailer", QStringLiteral("Satchel")}};
        const BuiltMessage built = build(message);
        const MimeMessage parsed = MimeMessage::parse(built.data);
        const QList<QByteArray> expected = {"Date",         "From",
                                            "Reply-To",     "To",
                                            "Cc",           "Subject",
                                            "Message-ID",   "In-Reply-To",
                                            "References",   "User-Agent",
                                            "X-Mailer",     "MIME-Version",
                                            "Content-Type", "Content-Transfer-Encoding"};
        QCOMPARE(headerNames(parsed.root()), expected);
        QVERIFY(!built.data.contains("dave@"));
        QVERIFY(!built.data.contains("Hidden <"));
        QCOMPARE(parsed.root().headers.value("Date"),
                 QByteArray("Fri, 01 Mar 2024 10:20:30 +0100"));
        QCOMPARE(parsed.inReplyTo(), message.inReplyTo);
        QCOMPARE(parsed.references(), message.references);
        QCOMPARE(parsed.root().headers.value("User-Agent"), QByteArray("Satchel/0.1"));
        QCOMPARE(built.sender, QByteArray("alice@example.test"));
        QCOMPARE(built.recipients, (QList<QByteArray>{"bob@example.test", "carol@example.test",
                                                      "dave@example.test"}));
    }

    void envelope()
    {
        OutgoingMessage message = basic();
        message.to = {box(QStringLiteral("Bob"), QStringLiteral("bob@EXAMPLE.test")),
                      box(QString(), QStringLiteral(" bob@example.test ")),
                      box(QString(), QStringLiteral("Bob@example.test")),
                      box(QString(), QStringLiteral("anna@bücher.example"))};
        message.cc = {box(QString(), QStringLiteral("bob@example.test"))};
        message.bcc = {box(QString(), QStringLiteral("anna@xn--bcher-kva.example")),
                       box(QString(), QStringLiteral("\"john doe\"@example.test"))};
        const BuiltMessage built = build(message);
        // The domain is case-insensitive, the local part is not; an IDN is its A-label.
        QCOMPARE(built.recipients,
                 (QList<QByteArray>{"bob@example.test", "Bob@example.test",
                                    "anna@xn--bcher-kva.example", "\"john doe\"@example.test"}));
        QVERIFY(built.data.contains("anna@xn--bcher-kva.example"));
        QVERIFY(!built.needsSmtpUtf8);
    }

    void undisclosedRecipients()
    {
        OutgoingMessage message = basic();
        message.to.clear();
        message.bcc = {box(QString(), QStringLiteral("dave@example.test"))};
        const BuiltMessage built = build(message);
        const MimeMessage parsed = MimeMessage::parse(built.data);
        QCOMPARE(parsed.root().headers.value("To"), QByteArray("undisclosed-recipients:;"));
        QVERIFY(MimeAddress::mailboxes(parsed.to()).isEmpty());
        QCOMPARE(built.recipients, QList<QByteArray>{"dave@example.test"});
        QVERIFY(!built.data.contains("dave@"));
    }

    void utf8LocalPartNeedsSmtpUtf8()
    {
        OutgoingMessage message = basic();
        message.to = {box(QStringLiteral("Jörg"), QStringLiteral("jörg@bücher.example"))};
        const BuiltMessage built = build(message);
        QVERIFY(built.needsSmtpUtf8);
        QVERIFY(!built.needs8BitMime);
        // Written as it is (RFC 6532), not mangled; the domain may be in A-labels.
        QCOMPARE(built.recipients, QList<QByteArray>{"jörg@xn--bcher-kva.example"});
        const MimeMessage parsed = MimeMessage::parse(built.data);
        QCOMPARE(MimeAddress::mailboxes(parsed.to()).value(0).address,
                 QStringLiteral("jörg@xn--bcher-kva.example"));
        QCOMPARE(MimeAddress::mailboxes(parsed.to()).value(0).name, QStringLiteral("Jörg"));
        QVERIFY(lineProblem(built.data).isEmpty());
    }

    void transferEncodings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allow8Bit");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("ascii") << QStringLiteral("Plain text.\n") << false << QByteArray("7bit")
                               << QByteArray("us-ascii");
        QTest::newRow("ascii long word")
            << QString(2000, QLatin1Char('a')) << false << QByteArray("quoted-printable")
            << QByteArray("us-ascii");
        QTest::newRow("ascii control") << QStringLiteral("bell \a and nul ") + QChar(0) << false
                                       << QByteArray("quoted-printable") << QByteArray("us-ascii");
        QTest::newRow("german")
            << QStringLiteral("Sehr geehrte Frau Müller,\nvielen Dank für Ihre Nachricht. Wir "
                              "melden uns nächste Woche.\n")
            << false << QByteArray("quoted-printable") << QByteArray("utf-8");
        // Quoted-printable would be longer than base64 here.
        QTest::newRow("dense german")
            << german << false << QByteArray("base64") << QByteArray("utf-8");
        QTest::newRow("russian") << russian << false << QByteArray("base64") << QByteArray("utf-8");
        QTest::newRow("japanese") << japanese << false << QByteArray("base64")
                                  << QByteArray("utf-8");
        QTest::newRow("german 8bit") << german << true << QByteArray("8bit") << QByteArray("utf-8");
        QTest::newRow("ascii 8bit allowed")
            << QStringLiteral("Plain.\n") << true << QByteArray("7bit") << QByteArray("us-ascii");
        QTest::newRow("long japanese line 8bit allowed")
            << japanese.repeated(30) << true << QByteArray("base64") << QByteArray("utf-8");
    }

    void transferEncodings()
    {
        QFETCH(QString, text);
        QFETCH(bool, allow8Bit);
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, charset);
        OutgoingMessage message = basic();
        message.text = text;
        MimeBuilder::Options options;
        options.allow8Bit = allow8Bit;
        const BuiltMessage built = build(message, options);
        QCOMPARE(built.needs8BitMime, encoding == "8bit");
        const MimeMessage parsed = MimeMessage::parse(built.data);
        QCOMPARE(parsed.root().transferEncoding, QString::fromLatin1(encoding));
        QCOMPARE(parsed.root().charset(), QString::fromLatin1(charset));
        QCOMPARE(parsed.plainText(), flowedText(text));
        QVERIFY(lineProblem(built.data).isEmpty());
    }

    void htmlEncodings()
    {
        OutgoingMessage message = basic();
        message.html = QStringLiteral("<p>\nFrom me</p>\n");
        MimeMessage parsed = MimeMessage::parse(build(message).data);
        QVERIFY(parsed.htmlPart());
        // "From " at the start of a line would be changed by mbox files: encoded instead.
        QCOMPARE(parsed.htmlPart()->transferEncoding, QStringLiteral("quoted-printable"));
        QCOMPARE(parsed.html(), message.html);

        message.html =
            QStringLiteral("<p>") + QString(5000, QLatin1Char('x')) + QStringLiteral("</p>");
        const BuiltMessage built = build(message);
        parsed = MimeMessage::parse(built.data);
        QCOMPARE(parsed.htmlPart()->transferEncoding, QStringLiteral("quoted-printable"));
        QCOMPARE(parsed.html(), withFinalBreak(message.html));
        QVERIFY(lineProblem(built.data).isEmpty());
    }

    void forwardedMessageAttachment()
    {
        OutgoingMessage message = basic();
        const QByteArray original = "From: a@example.test\nSubject: inner\n\nInner text.\n";
        message.attachments = {
            {QStringLiteral("inner.eml"), QStringLiteral("message/rfc822"), original},
            {QStringLiteral("binary.eml"), QStringLiteral("message/rfc822"),
             QByteArray("Subject: x\n\n\xff\xfe\n")},
            {QStringLiteral("odd"), QStringLiteral("multipart/mixed"), QByteArray("data")}};
        const BuiltMessage built = build(message);
        const MimeMessage parsed = MimeMessage::parse(built.data);
        QVERIFY2(parsed.warnings().isEmpty(), qPrintable(warningText(parsed)));
        const QList<const MimePart *> attachments = parsed.attachments();
        QCOMPARE(attachments.size(), 3);
        // message/rfc822 cannot be base64: a 7-bit message goes as it is, in CRLF lines.
        QCOMPARE(attachments[0]->contentType, QStringLiteral("message/rfc822"));
        QCOMPARE(attachments[0]->transferEncoding, QStringLiteral("7bit"));
        QVERIFY(attachments[0]->isMessage());
        QCOMPARE(MimeMessage(attachments[0]->children.first()).subject(), QStringLiteral("inner"));
        // Anything else goes as a plain file, byte for byte.
        QCOMPARE(attachments[1]->contentType, QStringLiteral("application/octet-stream"));
        QCOMPARE(attachments[1]->body(), message.attachments[1].data);
        QCOMPARE(attachments[2]->contentType, QStringLiteral("application/octet-stream"));
        QCOMPARE(attachments[2]->body(), QByteArray("data"));
    }

    void textAttachmentCharset()
    {
        OutgoingMessage message = basic();
        message.attachments = {
            {QStringLiteral("utf8.txt"), QStringLiteral("text/plain"), german.toUtf8()},
            {QStringLiteral("latin1.txt"), QStringLiteral("text/plain"), german.toLatin1()},
            {QStringLiteral("ascii.txt"), QStringLiteral("text/plain"), QByteArray("plain")},
            {QStringLiteral("utf8.bin"), QStringLiteral("application/octet-stream"),
             german.toUtf8()}};
        const MimeMessage parsed = MimeMessage::parse(build(message).data);
        const QList<const MimePart *> attachments = parsed.attachments();
        QCOMPARE(attachments.size(), 4);
        QCOMPARE(attachments[0]->charset(), QStringLiteral("utf-8"));
        QCOMPARE(attachments[1]->charset(), QString());
        QCOMPARE(attachments[2]->charset(), QString());
        QCOMPARE(attachments[3]->charset(), QString());
        for (qsizetype i = 0; i < 4; ++i)
            QCOMPARE(attachments[i]->body(), message.attachments[i].data);
    }

    void tenMegabyteAttachment()
    {
        OutgoingMessage message = basic();
        const QByteArray data = randomBytes(qsizetype(10) * 1024 * 1024, 42);
        message.attachments = {
            {QStringLiteral("big.bin"), QStringLiteral("application/octet-stream"), data}};
        QElapsedTimer timer;
        timer.start();
        const BuiltMessage built = build(message);
        QVERIFY(built.data.size() > data.size() * 4 / 3);
        const MimeMessage parsed = MimeMessage::parse(built.data);
        QCOMPARE(parsed.attachments().size(), 1);
        QCOMPARE(parsed.attachments().first()->size, data.size());
        QVERIFY(parsed.attachments().first()->body() == data);
        QVERIFY(lineProblem(built.data).isEmpty());
        qInfo("built and parsed 10 MB in %lld ms", timer.elapsed());
    }

    void boundariesAreNotInContent()
    {
        OutgoingMessage message = basic();
        message.text = QStringLiteral("--=_\n--=_abc\n=_=_=_\n");
        message.html = QStringLiteral("<p>--=_</p>");
        message.attachments = {{QStringLiteral("m.eml"), QStringLiteral("message/rfc822"),
                                QByteArray("Subject: s\n\n--=_x\n")}};
        const BuiltMessage built = build(message);
        const MimeMessage parsed = MimeMessage::parse(built.data);
        QVERIFY2(parsed.warnings().isEmpty(), qPrintable(warningText(parsed)));
        const QByteArray outer =
            parsed.root().parameters.value(QStringLiteral("boundary")).toLatin1();
        const QByteArray inner =
            parsed.root().children.first().parameters.value(QStringLiteral("boundary")).toLatin1();
        QVERIFY(outer.size() >= 20 && inner.size() >= 20 && outer != inner);
        QCOMPARE(built.data.count(QByteArray("--" + outer)), 3);
        QCOMPARE(built.data.count(QByteArray("--" + inner)), 3);
        QCOMPARE(parsed.plainText(), message.text);
    }

    // Hostile values in every field a user or a correspondent controls: the parsed message must
    // have exactly the headers the builder meant to write.
    void injection_data()
    {
        QTest::addColumn<OutgoingMessage>("message");
        const QStringList hostile = {QStringLiteral("Hi\r\nBcc: evil@example.test"),
                                     QStringLiteral("Hi\nBcc: evil@example.test"),
                                     QStringLiteral("Hi\rBcc: evil@example.test"),
                                     QStringLiteral("\r\n\r\nbody"),
                                     QStringLiteral("Hi\r\n Bcc: folded"),
                                     QStringLiteral("nul") + QChar(0) + QStringLiteral("Bcc: x"),
                                     QStringLiteral("Hi\u2028Bcc: x\u0085Cc: y"),
                                     QStringLiteral("Grüße\r\nBcc: evil@example.test")};
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            const QByteArray tag = QByteArray::number(i);
            OutgoingMessage message = basic();
            message.subject = hostile[i];
            QTest::newRow(QByteArray("subject " + tag).constData()) << message;
            message = basic();
            message.from.name = hostile[i];
            message.to.first().name = hostile[i];
            QTest::newRow(QByteArray("names " + tag).constData()) << message;
            message = basic();
            message.extraHeaders = {{"User-Agent", hostile[i]}};
            QTest::newRow(QByteArray("extra header " + tag).constData()) << message;
            message = basic();
            message.attachments = {{hostile[i], QStringLiteral("text/plain"), QByteArray("x")}};
            QTest::newRow(QByteArray("file name " + tag).constData()) << message;
            message = basic();
            message.text = hostile[i];
            message.html = hostile[i];
            QTest::newRow(QByteArray("bodies " + tag).constData()) << message;
        }
    }

    void injection()
    {
        QFETCH(OutgoingMessage, message);
        const BuiltMessage built = build(message);
        QVERIFY(!built.data.isEmpty());
        QVERIFY2(lineProblem(built.data).isEmpty(), qPrintable(lineProblem(built.data)));
        const MimeMessage parsed = MimeMessage::parse(built.data);
        QVERIFY2(parsed.warnings().isEmpty(), qPrintable(warningText(parsed)));
        QList<QByteArray> expected = {"Date", "From", "To", "Subject", "Message-ID"};
        if (!message.extraHeaders.isEmpty())
            expected.append("User-Agent");
        expected += {"MIME-Version", "Content-Type"};
        if (message.html.isEmpty() && message.attachments.isEmpty())
            expected.append("Content-Transfer-Encoding"); // a multipart has none
        QCOMPARE(headerNames(parsed.root()), expected);
        QCOMPARE(MimeAddress::mailboxes(parsed.to()).size(), 1);
        QCOMPARE(MimeAddress::mailboxes(parsed.to()).first().address,
                 QStringLiteral("bob@example.test"));
        QVERIFY(MimeAddress::mailboxes(parsed.cc()).isEmpty());
        QCOMPARE(built.recipients, QList<QByteArray>{"bob@example.test"});
        QCOMPARE(parsed.subject(), MimeHeaderFolder::withoutControls(message.subject).trimmed());
        QCOMPARE(MimeAddress::mailboxes(parsed.from()).first().name,
                 MimeHeaderFolder::withoutControls(message.from.name).simplified());
        for (const MimePart &part : parsed.root().children) {
            const QList<QByteArray> names = headerNames(part);
            QVERIFY(names.size() <= 3);
            for (const QByteArray &name : names)
                QVERIFY(name.startsWith("Content-"));
        }
        if (!message.attachments.isEmpty()) {
            QCOMPARE(parsed.attachments().size(), 1);
            QCOMPARE(
                parsed.attachments().first()->filename,
                MimeHeaderFolder::withoutControls(message.attachments.first().fileName).trimmed());
            QCOMPARE(parsed.attachments().first()->body(), QByteArray("x"));
        }
    }

    void refused_data()
    {
        QTest::addColumn<OutgoingMessage>("message");
        const QStringList badAddresses = {
            QStringLiteral("bob"),
            QStringLiteral("bob@"),
            QStringLiteral("@example.test"),
            QStringLiteral("bob smith@example.test"),
            QStringLiteral("bob@example.test\r\nBcc: evil@example.test"),
            QStringLiteral("bob@example.test>\r\nBcc: <evil@example.test"),
            QStringLiteral("<bob@example.test>"),
            QStringLiteral("Bob <bob@example.test>"),
            QStringLiteral("bob@example.test, eve@example.test"),
            QStringLiteral(".bob@example.test"),
            QStringLiteral("bo..b@example.test"),
            QStringLiteral("bob.@example.test"),
            QStringLiteral("bob@-example.test"),
            QStringLiteral("bob@example..test"),
            QStringLiteral("bob@example.test."),
            QStringLiteral("bob@exa mple.test"),
            QStringLiteral("bob@[1.2.3.4"),
            QStringLiteral("\"unterminated@example.test"),
            QStringLiteral("\"a\"b\"@example.test"),
            QStringLiteral("bo") + QChar(0) + QStringLiteral("b@example.test"),
            QStringLiteral("bob@") + QString(250, QLatin1Char('a')) + QStringLiteral(".test"),
            QStringLiteral("bob@example.test\u0007")};
        for (const QString &address : badAddresses) {
            OutgoingMessage message = basic();
            message.to.first().address = address;
            QTest::newRow(QByteArray("to " + address.toUtf8().toPercentEncoding()).constData())
                << message;
            message = basic();
            message.bcc = {box(QString(), address)};
            QTest::newRow(QByteArray("bcc " + address.toUtf8().toPercentEncoding()).constData())
                << message;
        }
        OutgoingMessage message = basic();
        message.from.address.clear();
        QTest::newRow("no from") << message;
        message = basic();
        message.from.address = QStringLiteral("alice");
        QTest::newRow("bad from") << message;
        message = basic();
        message.replyTo = {box(QString(), QStringLiteral("reply\r\nBcc: x@example.test"))};
        QTest::newRow("bad reply-to") << message;
        message = basic();
        message.messageId = QStringLiteral("id@example.test>\r\nBcc: <x@example.test");
        QTest::newRow("bad message id") << message;
        message = basic();
        message.messageId = QStringLiteral("<id@example.test>");
        QTest::newRow("message id in brackets") << message;
        message = basic();
        message.references = {QStringLiteral("a@b"), QStringLiteral("c d@e")};
        QTest::newRow("bad reference") << message;
        message = basic();
        message.inReplyTo = {QStringLiteral("a@b>\nBcc: x")};
        QTest::newRow("bad in-reply-to") << message;
        for (const QByteArray &name :
             {QByteArray("Bcc"), QByteArray("Content-Type"), QByteArray("X-Evil\r\nBcc"),
              QByteArray("From"), QByteArray("Received"), QByteArray("")}) {
            message = basic();
            message.extraHeaders = {{name, QStringLiteral("x")}};
            QTest::newRow(QByteArray("header " + name.toPercentEncoding()).constData()) << message;
        }
        for (const QString &type :
             {QStringLiteral("text"), QStringLiteral("text/plain; x=y"),
              QStringLiteral("text/plain\r\nBcc: x"), QStringLiteral("text/pl ain"),
              QStringLiteral("/plain"), QStringLiteral("text/")}) {
            message = basic();
            message.attachments = {{QStringLiteral("f"), type, QByteArray("x")}};
            QTest::newRow(QByteArray("type " + type.toUtf8().toPercentEncoding()).constData())
                << message;
        }
    }

    void refused()
    {
        QFETCH(OutgoingMessage, message);
        const QString sentence = refusal(message);
        QVERIFY(!sentence.isEmpty());
        QVERIFY(sentence.endsWith(QLatin1Char('.')));
        QVERIFY(!sentence.contains(QLatin1Char('\n')) && !sentence.contains(QLatin1Char('\r')));
    }
};

QTEST_GUILESS_MAIN(TestMimeBuilder)
#include "tst_mimebuilder.moc"
