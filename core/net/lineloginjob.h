#pragma once

#include "connection.h"
#include "linedialogue.h"
#include "loginjob.h"

namespace Satchel {

// A login over one line-protocol Connection (POP3, SMTP): hands each received unit to the
// protocol's dialogue in the subclass.
class LineLoginJob : public LoginJob, protected LineDialogue
{
    Q_OBJECT

public:
    explicit LineLoginJob(Connection::LogCategory category, QObject *parent = nullptr);

    QList<QByteArray> capabilities() const override { return m_capabilities; }
    QByteArray acceptedCertificate() const override;

protected:
    void doStart() override;
    void onConnectionFailed(const Error &error) override;

    Connection *connection() const { return m_connection; }
    void setCapabilities(const QList<QByteArray> &capabilities) { m_capabilities = capabilities; }
    bool hasCapability(const QByteArray &name) const;

    void succeed();
    void fail(const Error &error);
    Error authenticationError(const QString &serverText) const;
    Error protocolError(const QString &serverText) const;
    QByteArray saslPlainResponse() const;
    static QByteArray redacted(const QByteArray &visiblePrefix);

private:
    Connection *m_connection;
    QList<QByteArray> m_capabilities;
};

} // namespace Satchel
