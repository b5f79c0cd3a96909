#pragma once

#include "accountjob.h"
#include "folderinfo.h"

namespace Satchel {

// The folders of an IMAP account with their roles and unread and total counts, asked of the
// server on the account's worker thread.
class FoldersJob : public AccountJob
{
    Q_OBJECT

public:
    using AccountJob::AccountJob;

    const QList<FolderInfo> &folders() const { return m_folders; }

protected:
    void run(const QString &password) override;

private:
    QList<FolderInfo> m_folders;
};

} // namespace Satchel
