#include "smtp/smtpcapabilities.h"
#include "smtp/smtpdata.h"
#include "smtp/smtpenvelope.h"
#include "smtp/smtperrors.h"
#include "smtp/smtpreply.h"
#include "smtp/submissionmessage.h"

#include <QDateTime>
#include <QTest>

using namespace Satchel;

namespace {

SmtpCapabilities capsOf(const QList<QByteArray> &lines)
{
    return SmtpCapabilities::parse(lines);
}

SmtpReply replyOf(const QList<QByteArray> &lines)
{
    SmtpReplyParser parser;
    for (const QByteArray &line : lines)
        parser.feedLine(line);
    return parser.takeReply();
}

} // namespace

class TestSmtpPrimitives : public QObject
{
    Q_OBJECT

private slots:
    void capabilitiesOfPostfix()
    {
        // Postfix's EHLO reply after STARTTLS on the test bed, as captured.
        const SmtpCapabilities caps =
            capsOf({"PIPELINING", "SIZE 30000000", "ETRN", "AUTH PLAIN LOGIN", "AUTH=PLAIN LOGIN",
                    "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"});
        QVERIFY(caps.pipelining && caps.eightBitMime && caps.smtpUtf8 && caps.dsn);
        QVERIFY(caps.enhancedStatusCodes && caps.size);
        QVERIFY(!caps.startTls);
        QCOMPARE(caps.sizeLimit, 30000000);
        QCOMPARE(caps.authMechanisms, (QList<QByteArray>{"PLAIN", "LOGIN"}));
        QVERIFY(caps.offersAuth("plain"));
        QVERIFY(!caps.offersAuth("XOAUTH2"));
    }

    void capabilitiesOddForms()
    {
        SmtpCapabilities caps = capsOf({"size", "starttls", "auth=login", "  PIPELINING  "});
        QVERIFY(caps.size && caps.startTls && caps.pipelining);
        QCOMPARE(caps.sizeLimit, 0); // SIZE without a number: no limit announced
        QCOMPARE(caps.authMechanisms, QList<QByteArray>{"LOGIN"});
        caps = capsOf({"SIZE -5", "SIZE lots", ""});
        QCOMPARE(caps.sizeLimit, 0);
        QVERIFY(!capsOf({}).pipelining);
        QVERIFY(!capsOf({"PIPELININGX", "XDSN"}).pipelining);
    }

