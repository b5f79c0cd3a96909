// The setup wizard with the real discovery, as the app wires it: the DNS bed's DNS server and
// HTTPS autoconfig for example.test, its servers reached on the test bed through --connect-to
// rules. An address and a password typed, Return pressed: a working account.

#include "dnsbed.h"
#include "mainwindow.h"
#include "net/networksettings.h"
#include "service/accounts.h"
#include "setupwizard.h"
#include "testbed.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Satchel;
using Satchel::Test::DnsBed;
using Satchel::Test::TestBed;
using namespace Satchel::Test::WizardDriver;

class TestWizardDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        SATCHEL_REQUIRE_TESTBED();
        SATCHEL_REQUIRE_DNSBED();
    }

    void cleanup()
    {
        NetworkSettings::setConnectTo({});
        NetworkSettings::setNameserver({});
    }

    void realDiscoveryLeadsToAWorkingAccount()
    {
        DnsBed::instance().apply(DnsBed::instance().exampleRules());
        const QString email = QStringLiteral("alice@example.test");
        const QString password = TestBed::instance().password(email);
        QTemporaryDir profile;
        Accounts accounts{Profile(profile.path())};
        QVERIFY(!accounts.load().isError());
        QString error;
        QVERIFY(accounts.tlsPolicy().addCaFile(TestBed::instance().caFile(), &error));
        MainWindow window(&accounts); // the discovery the app uses
        window.show();
        activate(&window);
        press(Qt::Key_Return); // Set Up an Account…
        auto *wizard = window.findChild<SetupWizard *>();
        QVERIFY(wizard);
        activate(wizard);
        QTRY_COMPARE(QApplication::focusWidget(),
                     wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
        type(QStringLiteral("Alice"));
        press(Qt::Key_Tab);
        type(email);
        QTRY_VERIFY(wizard->discovery()); // started before the password is asked
        press(Qt::Key_Return);
        type(password);
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);

        auto *steps = wizard->findChild<QTreeWidget *>(QStringLiteral("discoverySteps"));
        QVERIFY2(steps->topLevelItemCount() >= 4, "one row per method");
        auto *services = wizard->findChild<QTreeWidget *>(QStringLiteral("discoveredServices"));
        QStringList servers;
        for (int row = 0; row < services->topLevelItemCount(); ++row)
            servers << services->topLevelItem(row)->text(1);
        QVERIFY2(servers.contains(QStringLiteral("imap.example.test:993")),
                 qPrintable(servers.join(QLatin1Char(' '))));
        saveScreenshot(wizard, QStringLiteral("wizard-3-discovery-real.png"));
        press(Qt::Key_C, Qt::AltModifier); // Copy a setup report
        QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("example.test")));
        QVERIFY(!QGuiApplication::clipboard()->text().contains(password));

        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ResultPageId));
        QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("chooseImap"))->isChecked());
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
        QVERIFY(waitUntilFinished(wizard));
        QVERIFY2(failedRows(wizard).isEmpty(),
                 qPrintable(failedRows(wizard).join(QLatin1Char('\n'))));
        press(Qt::Key_Return); // Finish
        QTRY_VERIFY(!window.findChild<SetupWizard *>());

        const std::optional<Account> account = accounts.find(email);
        QVERIFY(account);
        QCOMPARE(account->incoming()->host, QStringLiteral("imap.example.test"));
        QCOMPARE(account->service(ServiceType::Smtp)->host, QStringLiteral("smtp.example.test"));
        QCOMPARE(storedPassword(account->id), password);
    }
};

QTEST_MAIN(TestWizardDiscovery)
#include "tst_wizarddiscovery.moc"
