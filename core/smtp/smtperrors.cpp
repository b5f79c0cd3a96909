#include "smtperrors.h"

#include <QCoreApplication>
#include <QLocale>

namespace Satchel::SmtpErrors {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Satchel::SmtpErrors", text);
}

} // namespace

Error refused(const Endpoint &endpoint, const QString &what, const SmtpReply &reply)
{
    const QString said = reply.describe();
    if (reply.isTemporary())
        return Error(Error::Category::Network,
                     tr("%1 could not take %2 right now (%3). The message stays in the outbox "
                        "and is sent again later.")
                         .arg(endpoint.hostAndPort(), what, said),
                     said);
    return Error(Error::Category::Server,
                 tr("%1 refused %2: %3").arg(endpoint.hostAndPort(), what, said), said);
}

Error recipientsRefused(const Endpoint &endpoint, const QStringList &refusals, bool noneAccepted,
                        bool temporary)
{
    const QString list = refusals.join(QStringLiteral("; "));
    if (noneAccepted && temporary)
        return Error(Error::Category::Network,
                     tr("%1 could not take any recipient right now: %2. The message stays in the "
                        "outbox and is sent again later.")
                         .arg(endpoint.hostAndPort(), list),
                     list);
    if (noneAccepted)
        return Error(Error::Category::Server,
                     tr("%1 refused every recipient, so the message was not sent: %2. Check the "
                        "addresses.")
                         .arg(endpoint.hostAndPort(), list),
                     list);
    return Error(Error::Category::Server,
                 tr("The message was sent to the other recipients, but %1 refused %2. Check "
                    "those addresses.")
                     .arg(endpoint.hostAndPort(), list),
                 list);
}

Error messageTooLarge(const Endpoint &endpoint, qint64 size, qint64 limit)
{
    return Error(Error::Category::Server,
                 tr("The message is %1, but %2 accepts at most %3. Make the attachments smaller "
                    "or share them by a link.")
                     .arg(megabytes(size), endpoint.hostAndPort(), megabytes(limit)));
}

Error eightBitUnsupported(const Endpoint &endpoint)
{
    return Error(Error::Category::Server,
                 tr("The message contains 8-bit data, which %1 does not accept (no 8BITMIME). "
                    "Save it with quoted-printable or base64 encoding and send it again.")
                     .arg(endpoint.hostAndPort()));
}

Error smtpUtf8Unsupported(const Endpoint &endpoint)
{
    return Error(Error::Category::Server,
                 tr("An address has non-ASCII characters, which %1 cannot deliver (no SMTPUTF8). "
                    "Use an ASCII address for that recipient.")
                     .arg(endpoint.hostAndPort()));
}

Error serviceClosing(const Endpoint &endpoint, const SmtpReply &reply)
{
    const QString said = reply.describe();
    return Error(
        Error::Category::Network,
        tr("%1 closed the connection (%2). Try again later.").arg(endpoint.hostAndPort(), said),
        said);
}

QString megabytes(qint64 bytes)
{
    // One decimal, dropped when it is zero: "30 MB", "30.4 MB".
    const qint64 tenths = (bytes + 50000) / 100000;
    const QLocale locale;
    const QString number = tenths % 10 == 0 ? locale.toString(tenths / 10)
                                            : locale.toString(double(tenths) / 10, 'f', 1);
    return tr("%1 MB").arg(number);
}

} // namespace Satchel::SmtpErrors
