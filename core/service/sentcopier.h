#pragma once

#include "accounts/account.h"
#include "common/error.h"
#include "net/tlspolicy.h"

#include <QObject>

namespace Satchel {

class ImapSession;
struct ImapListData;

// Files copies of sent messages, marked \Seen, in the account's Sent folder: the one with the
// \Sent special use (RFC 6154), else one named like a Sent folder. One IMAP session for all
// copies; it opens and finds the folder as soon as it is created, while the mail is still being
// sent. A message an earlier run may have filed already (killed before it could record that) is
// searched for by its Message-ID first, so each message is filed once.
class SentCopier : public QObject
{
    Q_OBJECT

public:
    SentCopier(const ServiceConfig &imap, const QString &password, const TlsPolicy &policy,
               QObject *parent = nullptr);

    void copy(const QString &key, const QString &messageId, const QByteArray &message,
              bool searchFirst);
    // Logs out once the copies asked for are done; closed() follows.
    void close();

signals:
    void copied(const QString &key, const Satchel::Error &error);
    // The session ended: after close() without an error, else with what went wrong.
    void closed(const Satchel::Error &error);

private:
    struct Copy
    {
        QString key;
        QString messageId;
        QByteArray message;
        bool searchFirst = false;
    };

    void onOpened();
    void onListed(const QList<ImapListData> &mailboxes);
    void onSessionClosed(const Error &error);
    void pump();
    void search(const Copy &copy);
    void append(const Copy &copy);
    void done(const Copy &copy, const Error &error);

    ImapSession *m_session;
    QByteArray m_folder;
    QList<Copy> m_queue;
    Error m_failure;
    bool m_ready = false;
    bool m_busy = false;
    bool m_closeRequested = false;
    bool m_closed = false;
};

} // namespace Satchel
