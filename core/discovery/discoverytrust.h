#pragma once

#include "discoveryjob.h"

#include <QString>
#include <QStringList>

namespace Satchel::DiscoveryTrust {

// Whether a source can name a host outside the address's domain without the user's approval:
// the shipped database and an autoconfig file from the domain over verified https can; plain
// DNS (SRV, MX) and guessing cannot.
bool isProtected(DiscoverySource source);
// host is domain itself or a name below it ("imap.example.com" in "example.com").
bool hostInDomain(const QString &host, const QString &domain);
// What the user approves for a host: its parent domain ("imap.fastmail.com" → "fastmail.com"),
// or the host itself when it has only two labels.
QString approvalDomainFor(const QString &host);
// Whether host lies in one of the domains the user approved.
bool isApproved(const QString &host, const QStringList &approvedDomains);
// Whether a credential may go to host for an address in emailDomain, found through source.
bool needsApproval(const QString &host, const QString &emailDomain, DiscoverySource source);
// Sets service->needsApproval and approvalDomain by the rule above.
void apply(DiscoveredService *service, const QString &emailDomain);

} // namespace Satchel::DiscoveryTrust
