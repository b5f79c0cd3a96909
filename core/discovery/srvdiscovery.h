#pragma once

#include "discoverymethod.h"

namespace Satchel {

class DnsQuery;

// RFC 6186 SRV records for mail (_imaps, _imap, _pop3s, _pop3, _submissions, _submission) and
// RFC 6764 for CalDAV and CardDAV (_caldavs, _carddavs, with the context path from a TXT record
// where there is one, else /.well-known/…), all asked at once. A target of "." says the service
// is not offered. Plain DNS: a target outside the domain needs the user's approval.
class SrvDiscovery : public DiscoveryMethod
{
    Q_OBJECT

public:
    explicit SrvDiscovery(const QString &email, QObject *parent = nullptr);

protected:
    void run() override;

private:
    struct Answer
    {
        QList<QDnsServiceRecord> records;
        QList<QByteArray> txt;
        Error error;
        int pending = 0;
    };

    void onAnswers();
    std::optional<DiscoveredService> serviceFor(qsizetype index, const Answer &answer,
                                                QStringList *notOffered) const;

    QList<Answer> m_answers;
    int m_pending = 0;
};

} // namespace Satchel
