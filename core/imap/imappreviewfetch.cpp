#include "imappreviewfetch.h"

#include "imapfetchjob.h"
#include "imapselectjob.h"
#include "imapsequenceset.h"
#include "imapsession.h"
#include "mime/mimemessage.h"
#include "mime/mimepreview.h"
#include "store/mailcache.h"

namespace Satchel {

namespace {

// Enough for about 200 characters after quoted lines, base64 and markup are taken away; HTML
// gets more because a style sheet often comes before the first word.
constexpr quint32 textBytes = 2048;
constexpr quint32 htmlBytes = 8192;

quint32 bytesFor(const ImapCacheConversion::PreviewPart &part)
{
    return part.html ? htmlBytes : textBytes;
}

bool isConnectionLost(const Error &error)
{
    return error.category() == Error::Category::Network || error.category() == Error::Category::Tls;
}

} // namespace

ImapPreviewFetch::ImapPreviewFetch(ImapSession *session, MailCache *cache,
                                   const CachedFolder &folder, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_cache(cache)
    , m_folder(folder)
{}

void ImapPreviewFetch::doStart()
{
    MessageQuery query;
    query.folderId = m_folder.id;
    query.limit = m_batchSize;
    query.withoutPreview = true;
    const QList<CachedMessage> messages = m_cache->messages(query);
    m_candidates = int(messages.size());
    m_inTransaction = m_cache->begin();
    for (const CachedMessage &message : messages)
        plan(message);
    fetchParts();
}

void ImapPreviewFetch::plan(const CachedMessage &message)
{
    if (message.hasBody) {
        if (const std::optional<QByteArray> body = m_cache->body(m_folder.id, message.uid)) {
            store(message.uid, MimePreview::fromMessage(MimeMessage::parse(*body)));
            return;
        }
    }
    const auto part = ImapCacheConversion::previewPart(message.structure);
    if (!part) {
        store(message.uid, {});
        return;
    }
    m_parts.insert(message.uid, *part);
    m_byItem["BODY.PEEK[" + part->section + "]<0." + QByteArray::number(bytesFor(*part)) + '>']
        .append(message.uid);
}

void ImapPreviewFetch::fetchParts()
{
    if (m_parts.isEmpty()) {
        complete();
        return;
    }
    if (!m_session) {
        complete(Error(Error::Category::Network, tr("The connection to the server was closed.")));
        return;
    }
    auto *select = new ImapSelectJob(m_session);
    select->setMailbox(m_folder.rawName);
    select->setReadOnly(true);
    connect(select, &Job::finished, this, [this, select] {
        if (select->error().isError())
            complete(select->error());
        else
            onSelected(select->mailboxState().uidValidity);
    });
    select->start();
}

void ImapPreviewFetch::onSelected(quint32 uidValidity)
{
    // UIDs of another UIDVALIDITY name other messages; the next sync starts the folder over.
    if (!m_session || uidValidity != m_folder.uidValidity) {
        complete();
        return;
    }
    for (auto it = m_byItem.cbegin(); it != m_byItem.cend(); ++it) {
        auto *fetch = new ImapFetchJob(m_session);
        fetch->setKeepResults(false);
        fetch->setUids(ImapSequenceSet::fromNumbers(it.value()).toByteArray());
        fetch->setItems("(UID " + it.key() + ')');
        connect(fetch, &ImapFetchJob::fetched, this, &ImapPreviewFetch::onChunk);
        connect(fetch, &Job::finished, this, [this, fetch] { onFetchFinished(fetch->error()); });
        ++m_fetching;
        fetch->start();
    }
}

void ImapPreviewFetch::onChunk(const ImapFetchData &data)
{
    const auto part = data.uid ? m_parts.constFind(*data.uid) : m_parts.constEnd();
    if (isFinished() || part == m_parts.constEnd())
        return;
    for (const ImapFetchSection &section : data.sections) {
        if (section.kind != ImapFetchSection::Kind::Body || section.section != part->section)
            continue;
        const bool truncated = quint32(section.data.size()) >= bytesFor(*part);
        store(*data.uid, MimePreview::fromChunk(section.data, part->encoding, part->charset,
                                                part->html, truncated));
        m_parts.erase(part);
        return;
    }
}

void ImapPreviewFetch::onFetchFinished(const Error &error)
{
    if (error.isError() && !m_fetchError.isError())
        m_fetchError = error;
    if (--m_fetching > 0 || isFinished())
        return;
    if (isConnectionLost(m_fetchError)) {
        complete(m_fetchError);
        return;
    }
    // Gone from the server, or a part it would not give: asking again would not help.
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it)
        store(it.key(), {});
    m_parts.clear();
    complete();
}

void ImapPreviewFetch::store(quint32 uid, const QString &preview)
{
    m_cache->setPreview(m_folder.id, uid, preview);
    ++m_made;
}

void ImapPreviewFetch::complete(const Error &error)
{
    Error result = error;
    if (m_inTransaction && !m_cache->commit() && !result.isError())
        result = m_cache->takeError();
    m_inTransaction = false;
    if (const Error cacheError = m_cache->takeError(); cacheError.isError() && !result.isError())
        result = cacheError;
    finish(result);
}

} // namespace Satchel