    void dotStuffingAndLineEndings_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("plain") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("no final newline") << QByteArray("a") << QByteArray("a\r\n.\r\n");
        QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
        QTest::newRow("dot lines") << QByteArray(".\r\n..\r\n.x\r\nx.\r\n")
                                   << QByteArray("..\r\n...\r\n..x\r\nx.\r\n.\r\n");
        QTest::newRow("first line dot") << QByteArray(".") << QByteArray("..\r\n.\r\n");
        QTest::newRow("bare LF") << QByteArray("a\n.\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
        QTest::newRow("bare CR") << QByteArray("a\r.b\r") << QByteArray("a\r\n..b\r\n.\r\n");
        QTest::newRow("LF CR") << QByteArray("a\n\rb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
        QTest::newRow("blank lines") << QByteArray("\r\n\r\n") << QByteArray("\r\n\r\n.\r\n");
    }

    void dotStuffingAndLineEndings()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, data);
        QCOMPARE(SmtpData::encode(message), data);
        QCOMPARE(SmtpData::decode(data), SmtpData::normalizeLineEndings(message));
    }

    void eightBitDetection()
    {
        QVERIFY(!SmtpData::needsEightBit("plain ASCII\r\n"));
        QVERIFY(SmtpData::needsEightBit("K\xc3\xa4se"));
        QVERIFY(SmtpData::needsEightBit(QByteArray(1, '\xff')));
    }

    void mailCommandUsesWhatTheServerOffers()
    {
        SmtpEnvelope envelope{
            QStringLiteral("alice@example.test"), {QStringLiteral("bob@example.test")}, {}};
        const SmtpCapabilities all = capsOf({"SIZE 1000", "8BITMIME", "SMTPUTF8", "DSN"});
        QCOMPARE(envelope.mailCommand(all, 42, false),
                 QByteArray("MAIL FROM:<alice@example.test> SIZE=42"));
        QCOMPARE(envelope.mailCommand(all, 42, true),
                 QByteArray("MAIL FROM:<alice@example.test> SIZE=42 BODY=8BITMIME"));
        QCOMPARE(envelope.mailCommand({}, 42, true), QByteArray("MAIL FROM:<alice@example.test>"));

        envelope.recipients = {QStringLiteral("b\u00f6b@example.test")};
        QVERIFY(envelope.needsSmtpUtf8());
        QCOMPARE(envelope.mailCommand(all, 7, true),
                 QByteArray("MAIL FROM:<alice@example.test> SIZE=7 BODY=8BITMIME SMTPUTF8"));
    }

    void dsnParameters()
    {
        SmtpEnvelope envelope{
            QStringLiteral("alice@example.test"), {QStringLiteral("bob+x@example.test")}, {}};
        envelope.dsn.ret = SmtpDsn::Return::Headers;
        envelope.dsn.envelopeId = QStringLiteral("id=1 +x");
        envelope.dsn.notify = SmtpDsn::Success | SmtpDsn::Failure;
        const SmtpCapabilities dsn = capsOf({"DSN"});
        QCOMPARE(envelope.mailCommand(dsn, 1, false),
                 QByteArray("MAIL FROM:<alice@example.test> RET=HDRS ENVID=id+3D1+20+2Bx"));
        QCOMPARE(envelope.rcptCommand(envelope.recipients.first(), dsn),
                 QByteArray("RCPT TO:<bob+x@example.test> NOTIFY=SUCCESS,FAILURE "
                            "ORCPT=rfc822;bob+2Bx@example.test"));
        // Not offered: not sent.
        QCOMPARE(envelope.rcptCommand(envelope.recipients.first(), {}),
                 QByteArray("RCPT TO:<bob+x@example.test>"));
        envelope.dsn.notify = SmtpDsn::Never | SmtpDsn::Success;
        QCOMPARE(envelope.rcptCommand(QStringLiteral("b@x.test"), dsn),
                 QByteArray("RCPT TO:<b@x.test> NOTIFY=NEVER ORCPT=rfc822;b@x.test"));
        QCOMPARE(SmtpEnvelope::fromJson(envelope.toJson()).toJson(), envelope.toJson());
    }

    void envelopeValidation()
    {
        SmtpEnvelope envelope{QStringLiteral("alice@example.test"), {}, {}};
        QVERIFY(!envelope.validate().isEmpty()); // no recipient
        for (const char *bad : {"bob", "bob@x>", "<bob@x", "bob @x", "bob@x\r\nRSET"}) {
            envelope.recipients = {QString::fromLatin1(bad)};
            QVERIFY2(envelope.validate().contains(QString::fromLatin1(bad).left(3)), bad);
        }
        envelope.recipients = {QStringLiteral("bob@example.test")};
        QVERIFY(envelope.validate().isEmpty());
    }

    void replyDescription()
    {
        SmtpReply reply = replyOf({"550-5.1.1 <nobody@example.test>: Recipient address rejected:",
                                   "550 5.1.1 User unknown in virtual mailbox table"});
        QCOMPARE(reply.describe(),
                 QStringLiteral("550 5.1.1 <nobody@example.test>: Recipient address rejected: "
                                "User unknown in virtual mailbox table"));
        QCOMPARE(replyOf({"250 ok"}).describe(), QStringLiteral("250 ok"));
        QCOMPARE(replyOf({"221"}).describe(), QStringLiteral("221"));
        QVERIFY(replyOf({"451 4.3.0 try later"}).isTemporary());
    }

    void sizesInMegabytes()
    {
        QCOMPARE(SmtpErrors::megabytes(30000000), QStringLiteral("30 MB"));
        QCOMPARE(SmtpErrors::megabytes(10485760), QStringLiteral("10.5 MB"));
        const Error error =
            SmtpErrors::messageTooLarge({QStringLiteral("mx"), 587, {}, false}, 12000000, 10000000);
        QVERIFY2(error.message().contains(QLatin1String("10 MB")), qPrintable(error.message()));
        QVERIFY(error.message().contains(QLatin1String("12 MB")));
        QCOMPARE(error.category(), Error::Category::Server);
    }

    void temporaryRefusalsAreNetworkErrors()
    {
        const Endpoint mx{QStringLiteral("mx"), 587, {}, false};
        QCOMPARE(
            SmtpErrors::refused(mx, QStringLiteral("the message"), replyOf({"451 4.3.0 later"}))
                .category(),
            Error::Category::Network);
        const Error refused =
            SmtpErrors::refused(mx, QStringLiteral("the message"), replyOf({"554 5.7.1 spam"}));
        QCOMPARE(refused.category(), Error::Category::Server);
        QVERIFY(refused.message().contains(QLatin1String("554 5.7.1 spam")));
    }

    void submissionAddsWhatIsMissingAndDropsBcc()
    {
        const QByteArray raw = "From: Alice <alice@example.test>\n"
                               "To: Bob <bob@example.test>, carol@example.test\n"
                               "Cc: BOB@example.test\n"
                               "Bcc: dave@example.test,\n"
                               " erin@example.test\n"
                               "Subject: =?UTF-8?Q?K=C3=A4se?=\n"
                               "\n"
                               ".hidden line\n"
                               "Bcc: stays in the body\n";
        Error error;
        const std::optional<SubmissionMessage> message =
            SubmissionMessage::prepare(raw, QStringLiteral("alice@example.test"), &error);
        QVERIFY(message);
        QCOMPARE(message->envelope.from, QStringLiteral("alice@example.test"));
        QCOMPARE(message->envelope.recipients, (QStringList{QStringLiteral("bob@example.test"),
                                                            QStringLiteral("carol@example.test"),
                                                            QStringLiteral("dave@example.test"),
                                                            QStringLiteral("erin@example.test")}));
        QCOMPARE(message->subject, QStringLiteral("K\u00e4se"));
        QVERIFY(!message->messageId.isEmpty());
        QVERIFY(message->messageId.endsWith(QLatin1String("@example.test")));
        const QByteArray &bytes = message->bytes;
        const QByteArray head = "Message-ID: <" + message->messageId.toUtf8() + ">\r\nDate: ";
        QVERIFY(bytes.startsWith(head));
        QVERIFY(!bytes.contains("dave@"));
        QVERIFY(!bytes.contains("erin@"));
        QVERIFY(bytes.contains("Cc: BOB@example.test\r\nSubject:"));
        QVERIFY(bytes.endsWith("\r\n\r\n.hidden line\r\nBcc: stays in the body\r\n"));
        QVERIFY(!bytes.contains("\n\n"));
    }

    void submissionKeepsAGivenMessageId()
    {
        Error error;
        const auto message = SubmissionMessage::prepare(
            "Message-ID: <abc@x.test>\r\nDate: Tue, 1 Jul 2003 10:52:37 +0200\r\nFrom: "
            "a@x.test\r\nTo: b@x.test\r\n\r\nhi\r\n",
            QStringLiteral("a@x.test"), &error);
        QVERIFY(message);
        QCOMPARE(message->messageId, QStringLiteral("abc@x.test"));
        QVERIFY(message->bytes.startsWith("Message-ID: <abc@x.test>\r\nDate: Tue"));
    }

    void builtMessageKeepsBccInTheEnvelopeOnly()
    {
        OutgoingMessage outgoing;
        outgoing.from = {QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
        outgoing.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
        outgoing.bcc = {{QString(), QStringLiteral("dave@example.test")}};
        outgoing.subject = QStringLiteral("Built");
        outgoing.text = QStringLiteral("hi");
        Error error;
        const std::optional<BuiltMessage> built = MimeBuilder::build(outgoing, &error);
        QVERIFY2(built, qPrintable(error.message()));
        const SubmissionMessage message = SubmissionMessage::fromBuilt(
            *built, QStringLiteral("alice@example.test"), outgoing.subject);
        QCOMPARE(message.envelope.recipients, (QStringList{QStringLiteral("bob@example.test"),
                                                           QStringLiteral("dave@example.test")}));
        QCOMPARE(message.envelope.from, QStringLiteral("alice@example.test"));
        QVERIFY(!message.bytes.contains("dave@"));
        QCOMPARE(message.messageId, built->messageId);
        QCOMPARE(message.subject, QStringLiteral("Built"));
    }

    void submissionWithoutRecipientIsBadInput()
    {
        Error error;
        QVERIFY(!SubmissionMessage::prepare("Subject: nobody\r\n\r\nhi\r\n",
                                            QStringLiteral("a@x.test"), &error));
        QCOMPARE(error.category(), Error::Category::Input);
        QVERIFY(error.message().contains(QLatin1String("recipient")));
    }
};

QTEST_GUILESS_MAIN(TestSmtpPrimitives)
#include "tst_smtpprimitives.moc"
