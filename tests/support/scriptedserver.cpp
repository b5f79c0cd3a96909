#include "scriptedserver.h"

#include "testbed.h"

#include <QFile>
#include <QSslKey>
#include <QTimer>

namespace Satchel::Test {

ScriptedServer::ScriptedServer(QObject *parent)
    : QTcpServer(parent)
{}

void ScriptedServer::setCertificate(const QString &certFile, const QString &keyFile)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (cert.open(QIODevice::ReadOnly))
        m_certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    const QByteArray keyPem = key.open(QIODevice::ReadOnly) ? key.readAll() : QByteArray();
    m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (m_key.isNull())
        m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
}

void ScriptedServer::useTestBedTls(bool implicitTls)
{
    const TestBed &bed = TestBed::instance();
    setCertificate(bed.serverCert(), bed.serverKey());
    setImplicitTls(implicitTls);
}

Endpoint ScriptedServer::endpoint(Security security) const
{
    return {QStringLiteral("127.0.0.1"), serverPort(), security, false};
}

ScriptedServer &ScriptedServer::send(const QByteArray &bytes)
{
    m_steps.append({Step::Kind::Send, bytes});
    return *this;
}

ScriptedServer &ScriptedServer::expect(const QByteArray &line)
{
    m_steps.append({Step::Kind::Expect, line});
    return *this;
}

ScriptedServer &ScriptedServer::startTls()
{
    m_steps.append({Step::Kind::StartTls, {}});
    return *this;
}

ScriptedServer &ScriptedServer::pause(int ms)
{
    m_steps.append({Step::Kind::Pause, {}, ms});
    return *this;
}

ScriptedServer &ScriptedServer::close()
{
    m_steps.append({Step::Kind::Close, {}});
    return *this;
}

bool ScriptedServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    if (m_socket) {
        // One client per script: a second connection is closed at once.
        QTcpSocket extra;
        extra.setSocketDescriptor(descriptor);
        extra.abort();
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(descriptor);
    m_socket->setLocalCertificate(m_certificate);
    m_socket->setPrivateKey(m_key);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedServer::onReadyRead);
    if (m_implicitTls) {
        connect(m_socket, &QSslSocket::encrypted, this, &ScriptedServer::run,
                Qt::SingleShotConnection);
        m_socket->startServerEncryption();
        return;
    }
    run();
}

bool ScriptedServer::matches(const QByteArray &pattern, const QByteArray &line) const
{
    if (pattern.endsWith('*'))
        return line.startsWith(pattern.chopped(1));
    return line == pattern;
}

void ScriptedServer::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    qsizetype newline;
    while ((newline = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 2);
        m_received.append(line);
        if (!m_waiting || m_next >= m_steps.size() || m_steps[m_next].kind != Step::Kind::Expect) {
            if (m_failure.isEmpty())
                m_failure =
                    QStringLiteral("unexpected client line: %1").arg(QString::fromUtf8(line));
            continue;
        }
        if (!matches(m_steps[m_next].data, line)) {
            if (m_failure.isEmpty())
                m_failure =
                    QStringLiteral("expected \"%1\", client sent \"%2\"")
                        .arg(QString::fromUtf8(m_steps[m_next].data), QString::fromUtf8(line));
            m_socket->abort();
            return;
        }
        m_waiting = false;
        ++m_next;
        run();
    }
}

void ScriptedServer::run()
{
    while (m_socket && m_next < m_steps.size()) {
        const Step &step = m_steps[m_next];
        switch (step.kind) {
        case Step::Kind::Send:
            m_socket->write(step.data);
            m_socket->flush();
            ++m_next;
            break;
        case Step::Kind::Expect:
            m_waiting = true;
            return;
        case Step::Kind::StartTls:
            ++m_next;
            m_buffer.clear();
            connect(m_socket, &QSslSocket::encrypted, this, &ScriptedServer::run,
                    Qt::SingleShotConnection);
            m_socket->startServerEncryption();
            return;
        case Step::Kind::Pause:
            ++m_next;
            QTimer::singleShot(step.ms, Qt::PreciseTimer, this, &ScriptedServer::run);
            return;
        case Step::Kind::Close:
            ++m_next;
            m_socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace Satchel::Test
