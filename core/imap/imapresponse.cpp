#include "imapresponse.h"

#include <QCoreApplication>

#include <algorithm>

namespace Satchel {

namespace {

bool isTagChar(char c)
{
    // ASTRING-CHAR minus "+": no controls, space, or ( ) { % * " \ ].
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return !QByteArrayView("(){%*\"\\]+").contains(c);
}

bool isAtomChar(char c)
{
    return isTagChar(c) || c == '+' || c == ']';
}

ImapResponse::Status statusFromWord(const QByteArray &word)
{
    if (word == "OK")
        return ImapResponse::Status::Ok;
    if (word == "NO")
        return ImapResponse::Status::No;
    if (word == "BAD")
        return ImapResponse::Status::Bad;
    if (word == "PREAUTH")
        return ImapResponse::Status::PreAuth;
    if (word == "BYE")
        return ImapResponse::Status::Bye;
    return ImapResponse::Status::None;
}

// resp-text = ["[" resp-text-code "]" SP] text
bool parseRespText(QByteArrayView rest, ImapResponse *response, QString *error)
{
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close < 0) {
            *error = ImapResponse::tr("A response code is missing its closing bracket.");
            return false;
        }
        const QByteArrayView inside = rest.sliced(1, close - 1);
        qsizetype atomEnd = 0;
        while (atomEnd < inside.size() && isAtomChar(inside.at(atomEnd)))
            ++atomEnd;
        if (atomEnd == 0) {
            *error = ImapResponse::tr("A response code is empty.");
            return false;
        }
        response->code = inside.first(atomEnd).toByteArray().toUpper();
        response->codeData = inside.sliced(atomEnd).trimmed().toByteArray();
        rest = rest.sliced(close + 1);
        if (rest.startsWith(' '))
            rest = rest.sliced(1);
    }
    response->text = QString::fromUtf8(rest);
    return true;
}

} // namespace

QList<QByteArray> ImapResponse::capabilities() const
{
    QByteArray list;
    if (name == "CAPABILITY")
        list = data;
    else if (code == "CAPABILITY")
        list = codeData;
    QList<QByteArray> result;
    for (const QByteArray &word : list.split(' ')) {
        if (!word.isEmpty())
            result.append(word);
    }
    return result;
}

std::optional<ImapResponse> ImapResponse::parse(const QByteArray &unit, QString *error)
{
    ImapResponse response;
    QByteArrayView rest(unit);
    if (rest == "+" || rest.startsWith("+ ")) {
        response.type = Type::Continuation;
        response.text = QString::fromUtf8(rest.sliced(qMin<qsizetype>(2, rest.size())));
        return response;
    }
    const qsizetype space = rest.indexOf(' ');
    if (space <= 0) {
        *error = ImapResponse::tr("The server sent a response without a tag: \"%1\".")
                     .arg(QString::fromUtf8(unit.left(80)));
        return std::nullopt;
    }
    const QByteArrayView tag = rest.first(space);
    if (tag == "*") {
        response.type = Type::Untagged;
    } else {
        for (char c : tag) {
            if (!isTagChar(c)) {
                *error = ImapResponse::tr("The server sent a malformed tag.");
                return std::nullopt;
            }
        }
        response.type = Type::Tagged;
        response.tag = tag.toByteArray();
    }
    rest = rest.sliced(space + 1);
    qsizetype wordEnd = rest.indexOf(' ');
    if (wordEnd < 0)
        wordEnd = rest.size();
    QByteArray word = rest.first(wordEnd).toByteArray().toUpper();
    rest = rest.sliced(qMin(wordEnd + 1, rest.size()));

    response.status = statusFromWord(word);
    if (response.type == Type::Tagged) {
        if (response.status != Status::Ok && response.status != Status::No &&
            response.status != Status::Bad) {
            *error = ImapResponse::tr("A tagged response must be OK, NO or BAD.");
            return std::nullopt;
        }
        return parseRespText(rest, &response, error) ? std::optional(response) : std::nullopt;
    }
    if (response.status != Status::None)
        return parseRespText(rest, &response, error) ? std::optional(response) : std::nullopt;

    if (!word.isEmpty() &&
        std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        response.number = word;
        wordEnd = rest.indexOf(' ');
        if (wordEnd < 0)
            wordEnd = rest.size();
        word = rest.first(wordEnd).toByteArray().toUpper();
        rest = rest.sliced(qMin(wordEnd + 1, rest.size()));
    }
    if (word.isEmpty() || !std::all_of(word.begin(), word.end(), isAtomChar)) {
        *error = ImapResponse::tr("The server sent an untagged response without a name.");
        return std::nullopt;
    }
    response.name = word;
    response.data = rest.toByteArray();
    return response;
}

} // namespace Satchel
