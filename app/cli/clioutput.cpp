#include "clioutput.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Satchel::CliOutput {

int exitCode(const Error &error)
{
    switch (error.category()) {
    case Error::Category::None:
        return 0;
    case Error::Category::Usage:
    case Error::Category::Input:
        return 2;
    case Error::Category::Network:
    case Error::Category::Tls:
        return 3;
    case Error::Category::Authentication:
        return 4;
    case Error::Category::Server:
    case Error::Category::Keychain:
    case Error::Category::Internal:
        return 1;
    }
    return 1;
}

void printLine(const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

void writeRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonDocument &document)
{
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void printError(const QString &sentence)
{
    std::fputs(QStringLiteral("satchel-cli: %1\n").arg(sentence).toUtf8().constData(), stderr);
}

void printWarning(const QString &sentence)
{
    std::fputs(QStringLiteral("satchel-cli: warning: %1\n").arg(sentence).toUtf8().constData(),
               stderr);
}

void printProgress(const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stderr);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool askYesNo(const QString &question)
{
    std::fputs((question + QStringLiteral(" [y/N] ")).toUtf8().constData(), stderr);
    std::string line;
    std::getline(std::cin, line);
    return !line.empty() && (line.front() == 'y' || line.front() == 'Y');
}

namespace {

void setEcho(bool on)
{
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~ENABLE_ECHO_INPUT));
#else
    termios settings{};
    tcgetattr(STDIN_FILENO, &settings);
    if (on)
        settings.c_lflag |= ECHO;
    else
        settings.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
#endif
}

} // namespace

bool readPassword(bool fromStdin, const QString &prompt, QString *password, QString *error)
{
    const bool terminal = stdinIsTerminal();
    if (!fromStdin && !terminal) {
        *error = QCoreApplication::translate("CliOutput",
                                             "No app password given: pass it on standard input "
                                             "with --password-stdin.");
        return false;
    }
    if (terminal) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        setEcho(false);
    }
    std::string line;
    const bool gotLine = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        setEcho(true);
        std::fputs("\n", stderr);
    }
    if (!gotLine && line.empty()) {
        *error = QCoreApplication::translate("CliOutput",
                                             "Standard input ended before an app password was "
                                             "read.");
        return false;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *password = QString::fromStdString(line);
    if (password->isEmpty()) {
        *error = QCoreApplication::translate("CliOutput", "The app password is empty.");
        return false;
    }
    return true;
}

} // namespace Satchel::CliOutput
