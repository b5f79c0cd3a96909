#include "mimedate.h"

#include <QList>
#include <QTimeZone>

namespace Satchel::MimeDate {

namespace {

constexpr int maxOffsetSeconds = 14 * 3600; // what QDateTime accepts for a fixed offset

struct Parts
{
    int year = -1;
    int month = -1;
    int day = -1;
    QTime time;
    int offsetSeconds = 0;
    bool pm = false;
    bool am = false;
};

struct Zone
{
    const char *name;
    int hours;
};
constexpr Zone zones[] = {{"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},
                          {"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5},
                          {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};

// Strips comments and turns commas into spaces, then splits at whitespace and at dashes inside
// a word ("01-Jul-2003", but not the zone "-0700").
QList<QByteArray> words(QByteArrayView raw)
{
    QByteArray text;
    int depth = 0;
    for (const char c : raw) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            text.append(c == ',' ? ' ' : c);
    }
    QList<QByteArray> result;
    for (const QByteArray &word : text.simplified().split(' ')) {
        if (word.startsWith('+') || word.startsWith('-') || !word.contains('-')) {
            result.append(word);
            continue;
        }
        for (const QByteArray &piece : word.split('-')) {
            if (!piece.isEmpty())
                result.append(piece);
        }
    }
    return result;
}

int monthNumber(const QByteArray &word)
{
    static constexpr const char *months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return -1;
    const QByteArray prefix = word.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (prefix == months[i])
            return i + 1;
    }
    return -1;
}

bool allDigits(QByteArrayView word)
{
    if (word.isEmpty())
        return false;
    for (const char c : word) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// "+0200", "-0530", "+02:00"; false when the word is not a numeric zone.
bool numericZone(QByteArray word, int *seconds)
{
    if (word.size() < 2 || (word[0] != '+' && word[0] != '-'))
        return false;
    word.replace(":", "");
    const QByteArrayView digits = QByteArrayView(word).sliced(1);
    if (!allDigits(digits) || (digits.size() != 4 && digits.size() != 2))
        return false;
    const int value = digits.toInt();
    const int hhmm = digits.size() == 2 ? value * 100 : value;
    const int offset = (hhmm / 100) * 3600 + (hhmm % 100) * 60;
    *seconds =
        offset > maxOffsetSeconds || hhmm % 100 >= 60 ? 0 : (word[0] == '-' ? -offset : offset);
    return true;
}

bool namedZone(const QByteArray &word, int *seconds)
{
    const QByteArray lower = word.toLower();
    for (const Zone &zone : zones) {
        if (lower == zone.name) {
            *seconds = zone.hours * 3600;
            return true;
        }
    }
    // Military zones: RFC 5322 4.3 says to read them as "-0000", their meaning was botched.
    return lower.size() == 1 && lower[0] >= 'a' && lower[0] <= 'z' && lower[0] != 'j';
}

QTime timeOfDay(const QByteArray &word)
{
    const QList<QByteArray> fields = word.split(':');
    if (fields.size() < 2 || fields.size() > 3)
        return {};
    int values[3] = {0, 0, 0};
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QByteArray field = fields[i];
        if (i == fields.size() - 1 && field.contains('.'))
            field.truncate(field.indexOf('.')); // fractions of a second
        if (!allDigits(field) || field.size() > 2)
            return {};
        values[i] = field.toInt();
    }
    return QTime(values[0], values[1], qMin(values[2], 59)); // a leap second is the 59th
}

bool number(const QByteArray &word, Parts *parts)
{
    if (!allDigits(word) || word.size() > 4)
        return false;
    const int value = word.toInt();
    if (word.size() <= 2 && parts->day < 0) {
        parts->day = value;
    } else if (parts->year < 0) {
        // RFC 5322 4.3: two-digit years before 50 are 20xx, others 19xx; three digits add 1900.
        parts->year = word.size() == 4   ? value
                      : word.size() == 3 ? value + 1900
                      : value < 50       ? value + 2000
                                         : value + 1900;
    } else {
        return false;
    }
    return true;
}

bool readWord(const QByteArray &word, Parts *parts)
{
    if (word.contains(':') && !word.startsWith('+') && !word.startsWith('-')) {
        parts->time = timeOfDay(word);
        return parts->time.isValid();
    }
    if (numericZone(word, &parts->offsetSeconds) || namedZone(word, &parts->offsetSeconds))
        return true;
    const QByteArray lower = word.toLower();
    if (lower == "am" || lower == "pm") {
        parts->am = lower == "am";
        parts->pm = lower == "pm";
        return true;
    }
    const int month = monthNumber(word);
    if (month > 0 && parts->month < 0) {
        parts->month = month;
        return true;
    }
    if (number(word, parts))
        return true;
    return !word.isEmpty() && !allDigits(word); // day names and other words are ignored
}

} // namespace

QDateTime parse(QByteArrayView raw)
{
    const QByteArrayView trimmed = raw.trimmed();
    if (trimmed.size() >= 16 && trimmed.size() <= 40 && trimmed[4] == '-' && trimmed[10] == 'T') {
        // ISO 8601, which a few programs write although RFC 5322 does not allow it.
        const QDateTime iso = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::ISODate);
        if (iso.isValid())
            return iso.toOffsetFromUtc(iso.offsetFromUtc());
    }
    Parts parts;
    const QList<QByteArray> list = words(raw);
    if (list.size() > 12)
        return {};
    for (const QByteArray &word : list) {
        if (!readWord(word, &parts))
            return {};
    }
    if (parts.year < 0 || parts.month < 0 || parts.day < 0)
        return {};
    QTime time = parts.time.isValid() ? parts.time : QTime(0, 0);
    if (parts.pm && time.hour() < 12)
        time = time.addSecs(12 * 3600);
    else if (parts.am && time.hour() == 12)
        time = time.addSecs(-12 * 3600);
    const QDate date(parts.year, parts.month, parts.day);
    if (!date.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, parts.offsetSeconds);
}

QByteArray format(const QDateTime &date)
{
    static constexpr const char *dayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *monthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    // Whole minutes: a zone's offset with seconds (old local mean times) cannot be written.
    const int offsetMinutes = date.offsetFromUtc() / 60;
    const QDateTime shown = date.toOffsetFromUtc(offsetMinutes * 60);
    const QDate day = shown.date();
    const QTime time = shown.time();
    const int absolute = qAbs(offsetMinutes);
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                             dayNames[day.dayOfWeek() - 1], day.day(), monthNames[day.month() - 1],
                             day.year(), time.hour(), time.minute(), time.second(),
                             offsetMinutes < 0 ? '-' : '+', absolute / 60, absolute % 60)
        .toLatin1();
}

} // namespace Satchel::MimeDate
