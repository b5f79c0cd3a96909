// MimeBuilder and its pieces: messages built and read back with Satchel's own parser (subjects,
// names, addresses, text and attachments in several scripts), the shape of the bytes (CRLF, line
// lengths, encodings, boundaries), header injection through every value a user controls, the
// refusals, the envelope report, reply headers, and the encoders underneath.

#include "mime/mimeaddressspec.h"
#include "mime/mimebuilder.h"
#include "mime/mimecodecs.h"
#include "mime/mimedate.h"
#include "mime/mimeencodedwords.h"
#include "mime/mimeheaderfolder.h"
#include "mime/mimemessage.h"
#include "mime/mimetext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

MimeMailbox box(const QString &name, const QString &address)
{
    return {name, address};
}

OutgoingMessage basic()
{
    OutgoingMessage message;
    message.from = box(QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"));
    message.to = {box(QString(), QStringLiteral("bob@example.test"))};
    message.subject = QStringLiteral("Hello");
    message.date = QDateTime(QDate(2024, 3, 1), QTime(10, 20, 30), Qt::OffsetFromUTC, 3600);
    message.text = QStringLiteral("Hello Bob.\n");
    return message;
}

BuiltMessage build(const OutgoingMessage &message, const MimeBuilder::Options &options = {})
{
    Error error;
    const std::optional<BuiltMessage> built = MimeBuilder::build(message, &error, options);
    if (!built)
        qWarning("build failed: %s", qPrintable(error.message()));
    return built.value_or(BuiltMessage());
}

QString refusal(const OutgoingMessage &message)
{
    Error error;
    const std::optional<BuiltMessage> built = MimeBuilder::build(message, &error);
    if (built)
        return QString();
    return error.category() == Error::Category::Input ? error.message()
                                                      : QStringLiteral("wrong category");
}

// The first line that breaks the rules, or an empty string: every line ends in CRLF, none is
// longer than 998 octets, header lines (all parts) no longer than headerLimit.
QString lineProblem(const QByteArray &data, qsizetype headerLimit = 78)
{
    if (!data.endsWith("\r\n"))
        return QStringLiteral("no CRLF at the end");
    bool inHeader = true;
    bool afterBoundary = false;
    qsizetype start = 0;
    int number = 1;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        if (newline < 0 || newline == start || data[newline - 1] != '\r')
            return QStringLiteral("line %1 does not end in CRLF").arg(number);
        const QByteArrayView line = QByteArrayView(data).sliced(start, newline - 1 - start);
        if (line.contains('\r'))
            return QStringLiteral("line %1 has a bare CR").arg(number);
        if (line.size() > 998)
            return QStringLiteral("line %1 has %2 octets").arg(number).arg(line.size());
        if (inHeader && line.size() > headerLimit)
            return QStringLiteral("header line %1 has %2 octets: %3")
                .arg(number)
                .arg(line.size())
                .arg(QString::fromUtf8(line));
        if (line.isEmpty())
            inHeader = false;
        // A part's headers follow its delimiter line.
        if (afterBoundary)
            inHeader = true;
        afterBoundary = line.startsWith("--=_") && !line.endsWith("--");
        start = newline + 1;
        ++number;
    }
    return QString();
}

QString warningText(const MimeMessage &message)
{
    QStringList sentences;
    for (const MimeWarning &warning : message.warnings())
        sentences.append(warning.message());
    return sentences.join(QLatin1Char(' '));
}

QList<QByteArray> headerNames(const MimePart &part)
{
    QList<QByteArray> names;
    for (const MimeHeader &header : part.headers.all())
        names.append(header.name);
    return names;
}

// Text as it is written: "\n" line breaks, and one at the end.
QString withFinalBreak(const QString &text)
{
    QString result = MimeText::normalizeLineBreaks(text);
    if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')))
        result += QLatin1Char('\n');
    return result;
}

// What the reader gets back from text after format=flowed: also no spaces before a hard break
// (but in "-- ").
QString flowedText(const QString &text)
{
    QStringList lines = withFinalBreak(text).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')) && line != QLatin1String("-- "))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n'));
}

// Whole code points, so that emoji are not cut into lone surrogates.
QString randomText(QRandomGenerator *random, const QString &alphabet, int length)
{
    const QList<uint> characters = alphabet.toUcs4();
    QList<uint> text;
    for (int i = 0; i < length; ++i)
        text.append(characters[random->bounded(int(characters.size()))]);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()), text.size());
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

const QString german = QStringLiteral("Grüße aus Köln, Jörg – “Zitat” und Öl für die Straße.");
const QString russian = QStringLiteral("Привет, мир! Съешь же ещё этих мягких французских булок.");
const QString japanese = QStringLiteral("日本語のテキストです。よろしくお願いします。");
const QString emoji = QStringLiteral("Party 🎉 time 👩‍👩‍👧 with 🇩🇪 flags 😀");

} // namespace

Q_DECLARE_METATYPE(OutgoingMessage)

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
        const QByteArray data = randomBytes(10 * 1024 * 1024, 42);
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
                 QStringLiteral("RE: Question"));
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

QTEST_GUILESS_MAIN(TestMimeBuilder)
#include "tst_mimebuilder.moc"
