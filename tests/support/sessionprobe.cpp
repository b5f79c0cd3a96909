#include "sessionprobe.h"

#include "net/protocolsession.h"

#include <QTest>

namespace Satchel::Test {

SessionProbe::SessionProbe(ProtocolSession *session)
{
    m_opened = QObject::connect(session, &ProtocolSession::opened, session, [this] {
        opened = true;
        ++openedCount;
    });
    m_closed =
        QObject::connect(session, &ProtocolSession::closed, session, [this](const Error &error) {
            closed = true;
            closeError = error;
        });
}

// The session may outlive the probe.
SessionProbe::~SessionProbe()
{
    QObject::disconnect(m_opened);
    QObject::disconnect(m_closed);
}

bool SessionProbe::waitUntilOpen(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return opened || closed; }, timeoutMs) && opened;
}

} // namespace Satchel::Test
