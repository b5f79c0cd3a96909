#include "sharedtransaction.h"

#include "mailcache.h"

namespace Satchel {

SharedTransaction::SharedTransaction(MailCache *cache)
    : m_cache(cache)
{}

void SharedTransaction::join()
{
    ++m_writers;
    // Should BEGIN fail, the writes commit one by one: slower, still whole messages.
    if (!m_open && !m_error.isError())
        m_open = m_cache->begin();
}

bool SharedTransaction::commit()
{
    if (m_error.isError())
        return false;
    if (m_open && !m_cache->commit()) {
        m_open = false;
        m_error = m_cache->takeError();
        return false;
    }
    m_open = m_writers > 0 && m_cache->begin();
    return true;
}

bool SharedTransaction::checkpoint()
{
    return commit();
}

bool SharedTransaction::leave()
{
    --m_writers;
    return commit();
}

void SharedTransaction::abandon()
{
    if (--m_writers > 0 || !m_open)
        return;
    m_cache->rollback();
    m_open = false;
}

} // namespace Satchel
