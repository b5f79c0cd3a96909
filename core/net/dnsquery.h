#pragma once

#include "common/job.h"

#include <QDnsLookup>
#include <QList>
#include <QTimer>

namespace Satchel {

// One DNS question (MX, SRV, TXT, A, AAAA) to the configured nameserver (NetworkSettings) or the
// system's, with a time limit: a resolver that never answers would otherwise hold it for ten
// seconds or more. A name without such records is an answer, not an error (noRecords()).
//
// Qt 6.4 reports a name that exists without records of the type (NODATA) exactly as it reports a
// server that could not be reached: "Invalid reply received". Such an answer ends without an
// error and without records, marked inconclusive(); a caller that sees only inconclusive answers
// cannot know whether DNS works at all.
class DnsQuery : public Job
{
    Q_OBJECT

public:
    DnsQuery(QDnsLookup::Type type, const QString &name, QObject *parent = nullptr);

    void setTimeout(int ms) { m_timer.setInterval(ms); }

    QDnsLookup::Type type() const { return m_type; }
    const QString &name() const { return m_name; }
    bool noRecords() const;
    bool inconclusive() const { return m_inconclusive; }
    // Why the lookup failed, in the resolver's words ("Server failure", "no answer within 5 s").
    const QString &failure() const { return m_failure; }
    QList<QDnsMailExchangeRecord> mailExchangeRecords() const { return m_mx; }
    QList<QDnsServiceRecord> serviceRecords() const { return m_srv; }
    QList<QDnsTextRecord> textRecords() const { return m_txt; }
    QList<QDnsHostAddressRecord> hostAddressRecords() const { return m_addresses; }
    // For the setup report: "MX example.com: 10 mx.example.com." and the like.
    QStringList describe() const;

    static QString typeName(QDnsLookup::Type type);

protected:
    void doStart() override;

private:
    void onFinished();
    void onTimeout();

    QDnsLookup::Type m_type;
    QString m_name;
    QDnsLookup *m_lookup = nullptr;
    QTimer m_timer;
    QList<QDnsMailExchangeRecord> m_mx;
    QList<QDnsServiceRecord> m_srv;
    QList<QDnsTextRecord> m_txt;
    QList<QDnsHostAddressRecord> m_addresses;
    QString m_failure;
    bool m_inconclusive = false;
};

} // namespace Satchel
