#pragma once

#include "common/job.h"
#include "net/tlspolicy.h"
#include "providerconfig.h"
#include "setupreport.h"

#include <QElapsedTimer>

namespace Satchel {

// Checks that a found service is really there without sending any credential: its login job in
// probe mode reads the greeting and capabilities under verified TLS (after STARTTLS where the
// service uses it); a DAV service must answer an HTTPS request. Finishes with the probe's error;
// record() holds the transcript for the setup report.
class ServiceProbeJob : public Job
{
    Q_OBJECT

public:
    ServiceProbeJob(const ProviderService &service, QObject *parent = nullptr);

    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setTimeouts(int connectMs, int readMs);
    void setMethod(const QString &method) { m_record.method = method; }

    const ProviderService &service() const { return m_service; }
    const QList<QByteArray> &capabilities() const { return m_record.capabilities; }
    const ProbeRecord &record() const { return m_record; }

    // IMAP, POP3, SMTP, CalDAV and CardDAV can be probed; LDAP, WebDAV and FTP not yet.
    static bool canProbe(ProviderServiceType type);
    // "IMAP imap.example.com:993 (tls)" or "CalDAV https://dav.example.com/".
    static QString describe(const ProviderService &service);
    // Equal for two findings that would be probed the same way.
    static QString key(const ProviderService &service);

protected:
    void doStart() override;

private:
    ProviderService m_service;
    TlsPolicy m_policy;
    int m_connectMs = 5000;
    int m_readMs = 5000;
    ProbeRecord m_record;
    QElapsedTimer m_clock;
};

} // namespace Satchel
