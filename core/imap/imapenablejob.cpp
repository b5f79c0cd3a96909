#include "imapenablejob.h"

#include "imapsession.h"

namespace Satchel {

ImapEnableJob::ImapEnableJob(ImapSession *session)
    : ImapCommandJob(session)
{}

QByteArray ImapEnableJob::command() const
{
    return "ENABLE " + m_extensions.join(' ');
}

bool ImapEnableJob::handleUntagged(const ImapParsedResponse &response)
{
    const auto *enabled = std::get_if<ImapEnabledData>(&response.data);
    if (!enabled)
        return false;
    m_enabled.append(enabled->capabilities);
    return true;
}

void ImapEnableJob::handleCompletion(const ImapParsedResponse &response)
{
    if (response.status != ImapParsedResponse::Status::Ok) {
        finish(
            refusal(tr("to enable %1").arg(QString::fromLatin1(m_extensions.join(' '))), response));
        return;
    }
    session()->markEnabled(m_enabled);
    finish();
}

void ImapEnableJob::enableQresync(ImapSession *session, QObject *context,
                                  const std::function<void()> &then)
{
    if (!session->hasCapability("QRESYNC") || session->isEnabled("QRESYNC")) {
        then();
        return;
    }
    auto *enable = new ImapEnableJob(session);
    enable->setExtensions({"QRESYNC"});
    connect(enable, &Job::finished, context, [then] { then(); });
    enable->start();
}

} // namespace Satchel
