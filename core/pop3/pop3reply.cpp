#include "pop3reply.h"

#include <QCoreApplication>

namespace Satchel {

std::optional<Pop3Reply> Pop3Reply::parse(const QByteArray &line, QString *error)
{
    Pop3Reply reply;
    QByteArrayView rest;
    if (line.startsWith("+OK")) {
        reply.kind = Kind::Ok;
        rest = QByteArrayView(line).sliced(3);
    } else if (line.startsWith("-ERR")) {
        reply.kind = Kind::Err;
        rest = QByteArrayView(line).sliced(4);
    } else if (line == "+" || line.startsWith("+ ")) {
        reply.kind = Kind::Continuation;
        reply.text = QString::fromLatin1(line.mid(2));
        return reply;
    } else {
        *error = QCoreApplication::translate("Satchel::Pop3Reply",
                                             "The server sent \"%1\" where POP3 needs +OK or -ERR.")
                     .arg(QString::fromUtf8(line.left(60)));
        return std::nullopt;
    }
    if (!rest.isEmpty() && rest.front() != ' ') {
        *error = QCoreApplication::translate("Satchel::Pop3Reply",
                                             "The server sent a malformed POP3 status line.");
        return std::nullopt;
    }
    rest = rest.trimmed();
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 1) {
            reply.code = rest.sliced(1, close - 1).toByteArray().toUpper();
            rest = rest.sliced(close + 1).trimmed();
        }
    }
    reply.text = QString::fromUtf8(rest);
    return reply;
}

} // namespace Satchel
