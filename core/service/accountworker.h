#pragma once

#include "folderinfo.h"
#include "net/tlspolicy.h"
#include "servicecheckresult.h"

#include <QObject>

namespace Satchel {

class LoginJob;
class MailEngine;

// Owns an account's network work. Lives on the account's own thread (WorkerThread); other
// threads reach it only through queued calls and its signals. Each service gets its own
// connection, so the services of one account are checked in parallel.
class AccountWorker : public QObject
{
    Q_OBJECT

public:
    explicit AccountWorker(const QString &cachePath, QObject *parent = nullptr);

    // The account's mail: cache, connection and request queue. Lives on this worker's thread;
    // connect to its signals from anywhere, call it only through QMetaObject::invokeMethod.
    MailEngine *mailEngine() const { return m_mailEngine; }

    // Call through QMetaObject::invokeMethod from other threads.
    void checkServices(quint64 requestId, const QList<ServiceConfig> &services,
                       const QString &password, const TlsPolicy &policy);

    // Opens an IMAP session, lists the folders with their counts, logs out.
    void listFolders(quint64 requestId, const ServiceConfig &imap, const QString &password,
                     const TlsPolicy &policy);

    static LoginJob *createLoginJob(ServiceType type, QObject *parent);

signals:
    void servicesChecked(quint64 requestId, const QList<Satchel::ServiceCheckResult> &results);
    void foldersListed(quint64 requestId, const QList<Satchel::FolderInfo> &folders,
                       const Satchel::Error &error);

private:
    MailEngine *m_mailEngine;
};

} // namespace Satchel
