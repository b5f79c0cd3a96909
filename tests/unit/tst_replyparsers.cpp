#include "imap/imapresponse.h"
#include "pop3/pop3reply.h"
#include "smtp/smtpreply.h"

#include <QTest>

using namespace Satchel;

class TestReplyParsers : public QObject
{
    Q_OBJECT

private slots:
    void imapGreetingWithCapabilities()
    {
        QString error;
        const auto r = ImapResponse::parse(
            "* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN] Dovecot ready.", &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->type, ImapResponse::Type::Untagged);
        QCOMPARE(r->status, ImapResponse::Status::Ok);
        QCOMPARE(r->code, QByteArray("CAPABILITY"));
        QCOMPARE(r->capabilities(),
                 (QList<QByteArray>{"IMAP4rev1", "SASL-IR", "STARTTLS", "AUTH=PLAIN"}));
        QCOMPARE(r->text, QStringLiteral("Dovecot ready."));
    }

    void imapTaggedNoWithCode()
    {
        QString error;
        const auto r =
            ImapResponse::parse("a3 NO [AUTHENTICATIONFAILED] Authentication failed.", &error);
        QVERIFY(r);
        QCOMPARE(r->type, ImapResponse::Type::Tagged);
        QCOMPARE(r->tag, QByteArray("a3"));
        QCOMPARE(r->status, ImapResponse::Status::No);
        QCOMPARE(r->code, QByteArray("AUTHENTICATIONFAILED"));
    }

    void imapUntaggedData()
    {
        QString error;
        auto r = ImapResponse::parse("* CAPABILITY IMAP4rev1 IDLE", &error);
        QVERIFY(r);
        QCOMPARE(r->name, QByteArray("CAPABILITY"));
        QCOMPARE(r->capabilities(), (QList<QByteArray>{"IMAP4rev1", "IDLE"}));
        r = ImapResponse::parse("* 23 EXISTS", &error);
        QVERIFY(r);
        QCOMPARE(r->number, QByteArray("23"));
        QCOMPARE(r->name, QByteArray("EXISTS"));
        r = ImapResponse::parse("+ ", &error);
        QVERIFY(r);
        QCOMPARE(r->type, ImapResponse::Type::Continuation);
        r = ImapResponse::parse("* PREAUTH welcome", &error);
        QVERIFY(r);
        QCOMPARE(r->status, ImapResponse::Status::PreAuth);
    }

    void imapMalformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no space") << QByteArray("garbage");
        QTest::newRow("tagged not status") << QByteArray("a1 FETCH 1");
        QTest::newRow("bad tag") << QByteArray("a\"1 OK x");
        QTest::newRow("unclosed code") << QByteArray("* OK [ALERT oops");
        QTest::newRow("empty code") << QByteArray("* OK [] x");
        QTest::newRow("no name") << QByteArray("* 12");
    }

    void imapMalformed()
    {
        QFETCH(QByteArray, line);
        QString error;
        QVERIFY(!ImapResponse::parse(line, &error));
        QVERIFY(!error.isEmpty());
    }

    void pop3Replies()
    {
        QString error;
        auto r = Pop3Reply::parse("+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>", &error);
        QVERIFY(r && r->ok());
        r = Pop3Reply::parse("-ERR [AUTH] Authentication failed.", &error);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->code, QByteArray("AUTH"));
        QCOMPARE(r->text, QStringLiteral("Authentication failed."));
        r = Pop3Reply::parse("-ERR", &error);
        QVERIFY(r && !r->ok());
        r = Pop3Reply::parse("+ ", &error);
        QVERIFY(r && r->kind == Pop3Reply::Kind::Continuation);
        QVERIFY(!Pop3Reply::parse("* OK imap here", &error));
        QVERIFY(!Pop3Reply::parse("+OKAY", &error));
    }

    void smtpMultiLineReply()
    {
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine("250-localhost"), SmtpReplyParser::Status::NeedMore);
        QCOMPARE(parser.feedLine("250-PIPELINING"), SmtpReplyParser::Status::NeedMore);
        QCOMPARE(parser.feedLine("250 AUTH PLAIN LOGIN"), SmtpReplyParser::Status::Reply);
        const SmtpReply reply = parser.takeReply();
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines, (QList<QByteArray>{"localhost", "PIPELINING", "AUTH PLAIN LOGIN"}));
        QCOMPARE(parser.feedLine("535 5.7.8 Error: authentication failed"),
                 SmtpReplyParser::Status::Reply);
        const SmtpReply failed = parser.takeReply();
        QCOMPARE(failed.enhancedCode, QByteArray("5.7.8"));
        QVERIFY(!failed.isPositive());
        QCOMPARE(parser.feedLine("220"), SmtpReplyParser::Status::Reply);
        QCOMPARE(parser.takeReply().code, 220);
    }

    void smtpMalformed()
    {
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine("250-first"), SmtpReplyParser::Status::NeedMore);
        QCOMPARE(parser.feedLine("251 other code"), SmtpReplyParser::Status::Error);
        QCOMPARE(parser.feedLine("* OK imap"), SmtpReplyParser::Status::Error);
        QCOMPARE(parser.feedLine("2500 x"), SmtpReplyParser::Status::Error);
        QCOMPARE(parser.feedLine("199 x"), SmtpReplyParser::Status::Error);
        QVERIFY(!parser.errorString().isEmpty());
        QCOMPARE(parser.feedLine("250 ok"), SmtpReplyParser::Status::Reply);
    }
};

QTEST_GUILESS_MAIN(TestReplyParsers)
#include "tst_replyparsers.moc"
