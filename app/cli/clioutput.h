#pragma once

#include "common/error.h"

#include <QJsonDocument>
#include <QString>

namespace Satchel::CliOutput {

// Exit status of shared/cli.md: 0 ok, 1 the work failed, 2 bad usage or input, 3 network or
// TLS, 4 authentication.
int exitCode(const Error &error);

void printLine(const QString &line);
// Bytes exactly as given (read --raw).
void writeRaw(const QByteArray &bytes);
void printJson(const QJsonDocument &document);
// One sentence on stderr, prefixed with the program's name.
void printError(const QString &sentence);
void printWarning(const QString &sentence);
// A progress line on stderr, so that stdout stays the result alone.
void printProgress(const QString &line);

bool stdinIsTerminal();
// Asks on the terminal; true only for an answer starting with y or Y.
bool askYesNo(const QString &question);

// The app password: one line from standard input, or typed at a terminal without echo.
bool readPassword(bool fromStdin, const QString &prompt, QString *password, QString *error);

} // namespace Satchel::CliOutput
