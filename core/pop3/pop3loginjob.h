#pragma once

#include "net/lineloginjob.h"

namespace Satchel {

// Greeting, CAPA, STLS when required, AUTH PLAIN (RFC 5034) where offered or USER/PASS, QUIT.
class Pop3LoginJob : public LineLoginJob
{
    Q_OBJECT

public:
    explicit Pop3LoginJob(QObject *parent = nullptr);

protected:
    void onReady() override;
    void onTlsStarted() override;
    void onUnit(const QByteArray &unit) override;

private:
    enum class State
    {
        Greeting,
        Capa,
        CapaList,
        Stls,
        AuthPlain,
        User,
        Pass,
        Done
    };

    void handleStatus(bool ok, const QByteArray &code, const QString &text);
    void afterCapabilities();
    void authenticate();
    void authenticationFailed(const QByteArray &code, const QString &text);

    State m_state = State::Greeting;
    QList<QByteArray> m_capaLines;
};

} // namespace Satchel
