#pragma once

#include "common/error.h"
#include "endpoint.h"
#include "lineframer.h"
#include "tlspolicy.h"

#include <QList>
#include <QObject>
#include <QSslError>
#include <QTimer>

#include <memory>

class QSslSocket;
class QLoggingCategory;

namespace Satchel {

class DeflateStream;
class HostLookup;
class Transcript;

// One TCP connection of a line protocol, over QSslSocket: implicit TLS or STARTTLS, certificate
// and host-name verification under a TlsPolicy, connect and read timeouts, framing with limits,
// and a protocol log that never shows what the caller marks as secret.
//
// Security rules kept here so that no protocol can forget them: plaintext is refused unless the
// endpoint allows it; startTls() throws away everything received before the handshake; a TLS
// failure never falls back to plaintext.
class Connection : public QObject
{
    Q_OBJECT

public:
    using LogCategory = const QLoggingCategory &(*)();

    explicit Connection(LogCategory category, QObject *parent = nullptr);
    ~Connection() override;

    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setFraming(LineFramer::Mode mode, const LineFramer::Limits &limits = {});
    // Milliseconds; 0 disables. The read timeout counts from the last byte sent or received.
    void setTimeouts(int connectMs, int readMs);
    // 0 disables it, e.g. while an IMAP IDLE waits for news that may take many minutes.
    void setReadTimeout(int readMs);
    // Also record what happens (redacted as the log is) for a setup report.
    void setTranscript(std::shared_ptr<Transcript> transcript);

    void connectToServer(const Endpoint &endpoint);
    // After the server agreed to STARTTLS/STLS: discard buffered input, start the handshake.
    void startTls();
    // Sends one line (CRLF is appended); a line holding CR, LF or NUL fails the connection rather
    // than smuggle in a second command. The log shows `logAs` instead when it is given.
    void sendLine(const QByteArray &line, const QByteArray &logAs = {});
    // Literal data (an IMAP APPEND's message): sent as is, logged only as its size.
    void sendLiteral(const QByteArray &bytes);
    // After the server agreed to COMPRESS=DEFLATE: from now on both directions are compressed,
    // including whatever arrived after the server's agreement.
    void startCompression();
    bool isCompressed() const { return m_deflate != nullptr; }
    // Hands what is buffered to the operating system now instead of at the next event loop turn.
    void flush();
    void close();

    bool isEncrypted() const;
    // The peer is on this machine or a private network (isNearbyAddress).
    bool isPeerNearby() const;
    const Endpoint &endpoint() const { return m_endpoint; }
    // SHA-256 of a certificate that failed verification but was accepted by fingerprint.
    QByteArray acceptedCertificate() const { return m_acceptedCertificate; }

signals:
    // The greeting can be read: TCP is up (STARTTLS, plain) or the TLS handshake is done.
    void ready();
    void tlsStarted();
    void received(const QByteArray &unit);
    // Ends the connection; emitted at most once, and never after close().
    void failed(const Satchel::Error &error);

private:
    void connectSocket(const QString &host, quint16 port);
    void log(const QString &line);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void deliverBuffered();
    bool feed(const QByteArray &bytes);
    void write(const QByteArray &bytes);
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onConnectTimeout();
    void onReadTimeout();
    void fail(const Error &error);
    Error tlsError() const;
    void restartReadTimer();

    LogCategory m_category;
    QSslSocket *m_socket;
    HostLookup *m_lookup;
    std::shared_ptr<Transcript> m_transcript;
    TlsPolicy m_policy;
    Endpoint m_endpoint;
    LineFramer m_framer;
    std::unique_ptr<DeflateStream> m_deflate;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    int m_readTimeoutMs = 60000;
    QList<QSslError> m_sslErrors;
    QByteArray m_acceptedCertificate;
    quint64 m_epoch = 0; // bumped whenever buffered input must no longer be delivered
    bool m_startTlsPending = false;
    bool m_done = false; // closed or failed: nothing more is delivered or reported
};

} // namespace Satchel
