#include "screenshot.h"

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace Satchel::Test {

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SATCHEL_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents(); // widgets just added to a layout are shown by a posted event
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace Satchel::Test
