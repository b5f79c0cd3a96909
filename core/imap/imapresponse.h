#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Satchel {

// One IMAP server response as far as the session dialogue needs it (RFC 3501 section 7, RFC 9051
// section 7): continuation, tagged or untagged; the status and its response code; or the name and
// raw data of an untagged data response. Pure: bytes in, value out.
struct ImapResponse
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::ImapResponse)

public:
    enum class Type
    {
        Continuation,
        Untagged,
        Tagged
    };
    enum class Status
    {
        None,
        Ok,
        No,
        Bad,
        PreAuth,
        Bye
    };

    Type type = Type::Untagged;
    QByteArray tag;
    Status status = Status::None;
    QByteArray code;     // resp-text-code atom, upper-cased: CAPABILITY, ALERT, UIDVALIDITY…
    QByteArray codeData; // what follows the code atom inside the brackets
    QString text;        // human-readable text
    QByteArray name;     // untagged data: CAPABILITY, LIST, EXISTS…, upper-cased
    QByteArray number;   // untagged numeric data: "23" of "* 23 EXISTS"
    QByteArray data;     // untagged data after the name

    // The capability list of a CAPABILITY response or a [CAPABILITY …] code; empty otherwise.
    QList<QByteArray> capabilities() const;

    static std::optional<ImapResponse> parse(const QByteArray &unit, QString *error);
};

} // namespace Satchel
