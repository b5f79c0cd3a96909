// Satchel's MIME parser against Python's email package: mimeinterop.py builds varied messages
// with Python (non-ASCII names and subjects, attachments with non-ASCII filenames, alternative
// and related parts, several charsets and transfer encodings, LF and CRLF) and writes what
// Python reads from each; `satchel-cli parse --json` must read the same subject, addresses,
// date, message id, part tree (types, filenames, sizes) and text, with no warnings. The
// normalisations that are documented differences, not bugs, are listed in mimeinterop.py.
//
// The other way round: messages built by Satchel's MimeBuilder (every script, attachments, hostile
// values, replies) are read by Python's email parser (policy=default), which must find exactly
// the headers meant, decoded to the same values, the same text and the same attachments, byte
// for byte, without a single defect.

#include "clirunner.h"
#include "mailboxprobe.h"
#include "mime/mimeaddressspec.h"
#include "mime/mimebuilder.h"
#include "mime/mimeheaderfolder.h"
#include "mime/mimetext.h"
#include "testbed.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString debianPython = QStringLiteral("/usr/bin/python3");
const QString msmtp = QStringLiteral("/usr/bin/msmtp");
const QString interopUser = QStringLiteral("lena@example.test");
const QString script = QStringLiteral(SATCHEL_MIMEINTEROP_SCRIPT);

// As mimeinterop.py's normalized_text(): "\n" line breaks, no trailing whitespace on lines,
// none around the whole.
QString normalizedText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

// Compares one node of the part trees; returns a description of the first difference.
QString compareParts(const QJsonObject &python, const QJsonObject &satchel, const QString &path)
{
    const QString type = python.value(QLatin1String("contentType")).toString();
    if (satchel.value(QLatin1String("contentType")).toString() != type)
        return QStringLiteral("%1: content type %2, Python %3")
            .arg(path, satchel.value(QLatin1String("contentType")).toString(), type);
    if (satchel.value(QLatin1String("filename")) != python.value(QLatin1String("filename")))
        return QStringLiteral("%1: filename \"%2\", Python \"%3\"")
            .arg(path, satchel.value(QLatin1String("filename")).toString(),
                 python.value(QLatin1String("filename")).toString());
    if (python.contains(QLatin1String("size")) &&
        satchel.value(QLatin1String("size")) != python.value(QLatin1String("size")))
        return QStringLiteral("%1: size %2, Python %3")
            .arg(path)
            .arg(satchel.value(QLatin1String("size")).toInteger())
            .arg(python.value(QLatin1String("size")).toInteger());
    const QJsonArray pythonChildren = python.value(QLatin1String("parts")).toArray();
    const QJsonArray satchelChildren = satchel.value(QLatin1String("parts")).toArray();
    if (pythonChildren.size() != satchelChildren.size())
        return QStringLiteral("%1: %2 parts, Python %3")
            .arg(path)
            .arg(satchelChildren.size())
            .arg(pythonChildren.size());
    for (qsizetype i = 0; i < pythonChildren.size(); ++i) {
        const QString difference =
            compareParts(pythonChildren.at(i).toObject(), satchelChildren.at(i).toObject(),
                         path + QLatin1Char('/') + QString::number(i + 1));
        if (!difference.isEmpty())
            return difference;
    }
    return {};
}

using namespace Satchel;
using Satchel::Test::CliResult;
using Satchel::Test::CliRunner;
using Satchel::Test::MailboxProbe;
using Satchel::Test::TestBed;

MimeMailbox box(const QString &name, const QString &address)
{
    return {name, address};
}

OutgoingMessage basicMessage(const QString &subject)
{
    OutgoingMessage message;
    message.from = box(QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"));
    message.to = {box(QStringLiteral("Bob"), QStringLiteral("bob@example.test"))};
    message.subject = subject;
    message.date = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::OffsetFromUTC, -4 * 3600);
    message.text = QStringLiteral("Hello Bob,\n\njust text.\n");
    return message;
}

