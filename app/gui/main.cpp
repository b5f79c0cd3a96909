#include "common/profile.h"
#include "mainwindow.h"
#include "service/accounts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Satchel"));
    QApplication::setOrganizationName(QStringLiteral("Satchel"));
    QApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.satchel.Satchel"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("satchel"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Satchel mail client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Settings, cache and local mail live in <dir>."),
        QStringLiteral("dir"));
    parser.addOption(profileOption);
    parser.process(app);

    Satchel::Accounts accounts(Satchel::Profile::resolve(parser.value(profileOption)));
    const Satchel::Error error = accounts.load();
    if (error.isError()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Satchel"), error.message());
        return 1;
    }
    Satchel::MainWindow window(&accounts);
    window.show();
    return QApplication::exec();
}
