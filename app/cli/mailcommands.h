#pragma once

#include "common/error.h"
#include "service/mailengine.h"

#include <QObject>

#include <optional>

namespace Satchel {

class Accounts;
struct Account;

// The mail commands of satchel-cli (shared/cli.md): sync, list, read, flag, move, delete, mkdir.
// Each runs one job of the core's Accounts API, prints its result and emits finished once.
class MailCommands : public QObject
{
    Q_OBJECT

public:
    MailCommands(Accounts *accounts, bool json, QObject *parent = nullptr);

    void sync(const Account &account, const std::optional<QString> &password, const QString &folder,
              bool bodies);
    void setWaitForPreviews(bool wait) { m_waitForPreviews = wait; }
    void list(const Account &account, const QString &folder, const MessageQuery &query);
    void read(const Account &account, const std::optional<QString> &password, const QString &folder,
              quint32 uid, bool raw);
    void change(const Account &account, const std::optional<QString> &password,
                const MailChangeRequest &request);

signals:
    void finished(const Satchel::Error &error);

private:
    void printSync(const SyncReport &report);
    void printList(const QList<CachedMessage> &messages);
    void printRefusals(const QList<ImapChangeReplay::Refusal> &refused);

    Accounts *m_accounts;
    bool m_json;
    bool m_waitForPreviews = false;
};

} // namespace Satchel
