#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));

    Satchel::Cli cli;
    QObject::connect(&cli, &Satchel::Cli::done, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    cli.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
