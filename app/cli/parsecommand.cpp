#include "parsecommand.h"

#include "clioutput.h"
#include "messagefile.h"
#include "mime/mimemessage.h"
#include "mimeoutput.h"

namespace Satchel::ParseCommand {

int run(const QString &path, bool json)
{
    QByteArray bytes;
    QString error;
    if (!MessageFile::read(path, &bytes, &error)) {
        CliOutput::printError(error);
        return CliOutput::exitCode(Error(Error::Category::Input, error));
    }
    const MimeMessage message = MimeMessage::parse(bytes);
    for (const MimeWarning &warning : message.warnings())
        CliOutput::printWarning(warning.message());
    if (json)
        CliOutput::printJson(QJsonDocument(MimeOutput::json(message)));
    else
        CliOutput::printLine(MimeOutput::text(message));
    return 0;
}

} // namespace Satchel::ParseCommand
