#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Satchel {

// curl's --connect-to HOST1:PORT1:HOST2:PORT2: a connection to HOST1:PORT1 goes to HOST2:PORT2
// instead, while TLS still verifies HOST1 (and HTTP still names it). An empty HOST1 or PORT1
// matches any; an empty HOST2 or PORT2 keeps the original. IPv6 addresses go in brackets.
struct ConnectToRule
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::ConnectToRule)

public:
    QString host;           // lower case; empty: any host
    quint16 port = 0;       // 0: any port
    QString targetHost;     // empty: the same host
    quint16 targetPort = 0; // 0: the same port

    static std::optional<ConnectToRule> parse(const QString &text, QString *error);
    bool matches(const QString &host, quint16 port) const;
    QString toString() const;
};

} // namespace Satchel
