#include "smtpenvelope.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Satchel {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

QString checkAddress(const QString &address)
{
    const bool bad = address.isEmpty() || !address.contains(QLatin1Char('@')) ||
                     std::any_of(address.cbegin(), address.cend(), [](QChar c) {
                         return c.unicode() < 0x20 || c.unicode() == 0x7f ||
                                c == QLatin1Char('<') || c == QLatin1Char('>') ||
                                c == QLatin1Char(' ');
                     });
    if (!bad)
        return {};
    return QCoreApplication::translate("Satchel::SmtpEnvelope",
                                       "\"%1\" is not an email address Satchel can send to.")
        .arg(address);
}

QByteArray notifyList(int notify)
{
    if (notify & SmtpDsn::Never)
        return "NEVER";
    QList<QByteArray> words;
    if (notify & SmtpDsn::Success)
        words << "SUCCESS";
    if (notify & SmtpDsn::Failure)
        words << "FAILURE";
    if (notify & SmtpDsn::Delay)
        words << "DELAY";
    return words.join(',');
}

} // namespace

QString SmtpEnvelope::validate() const
{
    if (recipients.isEmpty())
        return QCoreApplication::translate("Satchel::SmtpEnvelope",
                                           "The message has no recipient: give at least one To, "
                                           "Cc or Bcc address.");
    // The sender may be empty only for bounces (MAIL FROM:<>), which a client never sends.
    const QStringList addresses = QStringList(recipients) << from;
    for (const QString &address : addresses) {
        QString problem = checkAddress(address);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

bool SmtpEnvelope::needsSmtpUtf8() const
{
    return !isAscii(from) || std::any_of(recipients.cbegin(), recipients.cend(),
                                         [](const QString &address) { return !isAscii(address); });
}

QByteArray SmtpEnvelope::mailCommand(const SmtpCapabilities &caps, qint64 size, bool eightBit) const
{
    QByteArray command = "MAIL FROM:<" + from.toUtf8() + '>';
    if (caps.size)
        command += " SIZE=" + QByteArray::number(size);
    if (eightBit && caps.eightBitMime)
        command += " BODY=8BITMIME";
    if (caps.smtpUtf8 && needsSmtpUtf8())
        command += " SMTPUTF8";
    if (caps.dsn && dsn.ret != SmtpDsn::Return::Default)
        command += dsn.ret == SmtpDsn::Return::Full ? " RET=FULL" : " RET=HDRS";
    if (caps.dsn && !dsn.envelopeId.isEmpty())
        command += " ENVID=" + xtext(dsn.envelopeId.toUtf8());
    return command;
}

QByteArray SmtpEnvelope::rcptCommand(const QString &recipient, const SmtpCapabilities &caps) const
{
    QByteArray command = "RCPT TO:<" + recipient.toUtf8() + '>';
    if (!caps.dsn || dsn.notify == 0)
        return command;
    command += " NOTIFY=" + notifyList(dsn.notify);
    // ORCPT's "rfc822" type is for ASCII addresses; UTF-8 ones would need RFC 6533's "utf-8".
    if (isAscii(recipient))
        command += " ORCPT=rfc822;" + xtext(recipient.toUtf8());
    return command;
}

QByteArray SmtpEnvelope::xtext(QByteArrayView value)
{
    QByteArray out;
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 33 || byte > 126 || c == '+' || c == '=')
            out += '+' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

QJsonObject SmtpEnvelope::toJson() const
{
    QJsonObject object{{QLatin1String("from"), from},
                       {QLatin1String("recipients"), QJsonArray::fromStringList(recipients)}};
    if (dsn.isRequested()) {
        if (dsn.ret != SmtpDsn::Return::Default)
            object.insert(QLatin1String("dsnReturn"), dsn.ret == SmtpDsn::Return::Full
                                                          ? QLatin1String("full")
                                                          : QLatin1String("headers"));
        object.insert(QLatin1String("dsnEnvelopeId"), dsn.envelopeId);
        object.insert(QLatin1String("dsnNotify"), dsn.notify);
    }
    return object;
}

SmtpEnvelope SmtpEnvelope::fromJson(const QJsonObject &object)
{
    SmtpEnvelope envelope;
    envelope.from = object.value(QLatin1String("from")).toString();
    for (const QJsonValue value : object.value(QLatin1String("recipients")).toArray())
        envelope.recipients << value.toString();
    const QString ret = object.value(QLatin1String("dsnReturn")).toString();
    envelope.dsn.ret = ret == QLatin1String("full")      ? SmtpDsn::Return::Full
                       : ret == QLatin1String("headers") ? SmtpDsn::Return::Headers
                                                         : SmtpDsn::Return::Default;
    envelope.dsn.envelopeId = object.value(QLatin1String("dsnEnvelopeId")).toString();
    envelope.dsn.notify = object.value(QLatin1String("dsnNotify")).toInt();
    return envelope;
}

} // namespace Satchel
