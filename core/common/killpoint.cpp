#include "killpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>
#include <cstdlib>

namespace Satchel::KillPoint {

namespace {

const QByteArray &armedStep()
{
    static const QByteArray step = qgetenv("SATCHEL_TEST_KILL_AT");
    return step;
}

} // namespace

bool isArmed(const char *step)
{
    return !armedStep().isEmpty() && armedStep() == step;
}

void reached(const char *step)
{
    if (!isArmed(step))
        return;
#ifdef SIGKILL
    std::raise(SIGKILL);
#else
    std::abort();
#endif
}

} // namespace Satchel::KillPoint
