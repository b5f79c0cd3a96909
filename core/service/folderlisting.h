#pragma once

#include "common/error.h"
#include "folderinfo.h"
#include "imap/imapresponsetypes.h"

#include <QObject>

namespace Satchel {

class ImapSession;

// Lists an IMAP account's folders with their roles and counts on an open session: one LIST
// (with LIST-STATUS where the server has it, else a pipelined STATUS per folder). Runs on the
// account's worker thread.
class FolderListing : public QObject
{
    Q_OBJECT

public:
    FolderListing(ImapSession *session, QObject *parent = nullptr);

    void start();

signals:
    void finished(const QList<Satchel::FolderInfo> &folders, const Satchel::Error &error);

private:
    void onListed(const QList<ImapListData> &mailboxes, const QList<ImapStatusData> &statuses);
    void askStatus(qsizetype index);
    void done(const Error &error);

    ImapSession *m_session;
    QList<FolderInfo> m_folders;
    int m_outstanding = 0;
    Error m_firstError;
};

} // namespace Satchel
