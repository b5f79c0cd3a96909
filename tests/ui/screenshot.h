#pragma once

#include <QString>

class QWidget;

namespace Satchel::Test {

// Saves a PNG of the widget into $SATCHEL_SCREENSHOTS, when it is set (the UI tests under
// xvfb-run take docs/screenshots this way).
void saveScreenshot(QWidget *widget, const QString &name);

} // namespace Satchel::Test
