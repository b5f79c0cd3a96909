#pragma once

#include "screenshot.h"

#include <QString>
#include <QStringList>

class QWidget;
class QWizard;

// Driving the setup wizard with the keyboard, as a user would, in UI tests.
namespace Satchel::Test::WizardDriver {

// Activating a window is the window manager's job: the offscreen platform and a bare Xvfb (for
// screenshots) have none.
void activate(QWidget *window);
// A key on the focused widget (or the active window), shortcuts and mnemonics included.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void type(const QString &text);
QString labelText(QWidget *parent, const char *objectName);
// The texts of the finish page's rows for services that failed.
QStringList failedRows(QWizard *wizard);
// Until the finish page has added the account or shows a failure.
bool waitUntilFinished(QWizard *wizard);
// The account's password as the keychain holds it.
QString storedPassword(const QString &accountId);
using Satchel::Test::saveScreenshot;

} // namespace Satchel::Test::WizardDriver
