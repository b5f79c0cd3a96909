// The drafts of a reply, a reply to all and a forward: recipients, subject, thread headers,
// quoting and the forwarded headers and attachments; and that the result builds and parses back.

#include "mime/mimebuilder.h"
#include "mime/mimemessage.h"
#include "mime/replybuilder.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Satchel;

namespace {

const MimeMailbox me{QStringLiteral("Bob Builder"), QStringLiteral("bob@example.test")};

QStringList addresses(const QList<MimeMailbox> &boxes)
{
    QStringList list;
    for (const MimeMailbox &box : boxes)
        list << box.address;
    return list;
}

MimeMessage original(const QByteArray &headers, const QByteArray &body = "Hello Bob,\r\n\r\n"
                                                                         "> older quote\r\n"
                                                                         "How are you?\r\n")
{
    return MimeMessage::parse(
        "From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@example.test>\r\n"
        "Date: Sun, 22 Nov 2026 09:30:00 +0000\r\n"
        "Message-ID: <orig@example.test>\r\n"
        "References: <root@example.test> <mid@example.test>\r\n"
        "In-Reply-To: <mid@example.test>\r\n" +
        headers + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body);
}

} // namespace

class TestReplyBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("TZ", "UTC");
    }

    void subjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("reply");
        QTest::newRow("plain") << "Lunch"
                               << "Re: Lunch";
        QTest::newRow("re") << "Re: Lunch"
                            << "Re: Lunch";
        QTest::newRow("RE") << "RE: Lunch"
                            << "Re: Lunch";
        QTest::newRow("re re") << "Re: RE:  re:Lunch"
                               << "Re: Lunch";
        QTest::newRow("aw") << "Aw: Mittag"
                            << "Re: Mittag";
        QTest::newRow("AW sv") << "AW: SV: Mittag"
                               << "Re: Mittag";
        QTest::newRow("counted") << "Re[2]: Lunch"
                                 << "Re: Lunch";
        QTest::newRow("spaced") << "  Re : Lunch  "
                                << "Re: Lunch";
        QTest::newRow("not a prefix") << "Reading list"
                                      << "Re: Reading list";
        QTest::newRow("inner re") << "Lunch (re: Friday)"
                                  << "Re: Lunch (re: Friday)";
        QTest::newRow("empty") << ""
                               << "Re: ";
    }

    void subjects()
    {
        QFETCH(QString, subject);
        QFETCH(QString, reply);
        QCOMPARE(OutgoingMessage::replySubject(subject), reply);
    }

    void forwardSubjects()
    {
        QCOMPARE(ReplyBuilder::forwardSubject(QStringLiteral("Lunch")),
                 QStringLiteral("Fwd: Lunch"));
        QCOMPARE(ReplyBuilder::forwardSubject(QStringLiteral("Fwd: Lunch")),
                 QStringLiteral("Fwd: Lunch"));
        QCOMPARE(ReplyBuilder::forwardSubject(QStringLiteral("FW: Lunch")),
                 QStringLiteral("FW: Lunch"));
    }

    void replyGoesToSenderWithThreadAndQuote()
    {
        const MimeMessage message =
            original("To: Bob <BOB@example.test>, carol@example.test\r\nCc: dave@example.test\r\n"
                     "Subject: AW: Plans\r\n");
        const OutgoingMessage reply = ReplyBuilder::reply(message, me, ReplyBuilder::Mode::Reply);
        QCOMPARE(reply.from, me);
        QCOMPARE(addresses(reply.to), QStringList{QStringLiteral("jm@example.test")});
        QCOMPARE(reply.to.constFirst().name, QStringLiteral("Jürgen Müller"));
        QVERIFY(reply.cc.isEmpty());
        QCOMPARE(reply.subject, QStringLiteral("Re: Plans"));
        QCOMPARE(reply.inReplyTo, QStringList{QStringLiteral("orig@example.test")});
        QCOMPARE(reply.references, (QStringList{QStringLiteral("root@example.test"),
                                                QStringLiteral("mid@example.test"),
                                                QStringLiteral("orig@example.test")}));
        QCOMPARE(reply.text, QStringLiteral("\n\nOn 11/22/26 9:30 AM, Jürgen Müller wrote:\n"
                                            "> Hello Bob,\n>\n>> older quote\n> How are you?\n"));
    }

    void replyHonoursReplyTo()
    {
        const MimeMessage message =
            original("To: bob@example.test\r\n"
                     "Reply-To: List <list@example.test>\r\nSubject: x\r\n");
        OutgoingMessage reply = ReplyBuilder::reply(message, me, ReplyBuilder::Mode::Reply);
        QCOMPARE(addresses(reply.to), QStringList{QStringLiteral("list@example.test")});
        reply = ReplyBuilder::reply(message, me, ReplyBuilder::Mode::ReplyAll);
        QCOMPARE(addresses(reply.to), QStringList{QStringLiteral("list@example.test")});
    }

    void replyAllLeavesOutOwnAndDuplicates()
    {
        const MimeMessage message =
            original("To: Bob <BOB@Example.test>, carol@example.test, JM@example.test\r\n"
                     "Cc: Carol <carol@EXAMPLE.test>, dave@example.test, bob.alias@example.test\r\n"
                     "Subject: Plans\r\n");
        const OutgoingMessage reply = ReplyBuilder::reply(
            message, me, ReplyBuilder::Mode::ReplyAll, {QStringLiteral("Bob.Alias@example.test")});
        QCOMPARE(addresses(reply.to), (QStringList{QStringLiteral("jm@example.test"),
                                                   QStringLiteral("carol@example.test")}));
        QCOMPARE(addresses(reply.cc), QStringList{QStringLiteral("dave@example.test")});
    }

    void replyToOwnMessageGoesToItsRecipients()
    {
        const MimeMessage message = MimeMessage::parse(
            "From: Bob <bob@example.test>\r\nTo: carol@example.test\r\nCc: dave@example.test\r\n"
            "Subject: Sent by me\r\nMessage-ID: <mine@example.test>\r\n\r\nText\r\n");
        OutgoingMessage reply = ReplyBuilder::reply(message, me, ReplyBuilder::Mode::Reply);
        QCOMPARE(addresses(reply.to), QStringList{QStringLiteral("carol@example.test")});
        reply = ReplyBuilder::reply(message, me, ReplyBuilder::Mode::ReplyAll);
        QCOMPARE(addresses(reply.to), QStringList{QStringLiteral("carol@example.test")});
        QCOMPARE(addresses(reply.cc), QStringList{QStringLiteral("dave@example.test")});
        // No date: the attribution has none either.
        QVERIFY(reply.text.startsWith(QLatin1String("\n\nBob wrote:\n> Text\n")));
    }

    void replyAllWithOnlyCcMovesThemToTo()
    {
        const MimeMessage message = MimeMessage::parse(
            "From: bob@example.test\r\nCc: dave@example.test\r\nSubject: x\r\n\r\nText\r\n");
        const OutgoingMessage reply =
            ReplyBuilder::reply(message, me, ReplyBuilder::Mode::ReplyAll);
        QCOMPARE(addresses(reply.to), QStringList{QStringLiteral("dave@example.test")});
        QVERIFY(reply.cc.isEmpty());
    }

    void replyBuildsAndParsesBack()
    {
        const MimeMessage message = original("To: bob@example.test\r\nSubject: Grüße\r\n");
        const OutgoingMessage reply = ReplyBuilder::reply(message, me, ReplyBuilder::Mode::Reply);
        Error error;
        const std::optional<BuiltMessage> built = MimeBuilder::build(reply, &error);
        QVERIFY2(built, qPrintable(error.message()));
        const MimeMessage parsed = MimeMessage::parse(built->data);
        QCOMPARE(parsed.subject(), QStringLiteral("Re: Grüße"));
        QCOMPARE(parsed.inReplyTo(), QStringList{QStringLiteral("orig@example.test")});
        QCOMPARE(parsed.references().size(), 3);
        QVERIFY(parsed.plainText().contains(QLatin1String("> How are you?")));
    }

    void forwardIsInlineWithHeadersAndAttachments()
    {
        const MimeMessage message = MimeMessage::parse(
            "From: Ann <ann@example.test>\r\nTo: bob@example.test\r\nCc: carol@example.test\r\n"
            "Subject: Report\r\nDate: Sun, 22 Nov 2026 09:30:00 +0100\r\n"
            "Message-ID: <fw@example.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nSee the figures.\r\n"
            "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
            "filename=figures.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
            "--b--\r\n");
        const OutgoingMessage forward = ReplyBuilder::forward(message, me);
        QCOMPARE(forward.from, me);
        QVERIFY(forward.to.isEmpty() && forward.inReplyTo.isEmpty());
        QCOMPARE(forward.subject, QStringLiteral("Fwd: Report"));
        QCOMPARE(forward.text, QStringLiteral("\n\n-------- Forwarded Message --------\n"
                                              "Subject: Report\n"
                                              "Date: Sun, 22 Nov 2026 09:30:00 +0100\n"
                                              "From: Ann <ann@example.test>\n"
                                              "To: bob@example.test\n"
                                              "Cc: carol@example.test\n\n"
                                              "See the figures.\n"));
        QCOMPARE(forward.attachments.size(), 1);
        QCOMPARE(forward.attachments.constFirst().fileName, QStringLiteral("figures.pdf"));
        QCOMPARE(forward.attachments.constFirst().contentType, QStringLiteral("application/pdf"));
        QCOMPARE(forward.attachments.constFirst().data, QByteArray("%PDF-1.4\n"));
    }
};

QTEST_GUILESS_MAIN(TestReplyBuilder)
#include "tst_replybuilder.moc"
