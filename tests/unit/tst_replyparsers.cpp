#include "pop3/pop3reply.h"
#include "smtp/smtpreply.h"

#include <QTest>

using namespace Satchel;

class TestReplyParsers : public QObject
{
    Q_OBJECT

private slots:
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
