#include "linedialogue.h"

#include "connection.h"

namespace Satchel {

void LineDialogue::listenTo(Connection *connection, QObject *context)
{
    QObject::connect(connection, &Connection::ready, context, [this] { onReady(); });
    QObject::connect(connection, &Connection::tlsStarted, context, [this] { onTlsStarted(); });
    QObject::connect(connection, &Connection::received, context,
                     [this](const QByteArray &unit) { onUnit(unit); });
    QObject::connect(connection, &Connection::failed, context,
                     [this](const Error &error) { onConnectionFailed(error); });
}

} // namespace Satchel
