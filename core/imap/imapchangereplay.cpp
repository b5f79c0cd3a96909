#include "imapchangereplay.h"

#include "common/logging.h"
#include "imapchangejob.h"
#include "imapsession.h"
#include "store/mailcache.h"

namespace Satchel {

ImapChangeReplay::ImapChangeReplay(ImapSession *session, MailCache *cache, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_cache(cache)
    , m_queue(cache)
{}

void ImapChangeReplay::doStart()
{
    m_pending = m_queue.pending();
    next();
}

void ImapChangeReplay::next()
{
    if (m_pending.isEmpty()) {
        finish(m_cache->takeError());
        return;
    }
    const PendingChange change = m_pending.takeFirst();
    auto *job = new ImapChangeJob(m_session, change, this);
    connect(job, &Job::finished, this, [this, job] {
        const Error &error = job->error();
        const bool permanent = error.category() == Error::Category::Server ||
                               error.category() == Error::Category::Input;
        if (error.isError() && !permanent) {
            finish(error);
            return;
        }
        if (error.isError()) {
            qCWarning(lcImap) << "server refused a queued change:" << error.message();
            m_refused.append({job->change(), error});
        } else {
            ++m_replayed;
        }
        m_queue.remove(job->change().id);
        next();
    });
    job->start();
}

} // namespace Satchel
