#include "outboxflushjob.h"

#include "common/killpoint.h"
#include "common/logging.h"
#include "sentcopier.h"
#include "smtp/smtperrors.h"
#include "smtp/smtpsendjob.h"
#include "smtp/smtpsession.h"

#include <QDir>
#include <QLockFile>

#include <algorithm>

namespace Satchel {

namespace {

// Which error speaks for the whole flush: the one that needs the user first.
int rank(Error::Category category)
{
    switch (category) {
    case Error::Category::Authentication:
        return 0;
    case Error::Category::Tls:
        return 1;
    case Error::Category::Network:
        return 2;
    case Error::Category::Internal:
        return 3;
    case Error::Category::Server:
        return 4;
    default:
        return 5;
    }
}

} // namespace

OutboxFlushJob::OutboxFlushJob(const Outbox &outbox, const OutboxFlushSettings &settings,
                               QObject *parent)
    : Job(parent)
    , m_outbox(outbox)
    , m_settings(settings)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxFlushJob::connectSmtp);
}

OutboxFlushJob::~OutboxFlushJob() = default;

void OutboxFlushJob::doStart()
{
    QDir().mkpath(m_outbox.directory());
    m_lock = std::make_unique<QLockFile>(m_outbox.lockPath());
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however long a flush takes
    m_lockWait.start();
    tryLock();
}

void OutboxFlushJob::tryLock()
{
    if (m_lock->tryLock(0)) {
        m_locked = true;
        load();
        return;
    }
    if (m_lock->error() == QLockFile::LockFailedError &&
        m_lockWait.elapsed() < m_settings.lockWaitMs) {
        QTimer::singleShot(100, this, &OutboxFlushJob::tryLock);
        return;
    }
    finish(Error(Error::Category::Internal,
                 m_lock->error() == QLockFile::LockFailedError
                     ? tr("Another Satchel has been sending from this outbox for a while; the "
                          "messages wait there and go with the next send.")
                     : tr("Could not lock the outbox %1; check that the profile folder is "
                          "writable.")
                           .arg(QDir::toNativeSeparators(m_outbox.directory()))));
}

void OutboxFlushJob::load()
{
    const QList<OutboxEntry> entries = m_outbox.entries(&m_storageError);
    QList<OutboxEntry> sent;
    for (const OutboxEntry &entry : entries) {
        switch (entry.state) {
        case OutboxEntry::State::Copied:
            m_outbox.remove(entry); // a leftover of a run that stopped before removing it
            break;
        case OutboxEntry::State::Held:
            ++m_held; // refused earlier, waiting for the user: not this flush's business
            break;
        case OutboxEntry::State::Sent:
            report(entry).recipients = entry.recipients;
            sent.append(entry);
            break;
        case OutboxEntry::State::Queued:
        case OutboxEntry::State::Sending:
            report(entry);
            m_toSend.append(entry);
            break;
        }
    }
    if (m_settings.imap && (!m_toSend.isEmpty() || !sent.isEmpty()))
        ensureCopier(); // opens while the mail is being sent
    for (const OutboxEntry &entry : std::as_const(sent)) {
        // A run that was stopped after "sent" may have filed the copy already.
        if (m_settings.imap)
            fileCopy(entry, true);
        else
            markCopied(entry);
    }
    if (!m_toSend.isEmpty())
        connectSmtp();
    maybeFinish();
}

void OutboxFlushJob::connectSmtp()
{
    ++m_connections;
    m_session = new SmtpSession(this);
    m_session->setEndpoint(m_settings.smtp.endpoint());
    m_session->setCredentials(m_settings.smtp.username, m_settings.password);
    m_session->setTlsPolicy(m_settings.policy);
    connect(m_session, &SmtpSession::opened, this, &OutboxFlushJob::sendNext);
    connect(m_session, &SmtpSession::closed, this, &OutboxFlushJob::onSmtpClosed);
    m_session->open();
}

