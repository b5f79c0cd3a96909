#include "connection.h"

#include "connectionerrors.h"
#include "deflatestream.h"
#include "hostlookup.h"
#include "nearbyaddress.h"
#include "transcript.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Satchel {

namespace {
constexpr qint64 readBufferBytes = 1 << 20;
}

Connection::Connection(LogCategory category, QObject *parent)
    : QObject(parent)
    , m_category(category)
    , m_socket(new QSslSocket(this))
    , m_lookup(new HostLookup(this))
{
    // Bounded, so that a server faster than we store what it sends is held back by TCP instead
    // of piling up in memory (100+ MB in a full download before).
    m_socket->setReadBufferSize(readBufferBytes);
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(20000);
    m_readTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &Connection::onConnectTimeout);
    connect(&m_readTimer, &QTimer::timeout, this, &Connection::onReadTimeout);
    connect(m_socket, &QSslSocket::connected, this, &Connection::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Connection::onSocketError);
    // A large upload (a 10 MB message) is progress too: only silence may time out.
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (!m_done)
            restartReadTimer();
    });
    connect(m_lookup, &HostLookup::done, this,
            [this](const NetworkSettings::Route &route, const Error &dnsError) {
                if (m_done)
                    return;
                if (dnsError.isError())
                    fail(dnsError);
                else if (route.host.isEmpty())
                    fail(hostNotFoundError(m_endpoint));
                else
                    connectSocket(route.host, route.port);
            });
}

Connection::~Connection()
{
    m_socket->abort();
}

void Connection::setFraming(LineFramer::Mode mode, const LineFramer::Limits &limits)
{
    m_framer = LineFramer(mode);
    m_framer.setLimits(limits);
}

void Connection::setTimeouts(int connectMs, int readMs)
{
    m_connectTimer.setInterval(connectMs);
    m_readTimeoutMs = readMs;
}

void Connection::setTranscript(std::shared_ptr<Transcript> transcript)
{
    m_transcript = std::move(transcript);
}

void Connection::log(const QString &line)
{
    qCDebug(m_category).noquote() << line;
    if (m_transcript)
        m_transcript->add(line);
}

void Connection::setReadTimeout(int readMs)
{
    m_readTimeoutMs = readMs;
    if (readMs > 0)
        restartReadTimer();
    else
        m_readTimer.stop();
}

void Connection::connectToServer(const Endpoint &endpoint)
{
    m_endpoint = endpoint;
    if (endpoint.security == Security::Plain && !endpoint.allowPlaintext) {
        // Queued so that the caller sees the failure after its connections are made.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(Error(Error::Category::Tls,
                           tr("Satchel will not connect to %1 without encryption. Use implicit "
                              "TLS or STARTTLS, or allow plaintext for this account explicitly.")
                               .arg(m_endpoint.hostAndPort())));
            },
            Qt::QueuedConnection);
        return;
    }
    if (endpoint.security == Security::Plain)
        qCWarning(m_category) << "connecting to" << endpoint.hostAndPort()
                              << "without encryption, as the account allows";

    m_socket->setSslConfiguration(m_policy.sslConfiguration());
    m_socket->setPeerVerifyName(endpoint.host);

    log(QStringLiteral("connecting to %1 (%2)")
            .arg(endpoint.hostAndPort(), securityName(endpoint.security)));
    m_connectTimer.start();
    m_lookup->setTimeout(m_connectTimer.interval());
    m_lookup->lookup(endpoint.host, endpoint.port);
}

void Connection::connectSocket(const QString &host, quint16 port)
{
    if (host != m_endpoint.host || port != m_endpoint.port)
        log(QStringLiteral("connecting through %1:%2").arg(host).arg(port));
    // The certificate must still name the server asked for, whatever address was dialled.
    if (m_endpoint.security == Security::Tls)
        m_socket->connectToHostEncrypted(host, port, m_endpoint.host);
    else
        m_socket->connectToHost(host, port);
}

