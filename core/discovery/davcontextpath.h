#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Satchel {

// The context path of an RFC 6764 TXT record ("path=/dav/"): a plain absolute path, or empty
// when the values give none (or one that could lead elsewhere: "//host", a scheme). Pure: it
// reads what a DNS server sent.
QString davContextPath(const QList<QByteArray> &txtValues);

} // namespace Satchel