void OutboxFlushJob::sendNext()
{
    if (!m_session || m_session->state() != SmtpSession::State::Ready)
        return;
    if (m_toSend.isEmpty()) {
        m_session->quit();
        return;
    }
    OutboxEntry entry = m_toSend.first();
    Error error;
    const std::optional<QByteArray> message = m_outbox.message(entry, &error);
    if (!message) {
        m_toSend.removeFirst();
        hold(entry, error);
        sendNext();
        return;
    }
    if (entry.state == OutboxEntry::State::Sending)
        qCInfo(lcSmtp) << "sending" << entry.messageId
                       << "again after an interrupted attempt; had the server taken it "
                          "already, its recipients get it twice";
    entry.state = OutboxEntry::State::Sending;
    ++entry.attempts;
    // Not flushed to the disk: after a crash "queued" and "sending" lead to the same retry.
    m_outbox.update(entry, DurableFile::Sync::Cache);
    auto *job = new SmtpSendJob(m_session);
    job->setEnvelope(entry.envelope);
    job->setMessage(*message);
    connect(job, &Job::finished, this, [this, entry, job] { onSendFinished(entry, job); });
    job->start();
}

void OutboxFlushJob::onSendFinished(const OutboxEntry &entry, SmtpSendJob *job)
{
    m_toSend.removeFirst();
    const Error &error = job->error();
    const bool sessionLost = !m_session || m_session->state() != SmtpSession::State::Ready;
    if (!error.isError()) {
        recordSent(entry, job->recipients());
    } else if (sessionLost || job->isTemporaryFailure()) {
        keepQueued(entry, error);
        m_deferred.append(entry);
    } else {
        hold(entry, error);
    }
    sendNext();
}

