#include "loginjob.h"

namespace Satchel {

LoginJob::LoginJob(QObject *parent)
    : Job(parent)
{}

void LoginJob::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void LoginJob::setTimeouts(int connectMs, int readMs)
{
    m_connectTimeout = connectMs;
    m_readTimeout = readMs;
}

} // namespace Satchel
