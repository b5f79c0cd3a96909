#pragma once

#include "net/endpoint.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

namespace Satchel::Test {

// A server that plays a C:/S: script to one client, for behaviour no real server shows on cue:
// hostile, broken or slow servers. It runs on the test's event loop.
//
//   server.send("* OK hello\r\n").expect("a1 CAPABILITY").send(...).startTls()...
class ScriptedServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject *parent = nullptr);

    // TLS material for startTls() and implicit TLS.
    void setCertificate(const QString &certFile, const QString &keyFile);
    void setImplicitTls(bool on) { m_implicitTls = on; }
    // The test bed's server certificate (trusted through its CA), for STARTTLS and, when
    // implicitTls, from the first byte.
    void useTestBedTls(bool implicitTls);
    // Where a client reaches this server.
    Endpoint endpoint(Security security) const;

    ScriptedServer &send(const QByteArray &bytes);
    // The next line the client sends (without CRLF) must be this; a trailing '*' matches any
    // rest of the line.
    ScriptedServer &expect(const QByteArray &line);
    ScriptedServer &startTls();
    ScriptedServer &pause(int ms);
    ScriptedServer &close();

    bool listenOnLoopback();
    bool scriptDone() const { return m_next == m_steps.size(); }
    QString failure() const { return m_failure; }
    QList<QByteArray> received() const { return m_received; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Step
    {
        enum class Kind
        {
            Send,
            Expect,
            StartTls,
            Pause,
            Close
        };
        Kind kind;
        QByteArray data;
        int ms = 0;
    };

    void run();
    void onReadyRead();
    bool matches(const QByteArray &pattern, const QByteArray &line) const;

    QList<Step> m_steps;
    qsizetype m_next = 0;
    QPointer<QSslSocket> m_socket;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_buffer;
    QList<QByteArray> m_received;
    QString m_failure;
    bool m_implicitTls = false;
    bool m_waiting = false;
};

} // namespace Satchel::Test
