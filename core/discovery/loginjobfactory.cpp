#include "loginjobfactory.h"

#include "dav/davloginjob.h"
#include "imap/imaploginjob.h"
#include "pop3/pop3loginjob.h"
#include "smtp/smtploginjob.h"

namespace Satchel {

LoginJob *createLoginJob(const ServiceConfig &service, QObject *parent)
{
    LoginJob *job = nullptr;
    switch (service.type) {
    case ServiceType::Imap:
        job = new ImapLoginJob(parent);
        break;
    case ServiceType::Pop3:
        job = new Pop3LoginJob(parent);
        break;
    case ServiceType::Smtp:
        job = new SmtpLoginJob(parent);
        break;
    case ServiceType::CardDav:
    case ServiceType::CalDav: {
        auto *dav = new DavLoginJob(parent);
        dav->setUrl(QUrl(service.url));
        job = dav;
        break;
    }
    case ServiceType::Ldap:
        return nullptr;
    }
    job->setEndpoint(service.endpoint());
    return job;
}

} // namespace Satchel