QByteArray pseudoRandomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &c : bytes) {
        state = state * 1103515245u + 12345u;
        c = char(state >> 24);
    }
    return bytes;
}

// Messages for Python to read, each with a name.
QList<QPair<QString, OutgoingMessage>> builtMessages()
{
    QList<QPair<QString, OutgoingMessage>> list;
    list.append({QStringLiteral("ascii"), basicMessage(QStringLiteral("Plain ASCII"))});

    OutgoingMessage m = basicMessage(QStringLiteral("Grüße aus Köln – “quotes” and more"));
    m.from = box(QStringLiteral("Jörg Müller"), QStringLiteral("joerg@example.test"));
    m.to = {box(QStringLiteral("Zoë Çelik"), QStringLiteral("zoe@example.test")),
            box(QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.test")),
            box(QString(), QStringLiteral("info@münchen.example"))};
    m.cc = {box(QStringLiteral("Ærøskøbing Færge"), QStringLiteral("faerge@example.test"))};
    m.text = QStringLiteral("Sehr geehrte Frau Müller,\nvielen Dank für Ihre Nachricht.\n");
    list.append({QStringLiteral("german"), m});

    m = basicMessage(QStringLiteral("Привет, мир — длинная тема письма, которая не помещается "
                                    "в одну строку заголовка"));
    m.from = box(QStringLiteral("Иван Петров"), QStringLiteral("ivan@example.ru"));
    m.text =
        QStringLiteral("Съешь же ещё этих мягких французских булок, да выпей чаю.\n").repeated(5);
    list.append({QStringLiteral("russian"), m});

    m = basicMessage(QStringLiteral("こんにちは世界 — 日本語の件名がとても長い場合の折り返しの"
                                    "テストです。よろしくお願いします。"));
    m.from = box(QStringLiteral("山田太郎"), QStringLiteral("taro@example.jp"));
    m.text = QStringLiteral("日本語の本文です。\nよろしくお願いします。\n");
    list.append({QStringLiteral("japanese"), m});

    m = basicMessage(QStringLiteral("Party 🎉 time 👩‍👩‍👧 with 🇩🇪 flags 😀"));
    m.from = box(QStringLiteral("😀 Smiley"), QStringLiteral("smile@example.test"));
    m.text = QStringLiteral("Emoji 🎉 in the text 😀\n");
    list.append({QStringLiteral("emoji"), m});

    m = basicMessage(QStringLiteral("Alternative"));
    m.html = QStringLiteral("<html><body><p>The <b>HTML</b> text, grüße.</p></body></html>\n");
    list.append({QStringLiteral("alternative"), m});

    m = basicMessage(QStringLiteral("Attachments with non-ASCII names"));
    m.attachments = {
        {QStringLiteral("Prüfbericht € 2024.pdf"), QStringLiteral("application/pdf"),
         QByteArray("%PDF-1.4\n%%EOF\n")},
        {QStringLiteral("Übersicht.txt"), QStringLiteral("text/plain"),
         QByteArray("Zeile 1\nZeile 2\r\n")},
        {QStringLiteral("日本語の画像.png"), QStringLiteral("image/png"), pseudoRandomBytes(300)},
        {QStringLiteral("a very long file name with ümlauts that needs continuations in RFC "
                        "2231 because it is longer than a line.bin"),
         QStringLiteral("application/octet-stream"), pseudoRandomBytes(qsizetype(1024) * 1024)},
        {QStringLiteral("quote\"and\\backslash.txt"), QStringLiteral("text/plain"),
         QByteArray("x")}};
    list.append({QStringLiteral("attachments"), m});

    m = basicMessage(QStringLiteral("Hi\r\nBcc: evil@example.test"));
    m.from.name = QStringLiteral("Eve\r\n\r\nbody");
    m.to.first().name = QStringLiteral("Bob\nCc: carol@example.test");
    m.extraHeaders = {{"User-Agent", QStringLiteral("Satchel\r\nX-Evil: 1")}};
    m.attachments = {{QStringLiteral("evil\r\nContent-Type: text/html.txt"),
                      QStringLiteral("text/plain"), QByteArray("x")}};
    m.text = QStringLiteral("\r\n.\r\nQUIT\r\n");
    list.append({QStringLiteral("injection"), m});

    m = basicMessage(QStringLiteral("Re: Question"));
    m.replyTo = {box(QStringLiteral("The List"), QStringLiteral("list@example.test"))};
    m.inReplyTo = {QStringLiteral("third@example.test")};
    m.references = {QStringLiteral("first@example.test"), QStringLiteral("second@example.test"),
                    QStringLiteral("third@example.test")};
    m.extraHeaders = {{"User-Agent", QStringLiteral("Satchel/0.1")}};
    m.text = QStringLiteral("> The question was\n> quoted here.\n\nThe answer.\n-- \nAlice\n");
    list.append({QStringLiteral("reply"), m});

    m = basicMessage(QStringLiteral("Undisclosed recipients"));
    m.to.clear();
    m.bcc = {box(QString(), QStringLiteral("dave@example.test"))};
    list.append({QStringLiteral("bcc-only"), m});

    m = basicMessage(QStringLiteral("Long lines, dots and From"));
    m.text = QStringLiteral("A paragraph that is much longer than a line, ").repeated(12) +
             QStringLiteral("\n") + QString(1500, QLatin1Char('x')) +
             QStringLiteral("\n.\n..\nFrom the start\n  indented\n");
    list.append({QStringLiteral("long-lines"), m});

    m = basicMessage(QStringLiteral("Specials in names"));
    m.to = {box(QStringLiteral("Quote \"me\" \\ back"), QStringLiteral("q@example.test")),
            box(QStringLiteral("John Q. Public"), QStringLiteral("jqp@example.test")),
            box(QStringLiteral("a,b ").repeated(30).trimmed(), QStringLiteral("ab@example.test"))};
    list.append({QStringLiteral("specials"), m});
    return list;
}

QString mailboxList(const QList<MimeMailbox> &boxes)
{
    QStringList shown;
    for (const MimeMailbox &mailbox : boxes) {
        const MimeMailbox written{
            MimeHeaderFolder::withoutControls(mailbox.name).simplified(),
            QString::fromUtf8(MimeAddressSpec::normalize(mailbox.address)->address)};
        shown.append(written.toString());
    }
    return shown.join(QLatin1String(", "));
}

QString idList(const QStringList &ids)
{
    QStringList bracketed;
    for (const QString &id : ids)
        bracketed.append(QLatin1Char('<') + id + QLatin1Char('>'));
    return bracketed.join(QLatin1Char(' '));
}

QJsonArray expectedHeaderNames(const OutgoingMessage &message)
{
    QJsonArray names{QStringLiteral("Date"), QStringLiteral("From")};
    if (!message.replyTo.isEmpty())
        names.append(QStringLiteral("Reply-To"));
    if (!message.to.isEmpty() || !message.bcc.isEmpty())
        names.append(QStringLiteral("To"));
    if (!message.cc.isEmpty())
        names.append(QStringLiteral("Cc"));
    names.append(QStringLiteral("Subject"));
    names.append(QStringLiteral("Message-ID"));
    if (!message.inReplyTo.isEmpty())
        names.append(QStringLiteral("In-Reply-To"));
    if (!message.references.isEmpty())
        names.append(QStringLiteral("References"));
    for (const OutgoingHeader &header : message.extraHeaders)
        names.append(QString::fromLatin1(header.name));
    names.append(QStringLiteral("MIME-Version"));
    names.append(QStringLiteral("Content-Type"));
    if (message.html.isEmpty() && message.attachments.isEmpty())
        names.append(QStringLiteral("Content-Transfer-Encoding"));
    return names;
}

// What Python must read from the built message, computed from what was meant, not from the bytes.
QJsonObject expected(const OutgoingMessage &message, const BuiltMessage &built)
{
    QString date = built.date.toString(Qt::ISODate);
    QJsonObject headers{
        {QStringLiteral("subject"), MimeHeaderFolder::withoutControls(message.subject).trimmed()},
        {QStringLiteral("from"), mailboxList({message.from})},
        {QStringLiteral("to"), message.to.isEmpty() ? QStringLiteral("undisclosed-recipients:;")
                                                    : mailboxList(message.to)},
        {QStringLiteral("cc"), mailboxList(message.cc)},
        {QStringLiteral("replyTo"), mailboxList(message.replyTo)},
        {QStringLiteral("date"), date},
        {QStringLiteral("messageId"), built.messageId},
        {QStringLiteral("inReplyTo"), idList(message.inReplyTo)},
        {QStringLiteral("references"), idList(message.references)},
        {QStringLiteral("userAgent"),
         message.extraHeaders.isEmpty()
             ? QString()
             : MimeHeaderFolder::withoutControls(message.extraHeaders.first().value).trimmed()}};
    QJsonArray attachments;
    for (const OutgoingAttachment &attachment : message.attachments) {
        attachments.append(QJsonObject{
            {QStringLiteral("filename"),
             MimeHeaderFolder::withoutControls(attachment.fileName).trimmed()},
            {QStringLiteral("contentType"), attachment.contentType},
            {QStringLiteral("size"), attachment.data.size()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(attachment.data, QCryptographicHash::Sha256).toHex())}});
    }
    return {{QStringLiteral("headerNames"), expectedHeaderNames(message)},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("text"), normalizedText(message.text)},
            {QStringLiteral("html"), normalizedText(message.html)},
            {QStringLiteral("attachments"), attachments}};
}

} // namespace

class TestMimeInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QJsonObject satchelParse(const QString &file, QString *errors)
    {
        QProcess cli;
        cli.start(qEnvironmentVariable("SATCHEL_CLI"),
                  {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile")),
                   QStringLiteral("parse"), QStringLiteral("--json"), file});
        if (!cli.waitForFinished(60000))
            cli.kill();
        *errors = QString::fromUtf8(cli.readAllStandardError());
        if (cli.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    }

    // What Satchel read differs from what Python read: how, or an empty string.
    static QString differenceFromPython(const QJsonObject &python, const QJsonObject &satchel)
    {
        const QJsonObject expectedHeaders = python.value(QLatin1String("headers")).toObject();
        const QJsonObject headers = satchel.value(QLatin1String("headers")).toObject();
        for (const QString &key : expectedHeaders.keys()) {
            if (headers.value(key).toString() != expectedHeaders.value(key).toString())
                return QStringLiteral("header %1: \"%2\", Python \"%3\"")
                    .arg(key, headers.value(key).toString(), expectedHeaders.value(key).toString());
        }
        QString text = normalizedText(satchel.value(QLatin1String("text")).toString());
        if (python.value(QLatin1String("textFromHtml")).toBool())
            text = text.simplified();
        if (text != python.value(QLatin1String("text")).toString())
            return QStringLiteral("text \"%1\", Python \"%2\"")
                .arg(text, python.value(QLatin1String("text")).toString());
        return compareParts(python.value(QLatin1String("parts")).toArray().first().toObject(),
                            satchel.value(QLatin1String("parts")).toArray().first().toObject(),
                            QStringLiteral("1"));
    }

    // Python's reading of one generated message per Message-ID (the CRLF and LF twins of a
    // message share it and read the same), with the message's file under "file".
    QMap<QString, QJsonObject> casesByMessageId() const
    {
        QMap<QString, QJsonObject> cases;
        const QDir dir(m_dir.filePath(QStringLiteral("messages")));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QJsonObject python = QJsonDocument::fromJson(file.readAll()).object();
            const QString messageId = python.value(QLatin1String("headers"))
                                          .toObject()
                                          .value(QLatin1String("messageId"))
                                          .toString();
            if (messageId.isEmpty() || python.value(QLatin1String("defects")).toInt() != 0)
                continue;
            // SMTP carries CRLF: an LF twin's part sizes would change on the way.
            if (cases.contains(messageId) && !name.contains(QLatin1String("crlf")))
                continue;
            python.insert(QLatin1String("file"),
                          dir.filePath(name.chopped(5) + QLatin1String(".eml")));
            cases.insert(messageId, python);
        }
        return cases;
    }

    // msmtp's configuration for the interop user, over implicit TLS with the bed's CA. The
    // password sits in this 0600 file, never on a command line.
    QString msmtpConfig() const
    {
        const TestBed &bed = TestBed::instance();
        const QString path = m_dir.filePath(QStringLiteral("msmtprc"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QStringLiteral("defaults\ntls on\ntls_starttls off\ntls_trust_file %1\n"
                                  "auth plain\naccount interop\nhost 127.0.0.1\nport %2\n"
                                  "from %3\nuser %3\npassword %4\naccount default : interop\n")
                       .arg(bed.caFile())
                       .arg(bed.port(QStringLiteral("submissions")))
                       .arg(interopUser, bed.password(interopUser))
                       .toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("SATCHEL_CLI").isEmpty());
        QVERIFY2(QFile::exists(debianPython),
                 "Debian's python3 is needed: apt-get install python3");
        QVERIFY2(QFile::exists(script), qPrintable(script));
        QProcess python;
        python.start(debianPython, {script, m_dir.filePath(QStringLiteral("messages"))});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    // Satchel builds, Python reads.
    void builtReadByPython_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("expected");
        const QString dir = m_dir.filePath(QStringLiteral("built"));
        QVERIFY(QDir().mkpath(dir));
        QMap<QString, QJsonObject> cases;
        for (const auto &[name, message] : builtMessages()) {
            Error error;
            const std::optional<BuiltMessage> built = MimeBuilder::build(message, &error);
            QVERIFY2(built, qPrintable(error.message()));
            QFile file(dir + QLatin1Char('/') + name + QLatin1String(".eml"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(built->data);
            cases.insert(name, expected(message, *built));
        }
        QProcess python;
        python.start(debianPython, {script, QStringLiteral("--read"), dir});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        for (auto it = cases.cbegin(); it != cases.cend(); ++it)
            QTest::newRow(qPrintable(it.key()))
                << dir + QLatin1Char('/') + it.key() + QLatin1String(".python.json") << it.value();
    }

    void builtReadByPython()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, expected);
        QFile file(name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject python = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(python.value(QLatin1String("defects")).toInt(), 0);
        QCOMPARE(python.value(QLatin1String("headerNames")).toArray(),
                 expected.value(QLatin1String("headerNames")).toArray());
        const QJsonObject headers = python.value(QLatin1String("headers")).toObject();
        const QJsonObject expectedHeaders = expected.value(QLatin1String("headers")).toObject();
        for (const QString &key : expectedHeaders.keys())
            QCOMPARE(headers.value(key).toString(), expectedHeaders.value(key).toString());
        QCOMPARE(python.value(QLatin1String("text")).toString(),
                 expected.value(QLatin1String("text")).toString());
        QCOMPARE(python.value(QLatin1String("html")).toString(),
                 expected.value(QLatin1String("html")).toString());
        const QJsonArray attachments = python.value(QLatin1String("attachments")).toArray();
        const QJsonArray expectedAttachments =
            expected.value(QLatin1String("attachments")).toArray();
        QCOMPARE(attachments.size(), expectedAttachments.size());
        for (qsizetype i = 0; i < attachments.size(); ++i)
            QCOMPARE(attachments.at(i).toObject(), expectedAttachments.at(i).toObject());
    }

    void sameAsPython_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(m_dir.filePath(QStringLiteral("messages")));
        const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 40);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void sameAsPython()
    {
        QFETCH(QString, name);
        QFile expectedFile(name.chopped(4) + QLatin1String(".json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject python = QJsonDocument::fromJson(expectedFile.readAll()).object();
        QCOMPARE(python.value(QLatin1String("defects")).toInt(), 0);

        QString errors;
        const QJsonObject satchel = satchelParse(name, &errors);
        QVERIFY2(!satchel.isEmpty(), qPrintable(errors));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QVERIFY(!satchel.contains(QLatin1String("warnings")));
        const QString difference = differenceFromPython(python, satchel);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Python builds, msmtp sends through Postfix, Dovecot stores, Satchel syncs and reads each
    // over IMAP: the same headers, parts and text as Python's parser says.
    void sentByMsmtpReadOverImap()
    {
        SATCHEL_REQUIRE_TESTBED();
        QVERIFY2(QFile::exists(msmtp), "msmtp is needed: scripts/install-deps.sh --tests");
        const QMap<QString, QJsonObject> cases = casesByMessageId();
        QVERIFY(cases.size() >= 20);
        const QString config = msmtpConfig();
        QVERIFY(!config.isEmpty());
        for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
            const QString file = it.value().value(QLatin1String("file")).toString();
            QProcess send;
            send.setStandardInputFile(file);
            send.start(msmtp, {QStringLiteral("-C"), config, interopUser});
            QVERIFY(send.waitForFinished(30000));
            QVERIFY2(send.exitCode() == 0, send.readAllStandardError().constData());
        }
        const MailboxProbe probe(interopUser);
        for (const QString &messageId : cases.keys())
            QVERIFY2(!probe.waitFor("INBOX", MailboxProbe::byMessageId(messageId), 1).isEmpty(),
                     qPrintable(messageId));

        CliRunner cli(m_dir.filePath(QStringLiteral("imap-profile")));
        const QByteArray password = TestBed::instance().password(interopUser).toUtf8() + '\n';
        const QString imaps = QStringLiteral("imaps://127.0.0.1:%1")
                                  .arg(TestBed::instance().port(QStringLiteral("imaps")));
        CliResult r = cli.run({QStringLiteral("account"), QStringLiteral("add"), interopUser,
                               QStringLiteral("--imap"), imaps, QStringLiteral("--password-stdin")},
                              password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run({QStringLiteral("sync"), interopUser, QStringLiteral("--password-stdin")},
                    password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run({QStringLiteral("--json"), QStringLiteral("list"), interopUser,
                     QStringLiteral("--limit"), QStringLiteral("100000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QSet<QString> checked;
        for (const QJsonValue &entry : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QString uid =
                QString::number(entry.toObject().value(QLatin1String("uid")).toInteger());
            r = cli.run({QStringLiteral("--json"), QStringLiteral("read"), interopUser,
                         QStringLiteral("--folder"), QStringLiteral("INBOX"),
                         QStringLiteral("--uid"), uid, QStringLiteral("--password-stdin")},
                        password);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject satchel = QJsonDocument::fromJson(r.out.toUtf8()).object();
            const QString messageId = satchel.value(QLatin1String("headers"))
                                          .toObject()
                                          .value(QLatin1String("messageId"))
                                          .toString();
            if (!cases.contains(messageId))
                continue;
            const QString difference = differenceFromPython(cases.value(messageId), satchel);
            QVERIFY2(difference.isEmpty(),
                     qPrintable(messageId + QLatin1String(": ") + difference));
            checked.insert(messageId);
        }
        QCOMPARE(checked.size(), cases.size());
    }
};

QTEST_GUILESS_MAIN(TestMimeInterop)
#include "tst_mimeinterop.moc"
