#pragma once

#include "imapcommandjob.h"

namespace Satchel {

// NAMESPACE (RFC 2342): where the user's own folders live. Most servers keep them at the top
// ("", "/"); some below "INBOX." — a new folder must then be created under that prefix.
class ImapNamespaceJob : public ImapCommandJob
{
    Q_OBJECT

public:
    explicit ImapNamespaceJob(ImapSession *session);

    const ImapNamespaceData &namespaces() const { return m_namespaces; }

protected:
    QByteArray command() const override { return "NAMESPACE"; }
    bool handleUntagged(const ImapParsedResponse &response) override;

private:
    ImapNamespaceData m_namespaces;
};

} // namespace Satchel
