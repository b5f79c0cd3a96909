#pragma once

#include "common/job.h"
#include "imapresponsetypes.h"

#include <QPointer>

namespace Satchel {

class ImapSession;

// One IMAP command on an ImapSession, in the manner of KIMAP's jobs: set the inputs, start(),
// read the result when finished arrives. Subclasses say what to send and which untagged data is
// theirs.
class ImapCommandJob : public Job
{
    Q_OBJECT

public:
    explicit ImapCommandJob(ImapSession *session);

    ImapSession *session() const;

protected:
    void doStart() override;

    // The command without its tag; asked for when it is about to be sent, so it may depend on
    // the session's capabilities.
    virtual QByteArray command() const = 0;
    // A barrier runs alone: it waits for every earlier command and holds back every later one
    // (commands that change the session's state: SELECT, EXAMINE, LOGOUT).
    virtual bool isBarrier() const { return false; }
    // Untagged data that arrived while this command was in flight; true claims it.
    virtual bool handleUntagged(const ImapParsedResponse &response);
    // Right after the command line went out (a non-synchronizing literal follows it here).
    virtual void commandSent() {}
    // A "+" while this command is in flight; true when this command asked for it.
    virtual bool handleContinuation(const ImapParsedResponse &response);
    // The tagged completion: by default OK finishes the job, NO and BAD finish it with an error
    // made of the server's text.
    virtual void handleCompletion(const ImapParsedResponse &response);

    // "The server refused <what>: <its text>", categorised.
    Error refusal(const QString &what, const ImapParsedResponse &response) const;

private:
    friend class ImapSession;
    void abort(const Error &error) { finish(error); }

    QPointer<ImapSession> m_session;
};

} // namespace Satchel
