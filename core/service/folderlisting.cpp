#include "folderlisting.h"

#include "imap/imaplistjob.h"
#include "imap/imapsession.h"
#include "imap/imapstatusjob.h"

#include <algorithm>

namespace Satchel {

namespace {

void applyStatus(FolderInfo *folder, const ImapStatusData &status)
{
    folder->total = status.messages.value_or(0);
    folder->unread = status.unseen.value_or(0);
}

} // namespace

FolderListing::FolderListing(ImapSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void FolderListing::start()
{
    auto *list = new ImapListJob(m_session);
    connect(list, &Job::finished, this, [this, list] {
        if (list->error().isError())
            done(list->error());
        else
            onListed(list->mailboxes(), list->statuses());
    });
    list->start();
}

void FolderListing::onListed(const QList<ImapListData> &mailboxes,
                             const QList<ImapStatusData> &statuses)
{
    for (const ImapListData &mailbox : mailboxes) {
        FolderInfo folder{
            mailbox.name,          mailbox.rawName, mailbox.roleName(), mailbox.delimiter, 0, 0,
            mailbox.isSelectable()};
        for (const ImapStatusData &status : statuses) {
            if (status.rawName == mailbox.rawName)
                applyStatus(&folder, status);
        }
        m_folders.append(folder);
    }
    if (!statuses.isEmpty()) {
        done({});
        return;
    }
    for (qsizetype i = 0; i < m_folders.size(); ++i) {
        if (m_folders[i].selectable)
            askStatus(i);
    }
    if (m_outstanding == 0)
        done({});
}

void FolderListing::askStatus(qsizetype index)
{
    auto *status = new ImapStatusJob(m_session);
    status->setMailbox(m_folders[index].rawName);
    ++m_outstanding;
    connect(status, &Job::finished, this, [this, status, index] {
        if (status->error().isError() && !m_firstError.isError())
            m_firstError = status->error();
        else
            applyStatus(&m_folders[index], status->status());
        if (--m_outstanding == 0)
            done(m_firstError);
    });
    status->start();
}

void FolderListing::done(const Error &error)
{
    // The order mail clients share: Inbox, the special folders, then the rest by name.
    static const QStringList roleOrder = {QStringLiteral("inbox"), QStringLiteral("drafts"),
                                          QStringLiteral("sent"),  QStringLiteral("archive"),
                                          QStringLiteral("junk"),  QStringLiteral("trash")};
    const auto rank = [](const FolderInfo &folder) {
        const qsizetype index = roleOrder.indexOf(folder.role);
        return index < 0 ? roleOrder.size() : index;
    };
    std::stable_sort(m_folders.begin(), m_folders.end(),
                     [&rank](const FolderInfo &a, const FolderInfo &b) {
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    emit finished(error.isError() ? QList<FolderInfo>() : m_folders, error);
}

} // namespace Satchel
