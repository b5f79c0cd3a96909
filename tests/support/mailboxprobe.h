#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Satchel {
class ImapSession;
}

namespace Satchel::Test {

// A message found in a test-bed mailbox: its flags and its exact bytes.
struct FoundMessage
{
    QList<QByteArray> flags;
    QByteArray bytes;

    // What follows the header section: the body as the server stores it.
    QByteArray body() const;
};

// Looks into a test-bed user's mailbox over IMAPS with the core's own jobs (session, EXAMINE,
// UID SEARCH, UID FETCH), for tests that check what arrived. Blocks the test, never the core.
class MailboxProbe
{
public:
    explicit MailboxProbe(const QString &email)
        : m_email(email)
    {}

    // A Message-ID (without angle brackets) no other test uses: "what.<random>@example.test".
    static QString uniqueMessageId(const char *what);
    // IMAP search keys for the message with this Message-ID (without angle brackets).
    static QByteArray byMessageId(const QString &messageId);

    // The messages that match the search keys. An error leaves *error set.
    QList<FoundMessage> find(const QByteArray &mailbox, const QByteArray &criteria,
                             QString *error) const;
    // Waits until at least `count` such messages are there (delivery takes ~0.1 s), then
    // returns what is there: a test can check that there are not more.
    QList<FoundMessage> waitFor(const QByteArray &mailbox, const QByteArray &criteria, int count,
                                int timeoutMs = 10000) const;

    // Files a message in the mailbox (APPEND); the error, or an empty string.
    QString append(const QByteArray &mailbox, const QByteArray &message) const;

private:
    // An open session of the user's, or null with *error set.
    std::unique_ptr<ImapSession> open(QString *error) const;

    QString m_email;
};

} // namespace Satchel::Test
