#include "exportcommand.h"

#include "clioutput.h"
#include "export/accountexport.h"

#include <QCoreApplication>

#include <cstdio>

namespace Satchel::ExportCommand {

int run(const Account &account, const QString &format)
{
    const std::optional<AccountExport::Format> parsed = AccountExport::parseFormat(format);
    if (!parsed) {
        CliOutput::printError(QCoreApplication::translate(
            "Satchel::ExportCommand", "Give --format autoconfig (Thunderbird), mobileconfig "
                                      "(iPhone, iPad, Mac) or sheet (a page to print)."));
        return 2;
    }
    QByteArray bytes = AccountExport::render(account, *parsed);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace Satchel::ExportCommand
