#include "checkjob.h"

#include "accountworker.h"

namespace Satchel {

Error CheckJob::firstServiceError() const
{
    for (const ServiceCheckResult &result : m_results) {
        if (!result.ok())
            return result.error;
    }
    return {};
}

void CheckJob::run(const QString &password)
{
    if (workerGone())
        return;
    const quint64 requestId = newRequestId();
    connect(worker(), &AccountWorker::servicesChecked, this,
            [this, requestId](quint64 id, const QList<ServiceCheckResult> &results) {
                if (id != requestId)
                    return;
                m_results = results;
                finish();
            });
    QList<ServiceConfig> services;
    for (const ServiceConfig &service : account().services)
        services << withUsername(service);
    AccountWorker *target = worker();
    const TlsPolicy policy = tlsPolicy();
    QMetaObject::invokeMethod(target, [target, requestId, services, password, policy] {
        target->checkServices(requestId, services, password, policy);
    });
}

} // namespace Satchel
