#include "mailboxprobe.h"

#include "imap/imapappendjob.h"
#include "imap/imapfetchjob.h"
#include "imap/imapsearchjob.h"
#include "imap/imapselectjob.h"
#include "imap/imapsession.h"
#include "jobrun.h"
#include "testbed.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>

namespace Satchel::Test {

namespace {

// Runs a job on the session to its end; its error, if any.
template <typename JobType>
QString runJob(JobRun<JobType> &run)
{
    if (!QTest::qWaitFor([&] { return run.done; }, 15000))
        return QStringLiteral("the IMAP command did not finish");
    return run.job->error().message();
}

} // namespace

QByteArray FoundMessage::body() const
{
    const qsizetype blank = bytes.indexOf("\r\n\r\n");
    return blank < 0 ? QByteArray() : bytes.mid(blank + 4);
}

QString MailboxProbe::uniqueMessageId(const char *what)
{
    return QStringLiteral("%1.%2@example.test")
        .arg(QLatin1String(what))
        .arg(QRandomGenerator::global()->generate64(), 0, 16);
}

QByteArray MailboxProbe::byMessageId(const QString &messageId)
{
    const QByteArray id = '<' + messageId.toUtf8() + '>';
    return "HEADER Message-ID " + ImapSession::quoted(id);
}

QList<FoundMessage> MailboxProbe::find(const QByteArray &mailbox, const QByteArray &criteria,
                                       QString *error) const
{
    std::unique_ptr<ImapSession> session = open(error);
    if (!session)
        return {};
    auto *examine = new ImapSelectJob(session.get());
    examine->setMailbox(mailbox);
    examine->setReadOnly(true);
    JobRun<ImapSelectJob> selectRun(examine);
    *error = runJob(selectRun);
    if (!error->isEmpty())
        return {};
    auto *search = new ImapSearchJob(session.get());
    search->setCriteria(criteria);
    JobRun<ImapSearchJob> searchRun(search);
    *error = runJob(searchRun);
    if (!error->isEmpty() || searchRun.job->uids().isEmpty())
        return {};
    QByteArrayList uids;
    for (quint32 uid : searchRun.job->uids())
        uids << QByteArray::number(uid);
    auto *fetch = new ImapFetchJob(session.get());
    fetch->setUids(uids.join(','));
    fetch->setItems("(UID FLAGS BODY.PEEK[])");
    JobRun<ImapFetchJob> fetchRun(fetch);
    *error = runJob(fetchRun);
    QList<FoundMessage> found;
    for (const ImapFetchData &message : fetchRun.job->messages()) {
        FoundMessage entry{message.flags.value_or(QList<QByteArray>()), {}};
        for (const ImapFetchSection &section : message.sections)
            entry.bytes = section.data;
        found.append(entry);
    }
    session->logout();
    return found;
}

std::unique_ptr<ImapSession> MailboxProbe::open(QString *error) const
{
    std::unique_ptr<ImapSession> session(TestBed::instance().openImapSession(m_email));
    if (!session)
        *error = QStringLiteral("cannot open an IMAP session for %1").arg(m_email);
    return session;
}

QString MailboxProbe::append(const QByteArray &mailbox, const QByteArray &message) const
{
    QString error;
    std::unique_ptr<ImapSession> session = open(&error);
    if (!session)
        return error;
    auto *append = new ImapAppendJob(session.get());
    append->setMailbox(mailbox);
    append->setMessage(message);
    JobRun<ImapAppendJob> run(append);
    error = runJob(run);
    session->logout();
    return error;
}

QList<FoundMessage> MailboxProbe::waitFor(const QByteArray &mailbox, const QByteArray &criteria,
                                          int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QList<FoundMessage> found;
    for (;;) {
        QString error;
        found = find(mailbox, criteria, &error);
        if (found.size() >= count || deadline.hasExpired())
            return found;
        QTest::qWait(100);
    }
}

} // namespace Satchel::Test
