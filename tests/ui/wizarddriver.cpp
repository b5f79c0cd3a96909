#include "wizarddriver.h"

#include "accounts/secretjob.h"
#include "jobrun.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QWizard>

namespace Satchel::Test::WizardDriver {

void activate(QWidget *window)
{
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

void press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

QString labelText(QWidget *parent, const char *objectName)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1String(objectName));
}

QStringList failedRows(QWizard *wizard)
{
    QStringList rows;
    for (QLabel *label :
         wizard->currentPage()->findChildren<QLabel *>(QStringLiteral("serviceFailed")))
        rows << label->text();
    return rows;
}

bool waitUntilFinished(QWizard *wizard)
{
    return QTest::qWaitFor(
        [&] { return wizard->currentPage()->isComplete() || !failedRows(wizard).isEmpty(); },
        30000);
}

QString storedPassword(const QString &accountId)
{
    JobRun<SecretJob> read(SecretJob::read(accountId));
    if (!QTest::qWaitFor([&] { return read.done; }, 10000) || read.job->error().isError())
        return QStringLiteral("(not in the keychain)");
    return read.job->password();
}

} // namespace Satchel::Test::WizardDriver
