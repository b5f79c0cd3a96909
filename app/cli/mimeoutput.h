#pragma once

#include <QJsonObject>
#include <QString>

namespace Satchel {

class MimeMessage;
struct MimePart;

// A parsed message as `parse` and `read` print it (shared/cli.md).
namespace MimeOutput {

// {"headers": {"subject", "from", "to", "cc", "date", "messageId", …}, "text", "html"?,
//  "parts": [{"contentType", "filename"?, "size", "parts"?: […]}], "warnings"?: […]}
QJsonObject json(const MimeMessage &message);
QJsonObject partJson(const MimePart &part);

// The decoded main headers, the attachments, an empty line, then the text.
QString text(const MimeMessage &message);

} // namespace MimeOutput

} // namespace Satchel
