#pragma once

#include "common/error.h"

#include <QMetaObject>

namespace Satchel {
class ProtocolSession;
}

namespace Satchel::Test {

// Records how a protocol session (IMAP, SMTP) opened and how it ended.
struct SessionProbe
{
    explicit SessionProbe(ProtocolSession *session);
    ~SessionProbe();
    SessionProbe(const SessionProbe &) = delete;
    SessionProbe &operator=(const SessionProbe &) = delete;

    // Waits until the session opened or closed; true when it opened.
    bool waitUntilOpen(int timeoutMs = 15000) const;

    bool opened = false;
    int openedCount = 0;
    bool closed = false;
    Error closeError;

private:
    QMetaObject::Connection m_opened;
    QMetaObject::Connection m_closed;
};

} // namespace Satchel::Test
