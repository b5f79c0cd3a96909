#pragma once

#include "discovery/serviceverification.h"
#include "servicecheckresult.h"

namespace Satchel {

// A setup's verification (VerifySetupJob) as a check's results: what Accounts needs to pin the
// certificates the user accepted, and what `check` prints.
QList<ServiceCheckResult> checkResultsOf(const QList<ServiceVerification> &verified);

} // namespace Satchel
