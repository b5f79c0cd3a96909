#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Satchel {

// A folder as the cache knows it: its name on the server and where the last sync left it.
struct CachedFolder
{
    qint64 id = 0;
    QByteArray rawName; // as the server names it (modified UTF-7 or UTF-8)
    QString name;       // for people
    QString delimiter;  // the server's hierarchy separator; empty for a flat namespace
    QString role;       // inbox, sent, drafts, trash, junk, archive or empty
    bool selectable = true;
    bool subscribed = false;
    // Sync state; uidValidity 0 means never synced.
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint64 highestModSeq = 0;
    quint32 serverExists = 0;
    // Counts of what the cache holds.
    quint32 total = 0;
    quint32 unread = 0;
};

// What the message list needs of one message, and where its body is.
struct CachedMessage
{
    quint32 uid = 0;
    quint64 modSeq = 0;
    QList<QByteArray> flags;
    QDateTime internalDate;
    quint64 size = 0;
    QDateTime date; // the Date header, with its offset; invalid when missing or unreadable
    QString subject;
    QString from; // "Name <address>", as a header shows it
    QString to;
    QString cc;
    QByteArray messageId;
    QByteArray inReplyTo;
    QByteArray structure; // the MIME structure as compact JSON
    bool hasBody = false;
    // A line or two of the text, for the list; null while not made yet, empty for a message
    // without text.
    QString preview;

    bool isSeen() const { return flags.contains(QByteArrayLiteral("\\Seen")); }
};

// A flag change the server reported.
struct CachedFlags
{
    quint32 uid = 0;
    QList<QByteArray> flags;
    quint64 modSeq = 0;
};

struct MessageQuery
{
    qint64 folderId = 0;
    int limit = 0; // 0: all
    bool unreadOnly = false;
    bool withoutPreview = false; // only messages whose preview is not made yet
    QString search;              // in subject, from, to and cc; empty: everything
};

} // namespace Satchel