void Connection::onConnected()
{
    if (m_endpoint.security == Security::Tls)
        return; // ready once the handshake is done
    m_connectTimer.stop();
    restartReadTimer();
    emit ready();
}

void Connection::startTls()
{
    // Response-injection defence (CVE-2011-0411 and friends): whatever arrived before the
    // handshake, whether parsed, buffered here or still in the socket, is dropped unread.
    ++m_epoch;
    m_framer.clear();
    const QByteArray dropped = m_socket->readAll();
    if (!dropped.isEmpty()) {
        qCWarning(m_category) << "discarded" << dropped.size()
                              << "bytes the server sent before the TLS handshake";
        if (m_transcript)
            m_transcript->add(QStringLiteral("discarded %1 bytes sent before the TLS handshake")
                                  .arg(dropped.size()));
    }
    m_startTlsPending = true;
    log(QStringLiteral("starting TLS with %1").arg(m_endpoint.hostAndPort()));
    restartReadTimer();
    m_socket->startClientEncryption();
}

void Connection::onEncrypted()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    log(QStringLiteral("TLS established: %1 %2").arg(cipher.protocolString(), cipher.name()));
    if (m_transcript)
        m_transcript->addCertificateChain(m_socket->peerCertificateChain());
    m_connectTimer.stop();
    restartReadTimer();
    if (m_startTlsPending) {
        m_startTlsPending = false;
        emit tlsStarted();
    } else {
        emit ready();
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Connection::onReadyRead()
{
    if (m_done || m_startTlsPending)
        return;
    if (m_endpoint.security == Security::Tls && !m_socket->isEncrypted())
        return;
    restartReadTimer();
    if (feed(m_socket->readAll()))
        deliverBuffered();
}

// Inflates when compressed; false (the connection failed) on corrupt compressed data.
bool Connection::feed(const QByteArray &bytes)
{
    if (!m_deflate) {
        m_framer.feed(bytes);
        return true;
    }
    QByteArray plain;
    // The framer's limits bound what it keeps; this bounds one read's expansion.
    constexpr qsizetype maxExpansion = 256ll * 1024 * 1024;
    if (!m_deflate->decompress(bytes, &plain, maxExpansion)) {
        fail(Error(Error::Category::Server,
                   tr("The compressed data from %1 could not be read. The connection was closed "
                      "to stay safe.")
                       .arg(m_endpoint.hostAndPort())));
        return false;
    }
    m_framer.feed(plain);
    return true;
}

void Connection::deliverBuffered()
{
    if (m_done)
        return;
    const quint64 epoch = m_epoch;
    QByteArray unit;
    for (;;) {
        const LineFramer::Status status = m_framer.next(&unit);
        if (status == LineFramer::Status::NeedMore)
            return;
        if (status == LineFramer::Status::Error) {
            fail(Error(Error::Category::Server,
                       tr("%1 The connection to %2 was closed to stay safe.")
                           .arg(m_framer.errorString(), m_endpoint.hostAndPort())));
            return;
        }
        log(QStringLiteral("S: ") + QString::fromUtf8(unit.left(2000)));
        emit received(unit);
        // The receiver may have started TLS, closed or failed us: stop delivering old bytes.
        if (epoch != m_epoch || m_done)
            return;
    }
}

void Connection::sendLine(const QByteArray &line, const QByteArray &logAs)
{
    if (m_done)
        return;
    if (line.contains('\r') || line.contains('\n') || line.contains('\0')) {
        // A line break inside a value (a username, a folder name) would start a second command
        // the user never asked for: refuse it here, below every protocol.
        fail(Error(Error::Category::Input,
                   tr("Satchel refused to send a command containing a line break to %1; check the "
                      "username and other settings for stray line breaks.")
                       .arg(m_endpoint.hostAndPort())));
        return;
    }
    log(QStringLiteral("C: ") + QString::fromUtf8(logAs.isEmpty() ? line : logAs));
    write(line + "\r\n");
    restartReadTimer();
}

void Connection::sendLiteral(const QByteArray &bytes)
{
    if (m_done)
        return;
    log(QStringLiteral("C: <literal of %1 bytes>").arg(bytes.size()));
    write(bytes);
    restartReadTimer();
}

void Connection::write(const QByteArray &bytes)
{
    m_socket->write(m_deflate ? m_deflate->compress(bytes) : bytes);
}

void Connection::startCompression()
{
    if (m_done || m_deflate)
        return;
    m_deflate = std::make_unique<DeflateStream>();
    ++m_epoch; // the delivery loop in progress must not frame the compressed rest
    log(QStringLiteral("COMPRESS=DEFLATE on"));
    const QByteArray compressed = m_framer.takeBuffered();
    if (!compressed.isEmpty() && !feed(compressed))
        return;
    QMetaObject::invokeMethod(this, &Connection::deliverBuffered, Qt::QueuedConnection);
}

void Connection::flush()
{
    if (!m_done)
        m_socket->flush();
}

void Connection::close()
{
    m_done = true;
    ++m_epoch;
    m_connectTimer.stop();
    m_readTimer.stop();
    m_socket->disconnectFromHost();
}

bool Connection::isEncrypted() const
{
    return m_socket->isEncrypted();
}

bool Connection::isPeerNearby() const
{
    return isNearbyAddress(m_socket->peerAddress());
}

void Connection::restartReadTimer()
{
    if (m_readTimeoutMs > 0)
        m_readTimer.start(m_readTimeoutMs);
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    if (!certificate.isNull() && m_policy.accepts(m_endpoint.host, m_endpoint.port, certificate)) {
        qCDebug(m_category) << "accepting the certificate the user trusted for"
                            << m_endpoint.hostAndPort();
        m_acceptedCertificate = certificate.digest(QCryptographicHash::Sha256);
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors = errors;
    if (m_transcript) {
        for (const QSslError &error : errors)
            m_transcript->add(QStringLiteral("certificate problem: ") + error.errorString());
        m_transcript->addCertificateChain(m_socket->peerCertificateChain());
    }
}

Error Connection::tlsError() const
{
    return certificateError(m_endpoint, m_socket->peerCertificate(), m_sslErrors,
                            m_socket->errorString());
}

void Connection::onSocketError()
{
    const QAbstractSocket::SocketError code = m_socket->error();
    switch (code) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(tlsError());
        return;
    case QAbstractSocket::RemoteHostClosedError:
        fail(Error(Error::Category::Network,
                   tr("%1 closed the connection unexpectedly. Try again later; if it keeps "
                      "happening, check the server name and port.")
                       .arg(m_endpoint.hostAndPort())));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(connectionRefusedError(m_endpoint));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(hostNotFoundError(m_endpoint));
        return;
    default:
        fail(connectionFailedError(m_endpoint, m_socket->errorString()));
    }
}

void Connection::onConnectTimeout()
{
    Error error(Error::Category::Network,
                tr("%1 did not answer within %2 seconds. Check the server name and port, or "
                   "whether a firewall silently blocks that port.")
                    .arg(m_endpoint.hostAndPort())
                    .arg(m_connectTimer.interval() / 1000.0));
    error.setReason(Error::Reason::TimedOut);
    fail(error);
}

void Connection::onReadTimeout()
{
    Error error(Error::Category::Network,
                tr("%1 stopped answering for %2 seconds. Try again later.")
                    .arg(m_endpoint.hostAndPort())
                    .arg(m_readTimeoutMs / 1000.0));
    error.setReason(Error::Reason::TimedOut);
    fail(error);
}

void Connection::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    ++m_epoch;
    m_connectTimer.stop();
    m_readTimer.stop();
    log(QStringLiteral("connection failed: ") + error.message());
    m_socket->abort();
    emit failed(error);
}

} // namespace Satchel
