#pragma once

#include "discoverymethod.h"

namespace Satchel {

class DnsQuery;

// The domain's MX records, then the provider database by the mail exchanger's host name: a
// custom domain hosted at a known provider. Plain DNS, so the provider's hosts outside the
// domain need the user's approval.
class MxDiscovery : public DiscoveryMethod
{
    Q_OBJECT

public:
    explicit MxDiscovery(const QString &email, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void onAnswer(DnsQuery *query);
};

} // namespace Satchel
