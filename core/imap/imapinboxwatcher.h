#pragma once

#include "net/endpoint.h"
#include "net/tlspolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Satchel {

class ImapIdleJob;
class ImapSession;

// Watches one mailbox (the INBOX) on a connection of its own, so that new mail and changes made
// elsewhere are known within a second: EXAMINE, then IDLE (renewed before the server's 30-minute
// limit), or NOOP every pollInterval where the server has no IDLE. A dropped connection is
// reopened after a growing pause (5 s doubling to 5 min). It only signals; fetching what changed
// is the sync's work on the other connection.
class ImapInboxWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ImapInboxWatcher(QObject *parent = nullptr);
    ~ImapInboxWatcher() override;

    void setServer(const Endpoint &endpoint, const QString &username, const QString &password,
                   const TlsPolicy &policy);
    void setMailbox(const QByteArray &rawName) { m_mailbox = rawName; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    void start();
    void stop();
    bool isIdling() const;

signals:
    // Something changed in the mailbox; emitted once per burst of server news.
    void changed();
    // Watching (again): IDLE accepted or polling started.
    void watching();

private:
    void open();
    void onOpened();
    void idle();
    void onClosed();
    void news();

    Endpoint m_endpoint;
    QString m_username;
    QString m_password;
    TlsPolicy m_policy;
    QByteArray m_mailbox = "INBOX";
    QPointer<ImapSession> m_session;
    QPointer<ImapIdleJob> m_idle;
    QTimer m_poll;
    QTimer m_retry;
    QTimer m_burst;
    int m_retryDelay = 5000;
    bool m_running = false;
};

} // namespace Satchel
