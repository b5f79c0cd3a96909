#pragma once

#include <QByteArray>
#include <QString>

namespace Satchel::MessageFile {

// Reads a message file (.eml), or standard input for "-", up to 512 MB. On failure error is
// one sentence saying what to give instead.
bool read(const QString &path, QByteArray *bytes, QString *error);

} // namespace Satchel::MessageFile
