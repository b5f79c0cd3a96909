#pragma once

#include "common/error.h"

#include <QByteArray>

class QObject;

namespace Satchel {

class Connection;

// A protocol's side of one Connection: what it does when the greeting can be read, when TLS
// started after STARTTLS, with each unit received, and when the connection failed.
class LineDialogue
{
public:
    virtual ~LineDialogue() = default;

protected:
    // Hands the connection's signals to the hooks below while `context` lives.
    void listenTo(Connection *connection, QObject *context);

    virtual void onReady() = 0;
    virtual void onTlsStarted() = 0;
    virtual void onUnit(const QByteArray &unit) = 0;
    virtual void onConnectionFailed(const Error &error) = 0;
};

} // namespace Satchel
