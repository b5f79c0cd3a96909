#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Satchel {

// A POP3 status line (RFC 1939), with the response code of RFC 2449/3206 when present:
// "-ERR [AUTH] bad password" gives ok = false, code "AUTH". A SASL challenge ("+ …") is a
// continuation. Pure: bytes in, value out.
struct Pop3Reply
{
    enum class Kind
    {
        Ok,
        Err,
        Continuation
    };

    Kind kind = Kind::Err;
    QByteArray code;
    QString text;

    bool ok() const { return kind == Kind::Ok; }

    static std::optional<Pop3Reply> parse(const QByteArray &line, QString *error);
};

} // namespace Satchel
