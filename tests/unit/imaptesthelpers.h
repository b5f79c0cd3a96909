#pragma once

#include "imap/imapparser.h"

#include <QByteArray>
#include <QtGlobal>

#include <optional>
#include <variant>

namespace Satchel::Test {

// Parses one unit; a failure is logged with the parser's sentence.
inline std::optional<ImapParsedResponse> parseOk(const QByteArray &unit,
                                                 const ImapParser::Options &options = {})
{
    QString error;
    std::optional<ImapParsedResponse> response = ImapParser::parse(unit, options, &error);
    if (!response)
        qWarning("%s", qPrintable(error));
    return response;
}

} // namespace Satchel::Test

// Shared by the IMAP parser tests: parse one unit and take the data of the expected type.
template <typename T>
std::optional<T> parseImapData(const QByteArray &unit,
                               const Satchel::ImapParser::Options &options = {})
{
    const std::optional<Satchel::ImapParsedResponse> response =
        Satchel::Test::parseOk(unit, options);
    if (!response)
        return std::nullopt;
    if (const T *data = std::get_if<T>(&response->data))
        return *data;
    qWarning("unexpected data alternative %d", int(response->data.index()));
    return std::nullopt;
}
