#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace Satchel::MimeDate {

// The date of a Date header (RFC 5322 3.3) with the obsolete forms of 4.3 and what mailers
// actually write: two- and three-digit years, zone names (GMT, EST, military letters), comments,
// missing seconds or zone, asctime order ("Tue Jul  1 10:52:37 2003"), dashes ("01-Jul-2003").
// The result keeps the zone's offset. An unknown or missing zone, and "-0000", give UTC. An
// invalid QDateTime when the text is not a date.
QDateTime parse(QByteArrayView raw);

// The date as a Date header writes it (RFC 5322 3.3), in English, with the date's own offset:
// "Tue, 01 Jul 2003 10:52:37 +0200". The date must be valid.
QByteArray format(const QDateTime &date);

} // namespace Satchel::MimeDate
