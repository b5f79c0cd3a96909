#pragma once

#include "common/job.h"
#include "smtpenvelope.h"
#include "smtpreply.h"

#include <QPointer>

namespace Satchel {

class SmtpSession;

// How the server answered one RCPT TO.
struct SmtpRecipientResult
{
    QString address;
    bool accepted = false;
    QString reply; // "550 5.1.1 User unknown", as SmtpReply::describe() gives it

    // "address (reply)", for a sentence that names a refused recipient.
    QString describe() const;
};

// One mail transaction on an SmtpSession: MAIL FROM, RCPT TO for each recipient, DATA. With
// PIPELINING (RFC 2920) the three go out in one flight and the replies are checked in order;
// without it, one at a time. Checks the SIZE limit, 8BITMIME and SMTPUTF8 before sending
// anything. Finishes without an error when the server took the message for at least one
// recipient: recipients() tells which ones it refused.
class SmtpSendJob : public Job
{
    Q_OBJECT

public:
    explicit SmtpSendJob(SmtpSession *session);

    void setEnvelope(const SmtpEnvelope &envelope) { m_envelope = envelope; }
    // The message with CR LF line endings, not dot-stuffed.
    void setMessage(const QByteArray &message) { m_message = message; }

    const QList<SmtpRecipientResult> &recipients() const { return m_results; }
    QStringList refusals() const;
    // Whether a failure may go away by itself (a 4xx reply, a lost connection): try again later.
    bool isTemporaryFailure() const;

protected:
    void doStart() override;

private:
    friend class SmtpSession;

    enum class Step
    {
        Mail,
        Recipient,
        Data,
        Body
    };

    // Called by the session when the transaction may begin, with each of its replies, and when
    // the connection ends under it.
    void begin();
    void handleReply(const SmtpReply &reply);
    void abort(const Error &error) { finish(error); }
    // A transaction was opened and failed: the session sends RSET before the next one.
    bool needsReset() const { return m_commandsSent && error().isError(); }

    Error checkBeforeSending(bool eightBit) const;
    void send(Step step);
    void onMailReply(const SmtpReply &reply);
    void onRecipientReply(const SmtpReply &reply);
    void onDataReply(const SmtpReply &reply);
    void sendBody();
    void failNoRecipients();
    void fail(const Error &error);
    void settle();
    qsizetype acceptedCount() const;

    QPointer<SmtpSession> m_session;
    SmtpEnvelope m_envelope;
    QByteArray m_message;
    QByteArray m_data; // dot-stuffed, terminated
    QByteArray m_mailCommand;
    QList<Step> m_expected;
    QList<SmtpRecipientResult> m_results;
    qsizetype m_nextRecipient = 0;
    qsizetype m_repliedRecipients = 0;
    bool m_allRefusalsTemporary = true;
    Error m_failure;
    bool m_pipelining = false;
    bool m_commandsSent = false;
};

} // namespace Satchel
