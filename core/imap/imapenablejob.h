#pragma once

#include "imapcommandjob.h"

#include <functional>

namespace Satchel {

// ENABLE (RFC 5161) of extensions the server announced, e.g. QRESYNC; what the server switched on
// is recorded on the session, so later commands may use it.
class ImapEnableJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapEnableJob(ImapSession *session);

    void setExtensions(const QList<QByteArray> &extensions) { m_extensions = extensions; }

    const QList<QByteArray> &enabled() const { return m_enabled; }

    // ENABLE QRESYNC where the server offers it and the session has not enabled it yet, then
    // then() in context, whatever the answer: a refusal only means syncing without VANISHED.
    static void enableQresync(ImapSession *session, QObject *context,
                              const std::function<void()> &then);

protected:
    QByteArray command() const override;
    // Changes how the server answers later commands, so nothing may run beside it.
    bool isBarrier() const override { return true; }
    bool handleUntagged(const ImapParsedResponse &response) override;
    void handleCompletion(const ImapParsedResponse &response) override;

private:
    QList<QByteArray> m_extensions;
    QList<QByteArray> m_enabled;
};

} // namespace Satchel
