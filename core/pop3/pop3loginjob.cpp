#include "pop3loginjob.h"

#include "common/logging.h"
#include "net/loginerrors.h"
#include "pop3reply.h"

#include <QCoreApplication>

namespace Satchel {

Pop3LoginJob::Pop3LoginJob(QObject *parent)
    : LineLoginJob(lcPop3, parent)
{}

void Pop3LoginJob::onReady()
{
    m_state = State::Greeting;
}

void Pop3LoginJob::onTlsStarted()
{
    setCapabilities({});
    m_state = State::Capa;
    connection()->sendLine("CAPA");
}

void Pop3LoginJob::onUnit(const QByteArray &unit)
{
    if (m_state == State::CapaList) {
        if (unit == ".") {
            setCapabilities(m_capaLines);
            m_capaLines.clear();
            afterCapabilities();
        } else {
            m_capaLines.append(unit.startsWith("..") ? unit.mid(1) : unit);
        }
        return;
    }
    QString parseError;
    const std::optional<Pop3Reply> reply = Pop3Reply::parse(unit, &parseError);
    if (!reply) {
        fail(protocolError(parseError));
        return;
    }
    if (reply->kind == Pop3Reply::Kind::Continuation) {
        // AUTH PLAIN was sent with its initial response; a challenge means it was not taken.
        connection()->sendLine("*");
        return;
    }
    handleStatus(reply->ok(), reply->code, reply->text);
}

void Pop3LoginJob::handleStatus(bool ok, const QByteArray &code, const QString &text)
{
    switch (m_state) {
    case State::Greeting:
        if (!ok) {
            fail(Error(Error::Category::Server,
                       tr("%1 refused the connection: %2. Try again later.")
                           .arg(endpoint().hostAndPort(), text),
                       text));
            return;
        }
        m_state = State::Capa;
        connection()->sendLine("CAPA");
        return;
    case State::Capa:
        if (ok) {
            m_state = State::CapaList;
            return;
        }
        setCapabilities({}); // CAPA is optional (RFC 2449): go on without it
        afterCapabilities();
        return;
    case State::Stls:
        if (!ok) {
            fail(LoginErrors::startTlsUnavailable(endpoint()));
            return;
        }
        connection()->startTls();
        return;
    case State::AuthPlain:
    case State::Pass:
        if (!ok) {
            authenticationFailed(code, text);
            return;
        }
        m_state = State::Done;
        connection()->sendLine("QUIT");
        succeed();
        return;
    case State::User:
        if (!ok) {
            authenticationFailed(code, text);
            return;
        }
        m_state = State::Pass;
        connection()->sendLine("PASS " + password().toUtf8(), "PASS <redacted>");
        return;
    case State::CapaList:
    case State::Done:
        return;
    }
}

void Pop3LoginJob::afterCapabilities()
{
    if (endpoint().security == Security::StartTls && !connection()->isEncrypted()) {
        // Sent even when CAPA did not list STLS: some servers answer CAPA badly.
        m_state = State::Stls;
        connection()->sendLine("STLS");
        return;
    }
    authenticate();
}

void Pop3LoginJob::authenticate()
{
    if (probeOnly()) {
        m_state = State::Done;
        connection()->sendLine("QUIT");
        succeed();
        return;
    }
    bool saslPlain = false;
    for (const QByteArray &line : capabilities()) {
        const QList<QByteArray> words = line.toUpper().split(' ');
        if (words.value(0) == "SASL" && words.contains("PLAIN"))
            saslPlain = true;
    }
    if (saslPlain) {
        m_state = State::AuthPlain;
        connection()->sendLine("AUTH PLAIN " + saslPlainResponse(), "AUTH PLAIN <redacted>");
        return;
    }
    if (username().contains(QLatin1Char('\n')) || password().contains(QLatin1Char('\n')) ||
        password().contains(QLatin1Char('\r'))) {
        fail(Error(Error::Category::Input,
                   tr("The username or password contains a line break, which POP3 cannot send.")));
        return;
    }
    m_state = State::User;
    connection()->sendLine("USER " + username().toUtf8());
}

void Pop3LoginJob::authenticationFailed(const QByteArray &code, const QString &text)
{
    if (code == "SYS/TEMP" || code == "IN-USE" || code == "SYS/PERM")
        fail(Error(Error::Category::Server,
                   tr("%1 cannot open the mailbox right now: %2. Try again later; another "
                      "program may be using it.")
                       .arg(endpoint().hostAndPort(), text),
                   text));
    else
        fail(authenticationError(text));
}

} // namespace Satchel
