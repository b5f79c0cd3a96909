#pragma once

#include "mimewarning.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Satchel {

struct MimeMailbox
{
    QString name;    // display name, decoded; may be empty
    QString address; // addr-spec, "local@domain"; empty when the header had only a name

    // "Name <local@domain>", the name quoted when it needs to be; just the address without name.
    QString toString() const;
    // A display name as a phrase: in quotes, with backslashes before '"' and '\\', when it
    // holds a special character of RFC 5322 ("Doe, Jane"); else as it is.
    static QString quotedName(const QString &name);

    bool operator==(const MimeMailbox &) const = default;
};

// One entry of an address list (RFC 5322 3.4): a mailbox, or a named group of mailboxes
// ("undisclosed-recipients:;").
struct MimeAddress
{
    bool isGroup = false;
    MimeMailbox mailbox;        // when not a group
    QString groupName;          // when a group
    QList<MimeMailbox> members; // when a group

    QString toString() const;

    bool operator==(const MimeAddress &) const = default;

    // Parses From, To, Cc…: display names with encoded words and quoted strings, comments,
    // groups, obsolete routes and whitespace; what cannot be understood gives a warning and is
    // kept as well as possible.
    static QList<MimeAddress> parseList(QByteArrayView raw, QList<MimeWarning> *warnings);
    // All mailboxes, group members included, in order.
    static QList<MimeMailbox> mailboxes(const QList<MimeAddress> &addresses);
    // "A <a@x>, B <b@x>", as a header shows it.
    static QString formatList(const QList<MimeAddress> &addresses);
};

} // namespace Satchel
