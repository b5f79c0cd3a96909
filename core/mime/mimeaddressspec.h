#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Satchel::MimeAddressSpec {

// An email address ("local@domain", RFC 5322 3.4.1) checked strictly before it is written into
// a message or an SMTP envelope: a dot-atom or quoted local part, a domain of host-name labels
// or an address literal ("[192.0.2.1]"); no whitespace outside quotes, no control character
// anywhere, at most 254 octets.
struct AddressSpec
{
    // As it is to be written: the domain in ASCII and lower case (IDNA A-labels for an
    // internationalized domain), the local part as given.
    QByteArray address;
    QByteArray domain;
    // The local part has non-ASCII characters (RFC 6531): the message can only go through a
    // server that offers SMTPUTF8; nothing can turn it into ASCII.
    bool utf8LocalPart = false;
};

// The address ready to write, or nullopt when it is not a valid address. Surrounding
// whitespace is ignored.
std::optional<AddressSpec> normalize(const QString &address);

} // namespace Satchel::MimeAddressSpec
