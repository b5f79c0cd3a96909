#include "imapinboxwatcher.h"

#include "common/logging.h"
#include "imapidlejob.h"
#include "imapnoopjob.h"
#include "imapselectjob.h"
#include "imapsession.h"

namespace Satchel {

namespace {

constexpr int maxRetryDelay = 5 * 60 * 1000;

bool isNews(const ImapParsedResponse &response)
{
    return std::holds_alternative<ImapExistsData>(response.data) ||
           std::holds_alternative<ImapExpungeData>(response.data) ||
           std::holds_alternative<ImapFetchData>(response.data) ||
           std::holds_alternative<ImapVanishedData>(response.data);
}

} // namespace

ImapInboxWatcher::ImapInboxWatcher(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(60000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_session && m_session->state() == ImapSession::State::Selected)
            (new ImapNoopJob(m_session))->start();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ImapInboxWatcher::open);
    // Several untagged responses usually come together (EXISTS, RECENT, FETCH): one signal.
    m_burst.setSingleShot(true);
    m_burst.setInterval(50);
    connect(&m_burst, &QTimer::timeout, this, &ImapInboxWatcher::changed);
}

ImapInboxWatcher::~ImapInboxWatcher()
{
    stop();
}

void ImapInboxWatcher::setServer(const Endpoint &endpoint, const QString &username,
                                 const QString &password, const TlsPolicy &policy)
{
    m_endpoint = endpoint;
    m_username = username;
    m_password = password;
    m_policy = policy;
}

void ImapInboxWatcher::start()
{
    m_running = true;
    if (!m_session)
        open();
}

void ImapInboxWatcher::stop()
{
    m_running = false;
    m_poll.stop();
    m_retry.stop();
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
}

bool ImapInboxWatcher::isIdling() const
{
    return m_idle && m_idle->isIdling();
}

void ImapInboxWatcher::open()
{
    if (!m_running)
        return;
    auto *session = new ImapSession(this);
    m_session = session;
    session->setEndpoint(m_endpoint);
    session->setCredentials(m_username, m_password);
    session->setTlsPolicy(m_policy);
    connect(session, &ImapSession::opened, this, &ImapInboxWatcher::onOpened);
    connect(session, &ImapSession::closed, this, &ImapInboxWatcher::onClosed);
    connect(session, &ImapSession::unsolicited, this, [this](const ImapParsedResponse &response) {
        if (isNews(response))
            news();
    });
    session->open();
}

void ImapInboxWatcher::onOpened()
{
    auto *examine = new ImapSelectJob(m_session);
    examine->setMailbox(m_mailbox);
    examine->setReadOnly(true);
    connect(examine, &Job::finished, this, [this, examine] {
        if (examine->error().isError()) {
            qCWarning(lcImap) << "cannot watch" << m_mailbox << ':' << examine->error().message();
            if (m_session)
                m_session->logout();
            return;
        }
        m_retryDelay = 5000;
        if (m_session->hasCapability("IDLE")) {
            idle();
        } else {
            m_poll.start();
            emit watching();
        }
    });
    examine->start();
}

void ImapInboxWatcher::idle()
{
    if (!m_session)
        return;
    auto *job = new ImapIdleJob(m_session);
    m_idle = job;
    connect(job, &ImapIdleJob::idling, this, &ImapInboxWatcher::watching);
    connect(job, &ImapIdleJob::changed, this, [this](const ImapParsedResponse &response) {
        if (isNews(response))
            news();
    });
    // A renewal (the 30-minute limit) ends the job without error: idle again at once.
    connect(job, &Job::finished, this, [this, job] {
        if (!job->error().isError() && m_running)
            idle();
    });
    job->start();
}

void ImapInboxWatcher::news()
{
    if (!m_burst.isActive())
        m_burst.start();
}

void ImapInboxWatcher::onClosed()
{
    m_poll.stop();
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    if (!m_running)
        return;
    qCInfo(lcImap) << "watch connection closed; reopening in" << m_retryDelay << "ms";
    m_retry.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, maxRetryDelay);
}

} // namespace Satchel
