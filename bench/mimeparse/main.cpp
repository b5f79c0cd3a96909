// MIME parse throughput (issue 4): loads a folder of .eml files into memory, then parses every
// message several times the way the message view reads one (envelope decoded, MIME tree, text
// parts decoded to QString, attachments decoded to bytes) and reports MB/s and peak RSS as JSON.
// bench/mime-parse.sh runs it next to Python's email package; see bench/README.md.

#include "mime/mimemessage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>

using namespace Satchel;

namespace {

// What one pass produced; equal in every pass, and comparable with the Python reader's counts.
struct Totals
{
    qint64 messages = 0;
    qint64 leaves = 0;
    qint64 textChars = 0;
    qint64 binaryBytes = 0;
    qint64 envelopeChars = 0;
    qint64 shownChars = 0;
    qint64 attachments = 0;
    qint64 warnings = 0;

    bool operator==(const Totals &) const = default;
};

void readLeaves(const MimePart &part, Totals *totals)
{
    if (!part.children.isEmpty()) {
        for (const MimePart &child : part.children)
            readLeaves(child, totals);
        return;
    }
    ++totals->leaves;
    if (part.isText())
        totals->textChars += part.isAttachment() ? part.decodeText().size() : part.text.size();
    else
        totals->binaryBytes += part.body().size();
}

void readMessage(const QByteArray &bytes, Totals *totals)
{
    const MimeMessage message = MimeMessage::parse(bytes);
    ++totals->messages;
    totals->warnings += message.warnings().size();
    qint64 envelope = message.subject().size() + message.messageId().size();
    for (const auto &list : {message.from(), message.to(), message.cc(), message.replyTo()}) {
        for (const MimeMailbox &mailbox : MimeAddress::mailboxes(list))
            envelope += mailbox.name.size() + mailbox.address.size();
    }
    envelope += message.date().isValid() ? 1 : 0;
    envelope += message.inReplyTo().size() + message.references().size();
    totals->envelopeChars += envelope;
    readLeaves(message.root(), totals);
    // What the message view asks for besides the tree: the body to show and the attachment list.
    totals->shownChars += message.plainText().size();
    totals->attachments += message.attachments().size();
}

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

QList<QByteArray> loadCorpus(const QString &folder, QString *error)
{
    QList<QByteArray> messages;
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.fileName() + QStringLiteral(": ") + file.errorString();
            return {};
        }
        messages.append(file.readAll());
    }
    if (messages.isEmpty())
        *error = folder + QStringLiteral(": no message files");
    return messages;
}

QJsonObject totalsJson(const Totals &totals)
{
    return {{QStringLiteral("messages"), totals.messages},
            {QStringLiteral("leaves"), totals.leaves},
            {QStringLiteral("text_chars"), totals.textChars},
            {QStringLiteral("binary_bytes"), totals.binaryBytes},
            {QStringLiteral("envelope_chars"), totals.envelopeChars},
            {QStringLiteral("shown_chars"), totals.shownChars},
            {QStringLiteral("attachments"), totals.attachments},
            {QStringLiteral("warnings"), totals.warnings}};
}

struct Timings
{
    QList<double> wall;
    QList<double> cpu;
};

// Parses the corpus once untimed (warming caches and codec tables), then runs times; false when
// a pass reads something else than the first.
bool measure(const QList<QByteArray> &corpus, int runs, Totals *first, Timings *timings)
{
    for (const QByteArray &message : corpus)
        readMessage(message, first);
    for (int run = 0; run < runs; ++run) {
        Totals totals;
        QElapsedTimer timer;
        const double cpuStart = cpuSeconds();
        timer.start();
        for (const QByteArray &message : corpus)
            readMessage(message, &totals);
        timings->wall.append(double(timer.nsecsElapsed()) / 1e9);
        timings->cpu.append(cpuSeconds() - cpuStart);
        if (!(totals == *first))
            return false;
    }
    return true;
}

QJsonArray jsonArray(const QList<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.setApplicationDescription(
        QStringLiteral("Parses every file of FOLDER as a message, RUNS times; prints JSON."));
    options.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed passes (default 5)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    options.addOption(runsOption);
    options.addPositionalArgument(QStringLiteral("folder"),
                                  QStringLiteral("Folder of .eml files."));
    options.process(app);
    QTextStream err(stderr);
    const int runs = options.value(runsOption).toInt();
    if (options.positionalArguments().size() != 1 || runs < 1) {
        err << options.helpText();
        return 2;
    }
    QString error;
    const QList<QByteArray> corpus = loadCorpus(options.positionalArguments().first(), &error);
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    qint64 bytes = 0;
    for (const QByteArray &message : corpus)
        bytes += message.size();
    const qint64 rssLoaded = peakRssKiB();
    Totals totals;
    Timings timings;
    if (!measure(corpus, runs, &totals, &timings)) {
        err << "a pass read other totals than the first\n";
        return 1;
    }
    const QJsonObject result{{QStringLiteral("reader"), QStringLiteral("satchel")},
                             {QStringLiteral("bytes"), bytes},
                             {QStringLiteral("wall_s"), jsonArray(timings.wall)},
                             {QStringLiteral("cpu_s"), jsonArray(timings.cpu)},
                             {QStringLiteral("median_wall_s"), median(timings.wall)},
                             {QStringLiteral("median_cpu_s"), median(timings.cpu)},
                             {QStringLiteral("rss_loaded_kib"), rssLoaded},
                             {QStringLiteral("rss_peak_kib"), peakRssKiB()},
                             {QStringLiteral("totals"), totalsJson(totals)}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
