// Satchel's MIME parser against Python's email package: mimeinterop.py builds varied messages
// with Python (non-ASCII names and subjects, attachments with non-ASCII filenames, alternative
// and related parts, several charsets and transfer encodings, LF and CRLF) and writes what
// Python reads from each; `satchel-cli parse --json` must read the same subject, addresses,
// date, message id, part tree (types, filenames, sizes) and text, with no warnings. The
// normalisations that are documented differences, not bugs, are listed in mimeinterop.py.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString debianPython = QStringLiteral("/usr/bin/python3");

// As mimeinterop.py's normalized_text(): "\n" line breaks, no trailing whitespace on lines,
// none around the whole.
QString normalizedText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

// Compares one node of the part trees; returns a description of the first difference.
QString compareParts(const QJsonObject &python, const QJsonObject &satchel, const QString &path)
{
    const QString type = python.value(QLatin1String("contentType")).toString();
    if (satchel.value(QLatin1String("contentType")).toString() != type)
        return QStringLiteral("%1: content type %2, Python %3")
            .arg(path, satchel.value(QLatin1String("contentType")).toString(), type);
    if (satchel.value(QLatin1String("filename")) != python.value(QLatin1String("filename")))
        return QStringLiteral("%1: filename \"%2\", Python \"%3\"")
            .arg(path, satchel.value(QLatin1String("filename")).toString(),
                 python.value(QLatin1String("filename")).toString());
    if (python.contains(QLatin1String("size")) &&
        satchel.value(QLatin1String("size")) != python.value(QLatin1String("size")))
        return QStringLiteral("%1: size %2, Python %3")
            .arg(path)
            .arg(satchel.value(QLatin1String("size")).toInteger())
            .arg(python.value(QLatin1String("size")).toInteger());
    const QJsonArray pythonChildren = python.value(QLatin1String("parts")).toArray();
    const QJsonArray satchelChildren = satchel.value(QLatin1String("parts")).toArray();
    if (pythonChildren.size() != satchelChildren.size())
        return QStringLiteral("%1: %2 parts, Python %3")
            .arg(path)
            .arg(satchelChildren.size())
            .arg(pythonChildren.size());
    for (qsizetype i = 0; i < pythonChildren.size(); ++i) {
        const QString difference =
            compareParts(pythonChildren.at(i).toObject(), satchelChildren.at(i).toObject(),
                         path + QLatin1Char('/') + QString::number(i + 1));
        if (!difference.isEmpty())
            return difference;
    }
    return {};
}

} // namespace

class TestMimeInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QJsonObject satchelParse(const QString &file, QString *errors)
    {
        QProcess cli;
        cli.start(qEnvironmentVariable("SATCHEL_CLI"),
                  {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile")),
                   QStringLiteral("parse"), QStringLiteral("--json"), file});
        if (!cli.waitForFinished(60000))
            cli.kill();
        *errors = QString::fromUtf8(cli.readAllStandardError());
        if (cli.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("SATCHEL_CLI").isEmpty());
        QVERIFY2(QFile::exists(debianPython),
                 "Debian's python3 is needed: apt-get install python3");
        const QString script = QFINDTESTDATA("mimeinterop.py");
        QVERIFY(!script.isEmpty());
        QProcess python;
        python.start(debianPython, {script, m_dir.filePath(QStringLiteral("messages"))});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    void sameAsPython_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(m_dir.filePath(QStringLiteral("messages")));
        const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 40);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void sameAsPython()
    {
        QFETCH(QString, name);
        QFile expectedFile(name.chopped(4) + QLatin1String(".json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject python = QJsonDocument::fromJson(expectedFile.readAll()).object();
        QCOMPARE(python.value(QLatin1String("defects")).toInt(), 0);

        QString errors;
        const QJsonObject satchel = satchelParse(name, &errors);
        QVERIFY2(!satchel.isEmpty(), qPrintable(errors));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QVERIFY(!satchel.contains(QLatin1String("warnings")));

        const QJsonObject expectedHeaders = python.value(QLatin1String("headers")).toObject();
        const QJsonObject headers = satchel.value(QLatin1String("headers")).toObject();
        for (const QString &key : expectedHeaders.keys())
            QCOMPARE(headers.value(key).toString(), expectedHeaders.value(key).toString());
        QString text = normalizedText(satchel.value(QLatin1String("text")).toString());
        if (python.value(QLatin1String("textFromHtml")).toBool())
            text = text.simplified();
        QCOMPARE(text, python.value(QLatin1String("text")).toString());
        const QString difference =
            compareParts(python.value(QLatin1String("parts")).toArray().first().toObject(),
                         satchel.value(QLatin1String("parts")).toArray().first().toObject(),
                         QStringLiteral("1"));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestMimeInterop)
#include "tst_mimeinterop.moc"
