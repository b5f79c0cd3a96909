#include "setupcheck.h"

namespace Satchel {

QList<ServiceCheckResult> checkResultsOf(const QList<ServiceVerification> &verified)
{
    QList<ServiceCheckResult> results;
    for (const ServiceVerification &result : verified)
        results << ServiceCheckResult{result.used, result.error, result.acceptedCertificate,
                                      result.elapsedMs};
    return results;
}

} // namespace Satchel
