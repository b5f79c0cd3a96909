#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// ID (RFC 2971): tells the server which client this is (some providers refuse clients that do
// not say) and learns its name. Sends only the program's name and version, nothing about the
// user or the machine.
class ImapIdJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapIdJob(ImapSession *session);

    const QList<std::pair<QByteArray, QByteArray>> &serverFields() const { return m_fields; }

protected:
    QByteArray command() const override;
    bool handleUntagged(const ImapParsedResponse &response) override;

private:
    QList<std::pair<QByteArray, QByteArray>> m_fields;
};

} // namespace Satchel
