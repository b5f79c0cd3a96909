#pragma once

#include "net/endpoint.h"
#include "net/tlspolicy.h"

#include <QHash>
#include <QString>

namespace Satchel {
class ImapSession;
}

namespace Satchel::Test {

// The real servers that tests/servers/testbed.sh started (CTest fixture "testbed"), as described
// by $SATCHEL_TESTBED/testbed.json. A test that needs them and cannot read them fails.
class TestBed
{
public:
    static const TestBed &instance();

    bool isAvailable() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString directory() const { return m_directory; }
    QString host() const { return m_host; }
    QString caFile() const { return m_caFile; }
    QString caKeyFile() const { return m_directory + QStringLiteral("/ca/ca.key"); }
    QString serverCert() const { return m_serverCert; }
    QString serverKey() const { return m_serverKey; }
    QString rogueCert() const { return m_rogueCert; }
    QString rogueKey() const { return m_rogueKey; }
    quint16 port(const QString &name) const { return m_ports.value(name); }
    QString password(const QString &email) const { return m_passwords.value(email); }
    QString dovecotConfig() const { return m_dovecotConfig; }

    // imap/imaps/pop3/pop3s/submission/submissions as an endpoint of the right security.
    Endpoint endpoint(const QString &portName) const;
    // Trusts the test CA.
    TlsPolicy tlsPolicy() const;
    // A session to the IMAPS port logged in as user, or null after 15 s; the caller owns it.
    ImapSession *openImapSession(const QString &user) const;
    // Sends a short message from alice through Postfix (submission), delivered over LMTP.
    bool deliver(const QString &to, const QByteArray &subject) const;

private:
    TestBed();

    QString m_error;
    QString m_directory;
    QString m_host;
    QString m_caFile;
    QString m_serverCert;
    QString m_serverKey;
    QString m_rogueCert;
    QString m_rogueKey;
    QString m_dovecotConfig;
    QHash<QString, quint16> m_ports;
    QHash<QString, QString> m_passwords;
};

} // namespace Satchel::Test

// Fails (never skips) the current test function when the test bed is not there.
#define SATCHEL_REQUIRE_TESTBED()                                                                  \
    do {                                                                                           \
        if (!Satchel::Test::TestBed::instance().isAvailable())                                     \
            QFAIL(qPrintable(Satchel::Test::TestBed::instance().error()));                         \
    } while (false)
