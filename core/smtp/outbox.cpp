#include "outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Satchel {

namespace {

constexpr char messageSuffix[] = ".eml";
constexpr char recordSuffix[] = ".json";

Error storageError(const QString &message)
{
    return Error(Error::Category::Internal, message);
}

QString newId()
{
    // Time first, so that names sort in the order messages were queued.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")) +
           QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

// A file without its record: what an add() left when it was interrupted, or one in progress in
// another process right now. Only the first kind is old.
void removeIfAbandoned(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    if (modified.isValid() && modified.secsTo(QDateTime::currentDateTime()) > 3600) {
        QString problem;
        DurableFile::remove(path, DurableFile::Sync::Cache, &problem);
    }
}

} // namespace

Outbox::Outbox(const QString &directory)
    : m_directory(directory)
{}

QString Outbox::directoryFor(const QString &profileDirectory, const QString &accountId)
{
    return QDir(profileDirectory).filePath(QStringLiteral("outbox/") + accountId);
}

QString Outbox::lockPath() const
{
    return QDir(m_directory).filePath(QStringLiteral(".lock"));
}

QString Outbox::filePath(const QString &id, const char *suffix) const
{
    return QDir(m_directory).filePath(id + QLatin1String(suffix));
}

Error Outbox::ensureDirectory() const
{
    if (QDir(m_directory).exists() || QDir().mkpath(m_directory))
        return {};
    return storageError(
        QCoreApplication::translate("Satchel::Outbox", "Could not create the outbox folder %1.")
            .arg(QDir::toNativeSeparators(m_directory)));
}

Error Outbox::add(const SubmissionMessage &message, OutboxEntry *entry)
{
    if (Error error = ensureDirectory(); error.isError())
        return error;
    entry->id = newId();
    entry->state = OutboxEntry::State::Queued;
    entry->envelope = message.envelope;
    entry->messageId = message.messageId;
    entry->subject = message.subject;
    entry->size = message.bytes.size();
    entry->queuedAt = QDateTime::currentDateTimeUtc();
    QString problem;
    // The message before its record, each with its folder entry on the disk: a record
    // never exists without its message.
    if (!DurableFile::write(filePath(entry->id, messageSuffix), message.bytes,
                            DurableFile::Sync::Disk, &problem))
        return storageError(problem);
    return update(*entry, DurableFile::Sync::Disk);
}

QList<OutboxEntry> Outbox::entries(Error *error) const
{
    QList<OutboxEntry> list;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList(
        {QStringLiteral("*.json"), QStringLiteral("*.eml"), QStringLiteral("*.tmp-*")}, QDir::Files,
        QDir::Name);
    for (const QString &name : names) {
        const QString id = name.section(QLatin1Char('.'), 0, 0);
        if (name.contains(QLatin1String(".tmp-")) ||
            (name.endsWith(QLatin1String(messageSuffix)) &&
             !names.contains(id + QLatin1String(recordSuffix)))) {
            removeIfAbandoned(dir.filePath(name));
            continue;
        }
        if (!name.endsWith(QLatin1String(recordSuffix)))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = storageError(file.errorString());
            continue;
        }
        std::optional<OutboxEntry> entry =
            OutboxEntry::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!entry || entry->id != id) {
            *error = storageError(QCoreApplication::translate("Satchel::Outbox",
                                                              "The outbox record %1 is damaged; "
                                                              "move it away to go on.")
                                      .arg(QDir::toNativeSeparators(file.fileName())));
            continue;
        }
        list.append(*entry);
    }
    return list;
}

std::optional<QByteArray> Outbox::message(const OutboxEntry &entry, Error *error) const
{
    QFile file(filePath(entry.id, messageSuffix));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = storageError(
            QCoreApplication::translate("Satchel::Outbox", "Could not read the queued message "
                                                           "%1: %2.")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

Error Outbox::update(const OutboxEntry &entry, DurableFile::Sync sync)
{
    QString problem;
    const QByteArray json = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented);
    if (!DurableFile::write(filePath(entry.id, recordSuffix), json, sync, &problem))
        return storageError(problem);
    return {};
}

Error Outbox::remove(const OutboxEntry &entry)
{
    QString problem;
    if (!DurableFile::remove(filePath(entry.id, messageSuffix), DurableFile::Sync::Cache,
                             &problem) ||
        !DurableFile::remove(filePath(entry.id, recordSuffix), DurableFile::Sync::Cache, &problem))
        return storageError(problem);
    return {};
}

} // namespace Satchel