void OutboxFlushJob::onSmtpClosed(const Error &error)
{
    m_session->deleteLater();
    m_session = nullptr;
    QList<OutboxEntry> pending = std::exchange(m_deferred, {}) + std::exchange(m_toSend, {});
    std::sort(pending.begin(), pending.end(),
              [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
    if (pending.isEmpty()) {
        maybeFinish();
        return;
    }
    const bool temporary = !error.isError() || error.category() == Error::Category::Network;
    if (temporary && m_connections < m_settings.attempts) {
        m_toSend = pending;
        const int delay = m_settings.retryDelayMs << qMin(m_connections - 1, 10);
        qCDebug(lcSmtp) << "trying again in" << delay << "ms:" << error.message();
        m_retryTimer.start(delay);
        return;
    }
    for (const OutboxEntry &entry : std::as_const(pending)) {
        // Those that failed on their own keep their own reason.
        const Error reason = error.isError() ? error : report(entry).error;
        keepQueued(entry, reason);
    }
    maybeFinish();
}

void OutboxFlushJob::recordSent(OutboxEntry entry, const QList<SmtpRecipientResult> &recipients)
{
    // The server has the message. Until the line below reaches the disk a crash would send it
    // again: keep this window as short as it can be (nothing else happens in between).
    KillPoint::reached(KillPoint::afterDataAcceptedBeforeRecord);
    entry.state = OutboxEntry::State::Sent;
    entry.recipients = recipients;
    entry.error.clear();
    const Error stored = m_outbox.update(entry, DurableFile::Sync::Disk);
    KillPoint::reached(KillPoint::afterRecordBeforeSentCopy);

    OutboxReport &sent = report(entry);
    sent.state = OutboxEntry::State::Sent;
    sent.recipients = recipients;
    sent.error = {};
    QStringList refusals;
    for (const SmtpRecipientResult &result : recipients) {
        if (!result.accepted)
            refusals << result.describe();
    }
    if (!refusals.isEmpty())
        sent.error =
            SmtpErrors::recipientsRefused(m_settings.smtp.endpoint(), refusals, false, false);
    if (stored.isError()) {
        sent.error = Error(Error::Category::Internal,
                           tr("The message was sent, but Satchel could not record that, so it "
                              "may be sent again: %1")
                               .arg(stored.message()));
        return;
    }
    if (m_settings.imap)
        fileCopy(entry, false);
    else
        markCopied(entry);
}

void OutboxFlushJob::ensureCopier()
{
    if (m_copier || m_copyFailure.isError())
        return;
    m_copier = new SentCopier(*m_settings.imap, m_settings.password, m_settings.policy, this);
    connect(m_copier, &SentCopier::copied, this, &OutboxFlushJob::onCopied);
    connect(m_copier, &SentCopier::closed, this, [this](const Error &error) {
        if (error.isError() && !m_copyFailure.isError())
            m_copyFailure = error;
        m_copier->deleteLater();
        m_copier = nullptr;
        maybeFinish();
    });
}

void OutboxFlushJob::fileCopy(const OutboxEntry &entry, bool searchFirst)
{
    ensureCopier();
    Error error = m_copyFailure;
    const std::optional<QByteArray> message =
        error.isError() ? std::nullopt : m_outbox.message(entry, &error);
    if (!message) {
        report(entry).copyError = error;
        return;
    }
    m_copying.insert(entry.id, entry);
    m_copier->copy(entry.id, entry.messageId, *message, searchFirst);
}

void OutboxFlushJob::onCopied(const QString &id, const Error &error)
{
    const OutboxEntry entry = m_copying.take(id);
    if (error.isError()) {
        // Sent stays sent; the next flush files the copy.
        if (!m_copyFailure.isError() && error.category() != Error::Category::Server)
            m_copyFailure = error;
        report(entry).copyError = error;
    } else {
        markCopied(entry);
    }
    maybeFinish();
}

void OutboxFlushJob::markCopied(OutboxEntry entry)
{
    // Recorded before the files go, so that a crash in between leaves a record that says so.
    entry.state = OutboxEntry::State::Copied;
    m_outbox.update(entry, DurableFile::Sync::Cache);
    m_outbox.remove(entry);
    report(entry).state = OutboxEntry::State::Copied;
}

void OutboxFlushJob::hold(const OutboxEntry &entry, const Error &error)
{
    setUnsent(entry, OutboxEntry::State::Held, error);
}

void OutboxFlushJob::keepQueued(const OutboxEntry &entry, const Error &error)
{
    setUnsent(entry, OutboxEntry::State::Queued, error);
}

void OutboxFlushJob::setUnsent(OutboxEntry entry, OutboxEntry::State state, const Error &error)
{
    // Not flushed to the disk: after a crash the message is tried again, which finds the same.
    entry.state = state;
    entry.error = error.message();
    m_outbox.update(entry, DurableFile::Sync::Cache);
    OutboxReport &unsent = report(entry);
    unsent.state = state;
    unsent.error = error;
}

OutboxReport &OutboxFlushJob::report(const OutboxEntry &entry)
{
    const auto found = std::find_if(m_reports.begin(), m_reports.end(),
                                    [&](const OutboxReport &r) { return r.id == entry.id; });
    if (found != m_reports.end())
        return *found;
    m_reports.append({entry.id, entry.messageId, entry.subject, entry.state, {}, {}, {}});
    return m_reports.last();
}

void OutboxFlushJob::maybeFinish()
{
    if (!m_locked || isFinished() || m_session || m_retryTimer.isActive())
        return;
    if (m_copier) {
        if (m_copying.isEmpty())
            m_copier->close();
        return;
    }
    withdrawUnsent();
    m_lock->unlock();
    finish(overallError());
}

void OutboxFlushJob::withdrawUnsent()
{
    for (OutboxReport &unsent : m_reports) {
        if (unsent.id != m_settings.withdrawUnsent || unsent.wasSent())
            continue;
        const Error::Category category = unsent.error.category();
        const bool needsUser = unsent.state == OutboxEntry::State::Held ||
                               category == Error::Category::Authentication ||
                               category == Error::Category::Tls;
        OutboxEntry entry;
        entry.id = unsent.id;
        if (needsUser && !m_outbox.remove(entry).isError())
            unsent.withdrawn = true;
    }
}

Error OutboxFlushJob::overallError() const
{
    Error worst = m_storageError;
    for (const OutboxReport &entry : m_reports) {
        if (entry.error.isError() &&
            (!worst.isError() || rank(entry.error.category()) < rank(worst.category())))
            worst = entry.error;
    }
    return worst;
}

} // namespace Satchel
