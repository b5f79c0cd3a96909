#include "sendjob.h"

#include "accountworker.h"
#include "sendrequest.h"
#include "smtp/outbox.h"

namespace Satchel {

SendJob::SendJob(const Account &account, AccountWorker *worker, const TlsPolicy &policy,
                 const QString &profileDirectory, QObject *parent)
    : AccountJob(account, worker, policy, parent)
    , m_profileDirectory(profileDirectory)
{}

void SendJob::setRetry(int attempts, int firstDelayMs)
{
    m_attempts = attempts;
    m_retryDelayMs = firstDelayMs;
}

void SendJob::doStart()
{
    if (m_queueOnly)
        run(QString());
    else
        AccountJob::doStart();
}

void SendJob::run(const QString &password)
{
    const std::optional<ServiceConfig> smtp = account().service(ServiceType::Smtp);
    if (!smtp) {
        finish(Error(Error::Category::Usage,
                     tr("%1 has no SMTP server to send with; add one to the account.")
                         .arg(account().email)));
        return;
    }
    if (workerGone())
        return;
    SendRequest request;
    request.outboxDirectory = Outbox::directoryFor(m_profileDirectory, account().id);
    request.message = m_message;
    request.outgoing = m_outgoing;
    request.sender = account().email;
    request.queueOnly = m_queueOnly;
    request.withdrawUnsent = m_withdrawUnsent;
    request.flush.smtp = withUsername(*smtp);
    const std::optional<ServiceConfig> imap = account().service(ServiceType::Imap);
    if (imap && !account().serverSavesSent)
        request.flush.imap = withUsername(*imap);
    request.flush.password = password;
    request.flush.policy = tlsPolicy();
    request.flush.attempts = m_attempts;
    request.flush.retryDelayMs = m_retryDelayMs;

    const quint64 requestId = newRequestId();
    connect(worker(), &AccountWorker::mailSent, this,
            [this, requestId](quint64 id, const QString &queuedId,
                              const QList<OutboxReport> &reports, int heldBefore,
                              const Error &error) {
                if (id != requestId)
                    return;
                m_queuedId = queuedId;
                m_reports = reports;
                m_heldBefore = heldBefore;
                finish(error);
            });
    AccountWorker *target = worker();
    QMetaObject::invokeMethod(
        target, [target, requestId, request] { target->sendMail(requestId, request); });
}

} // namespace Satchel
