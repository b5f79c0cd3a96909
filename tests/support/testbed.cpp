#include "testbed.h"

#include "imap/imapsession.h"
#include "sessionprobe.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QThread>

#include <memory>

namespace Satchel::Test {

const TestBed &TestBed::instance()
{
    static const TestBed bed;
    return bed;
}

TestBed::TestBed()
{
    m_directory = qEnvironmentVariable("SATCHEL_TESTBED");
    if (m_directory.isEmpty()) {
        m_error = QStringLiteral("SATCHEL_TESTBED is not set: run this test through ctest, which "
                                 "starts the test servers (fixture \"testbed\").");
        return;
    }
    QFile file(m_directory + QStringLiteral("/testbed.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("The test servers are not running: %1 cannot be read (%2). "
                                 "See tests/servers/testbed.sh.")
                      .arg(file.fileName(), file.errorString());
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    m_host = root.value(QLatin1String("host")).toString();
    m_caFile = root.value(QLatin1String("caFile")).toString();
    m_serverCert = root.value(QLatin1String("serverCert")).toString();
    m_serverKey = root.value(QLatin1String("serverKey")).toString();
    m_rogueCert = root.value(QLatin1String("rogueCert")).toString();
    m_rogueKey = root.value(QLatin1String("rogueKey")).toString();
    m_dovecotConfig = root.value(QLatin1String("dovecotConfig")).toString();
    const QJsonObject ports = root.value(QLatin1String("ports")).toObject();
    for (auto it = ports.begin(); it != ports.end(); ++it)
        m_ports.insert(it.key(), quint16(it.value().toInt()));
    for (const QJsonValue &user : root.value(QLatin1String("users")).toArray()) {
        const QJsonObject object = user.toObject();
        m_passwords.insert(object.value(QLatin1String("email")).toString(),
                           object.value(QLatin1String("password")).toString());
    }
    if (m_host.isEmpty() || m_ports.isEmpty() || m_passwords.isEmpty())
        m_error = QStringLiteral("%1 is incomplete.").arg(file.fileName());
}

Endpoint TestBed::endpoint(const QString &portName) const
{
    const bool implicitTls = portName.endsWith(QLatin1Char('s'));
    return {m_host, port(portName), implicitTls ? Security::Tls : Security::StartTls, false};
}

bool TestBed::deliver(const QString &to, const QByteArray &subject) const
{
    const QString from = QStringLiteral("alice@example.test");
    QTemporaryFile message;
    if (!message.open())
        return false;
    message.write("From: Alice <alice@example.test>\r\nTo: " + to.toUtf8() +
                  "\r\nSubject: " + subject + "\r\nMessage-ID: <" +
                  QByteArray::number(QRandomGenerator::global()->generate64()) +
                  "@example.test>\r\n\r\nHello from the test bed.\r\n");
    message.close();
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--silent"), QStringLiteral("--show-error"),
                QStringLiteral("--ssl-reqd"), QStringLiteral("--cacert"), m_caFile,
                QStringLiteral("smtp://%1:%2").arg(m_host).arg(port(QStringLiteral("submission"))),
                QStringLiteral("--mail-from"), from, QStringLiteral("--mail-rcpt"), to,
                QStringLiteral("--user"), from + QLatin1Char(':') + password(from),
                QStringLiteral("--upload-file"), message.fileName()});
    return curl.waitForFinished(30000) && curl.exitCode() == 0;
}

ImapSession *TestBed::openImapSession(const QString &user) const
{
    auto session = std::make_unique<ImapSession>();
    session->setEndpoint(endpoint(QStringLiteral("imaps")));
    session->setCredentials(user, password(user));
    session->setTlsPolicy(tlsPolicy());
    SessionProbe probe(session.get());
    session->open();
    return probe.waitUntilOpen() ? session.release() : nullptr;
}

bool TestBed::waitForMessage(const QString &to, const QByteArray &subject) const
{
    // Dovecot may store the message with LF line ends.
    const QByteArray header = "\nSubject: " + subject;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        QDirIterator it(m_directory + QStringLiteral("/mail/") + to + QStringLiteral("/Maildir"),
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            const QByteArray content =
                file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            if (content.contains(QByteArray(header + '\n')) ||
                content.contains(QByteArray(header + "\r\n")))
                return true;
        }
        QThread::msleep(20);
    }
    return false;
}

TlsPolicy TestBed::tlsPolicy() const
{
    TlsPolicy policy;
    QString error;
    policy.addCaFile(m_caFile, &error);
    return policy;
}

} // namespace Satchel::Test
