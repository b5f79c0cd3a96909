#include "foldersjob.h"

#include "accountworker.h"

namespace Satchel {

void FoldersJob::run(const QString &password)
{
    const std::optional<ServiceConfig> imap = account().service(ServiceType::Imap);
    if (!imap) {
        finish(Error(Error::Category::Usage,
                     tr("%1 receives mail by POP3, which downloads only the Inbox and has no "
                        "folders on the server.")
                         .arg(account().email)));
        return;
    }
    if (workerGone())
        return;
    const quint64 requestId = newRequestId();
    connect(worker(), &AccountWorker::foldersListed, this,
            [this, requestId](quint64 id, const QList<FolderInfo> &folders, const Error &error) {
                if (id != requestId)
                    return;
                m_folders = folders;
                finish(error);
            });
    AccountWorker *target = worker();
    const ServiceConfig service = withUsername(*imap);
    const TlsPolicy policy = tlsPolicy();
    QMetaObject::invokeMethod(target, [target, requestId, service, password, policy] {
        target->listFolders(requestId, service, password, policy);
    });
}

} // namespace Satchel
