#pragma once

#include "imapcommandjob.h"

#include <QTimer>

namespace Satchel {

// IDLE (RFC 2177): the server pushes EXISTS, EXPUNGE, FETCH and VANISHED as they happen, and the
// job hands each to changed(). stop() sends DONE; the job finishes when the server confirms.
// Servers may drop an idle connection after 30 minutes, so the job stops itself before that
// (maxDuration) and its owner starts a new one.
class ImapIdleJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapIdleJob(ImapSession *session);

    void setMaxDuration(int ms) { m_maxDuration.setInterval(ms); }
    void stop();
    bool isIdling() const { return m_idling; }

signals:
    void idling();
    void changed(const Satchel::ImapParsedResponse &response);

protected:
    void doStart() override;
    QByteArray command() const override { return "IDLE"; }
    bool isBarrier() const override { return true; }
    bool handleContinuation(const ImapParsedResponse &response) override;
    bool handleUntagged(const ImapParsedResponse &response) override;
    void handleCompletion(const ImapParsedResponse &response) override;

private:
    QTimer m_maxDuration;
    bool m_idling = false;
    bool m_stopRequested = false;
    bool m_doneSent = false;
};

} // namespace Satchel
