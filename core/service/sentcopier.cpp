#include "sentcopier.h"

#include "common/killpoint.h"
#include "imap/imapappendjob.h"
#include "imap/imaplistjob.h"
#include "imap/imapsearchjob.h"
#include "imap/imapselectjob.h"
#include "imap/imapsession.h"

namespace Satchel {

namespace {

// Folder names servers without SPECIAL-USE give the Sent folder.
bool looksLikeSent(const ImapListData &mailbox)
{
    static const QStringList names = {QStringLiteral("Sent"), QStringLiteral("Sent Items"),
                                      QStringLiteral("Sent Messages"), QStringLiteral("Sent Mail")};
    const QString last =
        mailbox.delimiter.isEmpty() ? mailbox.name : mailbox.name.section(mailbox.delimiter, -1);
    return mailbox.isSelectable() && names.contains(last, Qt::CaseInsensitive);
}

} // namespace

SentCopier::SentCopier(const ServiceConfig &imap, const QString &password, const TlsPolicy &policy,
                       QObject *parent)
    : QObject(parent)
    , m_session(new ImapSession(this))
{
    m_session->setEndpoint(imap.endpoint());
    m_session->setCredentials(imap.username, password);
    m_session->setTlsPolicy(policy);
    connect(m_session, &ImapSession::opened, this, &SentCopier::onOpened);
    connect(m_session, &ImapSession::closed, this, &SentCopier::onSessionClosed);
    m_session->open();
}

void SentCopier::copy(const QString &key, const QString &messageId, const QByteArray &message,
                      bool searchFirst)
{
    m_queue.append({key, messageId, message, searchFirst});
    pump();
}

void SentCopier::close()
{
    m_closeRequested = true;
    pump();
}

void SentCopier::onOpened()
{
    auto *list = new ImapListJob(m_session);
    connect(list, &Job::finished, this, [this, list] {
        if (list->error().isError())
            m_session->logout(); // closed() reports it
        else
            onListed(list->mailboxes());
    });
    list->start();
}

void SentCopier::onListed(const QList<ImapListData> &mailboxes)
{
    const auto bySpecialUse = std::find_if(mailboxes.cbegin(), mailboxes.cend(), [](const auto &m) {
        return m.specialUse == ImapListData::SpecialUse::Sent && m.isSelectable();
    });
    const auto found = bySpecialUse != mailboxes.cend()
                           ? bySpecialUse
                           : std::find_if(mailboxes.cbegin(), mailboxes.cend(), looksLikeSent);
    if (found == mailboxes.cend()) {
        m_failure = Error(Error::Category::Server,
                          tr("%1 has no Sent folder, so no copy of the message was filed. Create "
                             "a folder named Sent, or say that the server files sent mail itself "
                             "(--server-saves-sent).")
                              .arg(m_session->endpoint().hostAndPort()));
        m_session->logout();
        return;
    }
    m_folder = found->rawName;
    // Read-only: SEARCH needs a selected folder, and APPEND does not mind.
    auto *select = new ImapSelectJob(m_session);
    select->setMailbox(m_folder);
    select->setReadOnly(true);
    connect(select, &Job::finished, this, [this, select] {
        if (select->error().isError()) {
            m_failure = select->error();
            m_session->logout();
            return;
        }
        m_ready = true;
        pump();
    });
    select->start();
}

void SentCopier::onSessionClosed(const Error &error)
{
    m_closed = true;
    m_ready = false;
    if (!m_failure.isError() && (error.isError() || !m_closeRequested))
        m_failure = error.isError()
                        ? error
                        : Error(Error::Category::Network,
                                tr("The connection to %1 closed before the copy was filed.")
                                    .arg(m_session->endpoint().hostAndPort()));
    for (const Copy &copy : std::exchange(m_queue, {}))
        emit copied(copy.key, m_failure);
    emit closed(m_failure);
}

void SentCopier::pump()
{
    if (m_closed || !m_ready || m_busy)
        return;
    if (m_queue.isEmpty()) {
        if (m_closeRequested)
            m_session->logout();
        return;
    }
    m_busy = true;
    const Copy copy = m_queue.first();
    if (copy.searchFirst)
        search(copy);
    else
        append(copy);
}

void SentCopier::search(const Copy &copy)
{
    auto *search = new ImapSearchJob(m_session);
    search->setHeaderCriteria("Message-ID", '<' + copy.messageId.toUtf8() + '>');
    connect(search, &Job::finished, this, [this, search, copy] {
        if (search->error().isError())
            done(copy, search->error());
        else if (!search->uids().isEmpty())
            done(copy, {}); // filed before, by a run that could not record it
        else
            append(copy);
    });
    search->start();
}

void SentCopier::append(const Copy &copy)
{
    auto *append = new ImapAppendJob(m_session);
    append->setMailbox(m_folder);
    append->setFlags({"\\Seen"});
    append->setMessage(copy.message);
    connect(append, &Job::finished, this, [this, append, copy] {
        if (!append->error().isError())
            KillPoint::reached(KillPoint::afterAppend);
        done(copy, append->error());
    });
    append->start();
    if (KillPoint::isArmed(KillPoint::duringAppend)) {
        m_session->flush();
        KillPoint::reached(KillPoint::duringAppend);
    }
}

void SentCopier::done(const Copy &copy, const Error &error)
{
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    m_busy = false;
    emit copied(copy.key, error);
    pump();
}

} // namespace Satchel
