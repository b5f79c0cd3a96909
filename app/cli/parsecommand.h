#pragma once

#include <QString>

namespace Satchel::ParseCommand {

// `satchel-cli parse FILE.eml [--json]`: parses a local message file ("-" for standard input)
// and prints it; the parser's warnings go to stderr (and into the JSON). Returns the exit
// status: 0, or 2 with one sentence on stderr when the file cannot be read.
int run(const QString &path, bool json);

} // namespace Satchel::ParseCommand
