#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Satchel::Test {

// The discovery tests' outside world that tests/servers/dnsbed.sh started (CTest fixture
// "dnsbed"): a DNS server with the test domains' records and web servers for autoconfig files,
// as described by $SATCHEL_DNSBED/dnsbed.json. Connections reach the test bed through
// --connect-to rules (NetworkSettings), so TLS still verifies the test host names.
class DnsBed
{
public:
    static const DnsBed &instance();

    bool isAvailable() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QHostAddress nameserver() const { return m_nameserver; }
    // "https" (test bed certificate), "rogue" (untrusted certificate), "http" (plain).
    quint16 port(const QString &name) const { return m_ports.value(name); }
    // "<port> GET <host> <path>" for every request the web servers answered.
    QStringList requests() const;

    // "host:port:127.0.0.1:targetPort".
    static QString rule(const QString &host, quint16 port, quint16 targetPort);
    // Rules that send host:port to the test bed's server of that name (imaps, submission, dav …).
    static QString toTestBed(const QString &host, quint16 port, const QString &portName);
    // What example.test publishes: autoconfig over HTTPS, IMAP, POP3, SMTP and DAV hosts.
    QStringList exampleRules() const;

    // For in-process tests: this DNS server and these rules for the whole process.
    void apply(const QStringList &rules) const;
    // Back to the system's resolver and no rules.
    static void clear();

private:
    DnsBed();

    QString m_error;
    QHostAddress m_nameserver;
    QHash<QString, quint16> m_ports;
    QString m_requestLog;
};

} // namespace Satchel::Test

#define SATCHEL_REQUIRE_DNSBED()                                                                   \
    do {                                                                                           \
        if (!Satchel::Test::DnsBed::instance().isAvailable())                                      \
            QFAIL(qPrintable(Satchel::Test::DnsBed::instance().error()));                          \
    } while (false)
