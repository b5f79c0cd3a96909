// The setup wizard driven with the keyboard against the real test bed: Dovecot, Postfix,
// Radicale and gnome-keyring. Discovery answers from a provider database written for the test
// bed (its servers listen on loopback ports no real discovery would find).

#include "accounts/secretjob.h"
#include "certificatedialog.h"
#include "discovery/discoverytrust.h"
#include "discovery/providerdatabase.h"
#include "exportdialog.h"
#include "jobrun.h"
#include "mainwindow.h"
#include "net/certificatepins.h"
#include "providerlookuprunner.h"
#include "service/accounts.h"
#include "serviceeditor.h"
#include "setupwizard.h"
#include "testbed.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Satchel;
using Satchel::Test::TestBed;
using namespace Satchel::Test::WizardDriver;

namespace {

// The test bed's servers as a provider file for example.test, in the shipped files' format.
QByteArray providerFile(quint16 imapPort, bool dav)
{
    const TestBed &bed = TestBed::instance();
    const QString davUrl =
        QStringLiteral("https://%1:%2/").arg(bed.host()).arg(bed.port(QStringLiteral("dav")));
    QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<clientConfig version=\"1.1\" "
            "xmlns:satchel=\"https://satchel.invalid/ns/provider-1\">\n"
            "<emailProvider id=\"example.test\">\n<domain>example.test</domain>\n"
            "<displayName>Test Bed Mail</displayName>\n"
            "<satchel:recommend incoming=\"imap\">IMAP syncs.</satchel:recommend>\n"
            "<satchel:appPassword required=\"always\" url=\"https://example.test/app-passwords\">"
            "Make one.</satchel:appPassword>\n"
            "<incomingServer type=\"imap\"><hostname>%1</hostname><port>%2</port>"
            "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
            "<authentication>password-cleartext</authentication></incomingServer>\n"
            "<incomingServer type=\"pop3\"><hostname>%1</hostname><port>%3</port>"
            "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
            "<authentication>password-cleartext</authentication></incomingServer>\n"
            "<outgoingServer type=\"smtp\"><hostname>%1</hostname><port>%4</port>"
            "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
            "<authentication>password-cleartext</authentication></outgoingServer>\n")
            .arg(bed.host())
            .arg(imapPort)
            .arg(bed.port(QStringLiteral("pop3s")))
            .arg(bed.port(QStringLiteral("submissions")));
    if (dav)
        xml += QStringLiteral("<addressBook type=\"carddav\"><username>%EMAILADDRESS%</username>"
                              "<authentication>http-basic</authentication>"
                              "<serverURL>%1</serverURL></addressBook>\n"
                              "<calendar type=\"caldav\"><username>%EMAILADDRESS%</username>"
                              "<authentication>http-basic</authentication>"
                              "<serverURL>%1</serverURL></calendar>\n")
                   .arg(davUrl);
    xml += QStringLiteral("</emailProvider>\n</clientConfig>\n");
    return xml.toUtf8();
}

QByteArray digestOf(const QString &pemFile)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate(file.readAll()).digest(QCryptographicHash::Sha256);
}

// Presents the test bed's rogue, self-signed certificate and passes the decrypted bytes on to
// Dovecot's IMAP port, so that a login works once the user trusts that certificate.
class RogueTlsProxy : public QTcpServer
{
public:
    RogueTlsProxy()
    {
        const TestBed &bed = TestBed::instance();
        QFile cert(bed.rogueCert());
        QFile key(bed.rogueKey());
        if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            m_certificate = QSslCertificate(cert.readAll());
            m_key = QSslKey(key.readAll(), QSsl::Ec);
        }
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QSslSocket(this);
        auto *server = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        client->setLocalCertificate(m_certificate);
        client->setPrivateKey(m_key);
        connect(client, &QSslSocket::readyRead, server,
                [client, server] { server->write(client->readAll()); });
        connect(server, &QTcpSocket::readyRead, client,
                [client, server] { client->write(server->readAll()); });
        connect(client, &QSslSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
        connect(client, &QSslSocket::errorOccurred, server, &QTcpSocket::disconnectFromHost);
        connect(server, &QTcpSocket::disconnected, client, &QSslSocket::disconnectFromHost);
        const TestBed &bed = TestBed::instance();
        server->connectToHost(bed.host(), bed.port(QStringLiteral("imap")));
        client->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// One profile with its Accounts, trusting the test bed's CA like --ca-file does, and a provider
// database for example.test.
struct Fixture
{
    explicit Fixture(quint16 imapPort = 0, bool dav = true)
    {
        const TestBed &bed = TestBed::instance();
        QFile file(QDir(providers.path()).filePath(QStringLiteral("example.test.xml")));
        if (file.open(QIODevice::WriteOnly))
            file.write(providerFile(imapPort ? imapPort : bed.port(QStringLiteral("imaps")), dav));
        file.close();
        database = ProviderDatabase::load(providers.path());
        loaded = !accounts.load().isError();
        QString error;
        loaded = loaded && accounts.tlsPolicy().addCaFile(bed.caFile(), &error) &&
                 database.errors().isEmpty() && database.providers().size() == 1;
        window.setDiscoveryFactory(
            [this](QObject *parent) { return new ProviderLookupRunner(database, parent); });
    }

    QTemporaryDir profile;
    QTemporaryDir providers;
    ProviderDatabase database;
    Accounts accounts{Profile(profile.path())};
    MainWindow window{&accounts};
    bool loaded = false;
};

// A provider for example.test whose IMAP server is behind a RogueTlsProxy.
struct RogueFixture
{
    RogueTlsProxy proxy;
    bool listening = proxy.listen(QHostAddress::LocalHost);
    Fixture f{proxy.serverPort(), false};
};

// Discovery that is still looking until the user stops it: for "Set up manually".
class PendingRunner : public DiscoveryRunner
{
public:
    using DiscoveryRunner::DiscoveryRunner;

    void start(const QString &email) override
    {
        m_result.email = email;
        m_step.method = QStringLiteral("SRV records");
        emit stepChanged(m_step);
    }
    void cancel() override
    {
        if (m_finished)
            return;
        m_finished = true;
        m_step.state = DiscoveryStep::State::Skipped;
        emit stepChanged(m_step);
        emit finished();
    }
    bool isFinished() const override { return m_finished; }
    DiscoveryResult result() const override { return m_result; }
    QList<DiscoveryStep> steps() const override { return {m_step}; }
    SetupReport report() const override { return {}; }

private:
    DiscoveryResult m_result;
    DiscoveryStep m_step;
    bool m_finished = false;
};

// The test bed's servers, with the SMTP server as if plain DNS had named it outside the
// address's domain: no password may go there before the user approves.
class UnprotectedSmtpRunner : public ProviderLookupRunner
{
public:
    using ProviderLookupRunner::ProviderLookupRunner;

    DiscoveryResult result() const override
    {
        DiscoveryResult result = ProviderLookupRunner::result();
        for (DiscoveredService &found : result.services) {
            if (found.service.type == ProviderServiceType::Smtp) {
                found.service.host = QStringLiteral("localhost"); // the test bed, by another name
                found.source = DiscoverySource::Srv;
                DiscoveryTrust::apply(&found, QStringLiteral("example.test"));
            }
        }
        return result;
    }
};

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    const QString m_alice = QStringLiteral("alice@example.test");

    // Opens the wizard from the empty main window (Return on its button, which has the focus)
    // or from File → Add Account…, and types name and address. Null when that failed.
    SetupWizard *openAndIdentify(Fixture &f, const QString &email, const char *screenshot = nullptr)
    {
        SetupWizard *wizard = nullptr;
        identify(f, email, &wizard, screenshot);
        return QTest::currentTestFailed() ? nullptr : wizard;
    }

    void identify(Fixture &f, const QString &email, SetupWizard **wizard, const char *screenshot)
    {
        f.window.show();
        activate(&f.window);
        if (screenshot) {
            QTRY_COMPARE(QApplication::focusWidget()->objectName(),
                         QStringLiteral("addAccountButton"));
            press(Qt::Key_Return);
        } else {
            f.window.findChild<QAction *>(QStringLiteral("addAccountAction"))->trigger();
        }
        *wizard = f.window.findChild<SetupWizard *>();
        QVERIFY(*wizard);
        activate(*wizard);
        QTRY_COMPARE(QApplication::focusWidget(),
                     (*wizard)->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
        type(QStringLiteral("Alice Example"));
        press(Qt::Key_Tab);
        type(email);
        if (screenshot)
            saveScreenshot(*wizard, QLatin1String(screenshot));
    }

    // From the identity page to the finish page with Return only; false when a page was not
    // the one expected.
    bool nextToFinish(SetupWizard *wizard, const QString &password, bool screenshots = false)
    {
        walkToFinish(wizard, password, screenshots);
        return !QTest::currentTestFailed();
    }

    void walkToFinish(SetupWizard *wizard, const QString &password, bool screenshots)
    {
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::PasswordPageId));
        type(password);
        if (screenshots)
            saveScreenshot(wizard, QStringLiteral("wizard-2-password.png"));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPageId));
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        if (screenshots)
            saveScreenshot(wizard, QStringLiteral("wizard-3-discovery.png"));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ResultPageId));
        if (screenshots)
            saveScreenshot(wizard, QStringLiteral("wizard-4-result.png"));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
    }

    // Alice's setup up to the dialog about the proxy's certificate, which is left active. Null
    // when the wizard went elsewhere.
    CertificateDialog *untilCertificateDialog(RogueFixture &rogue, SetupWizard **wizard)
    {
        walkToCertificateDialog(rogue, wizard);
        return QTest::currentTestFailed() ? nullptr : (*wizard)->findChild<CertificateDialog *>();
    }

    void walkToCertificateDialog(RogueFixture &rogue, SetupWizard **wizard)
    {
        QVERIFY(rogue.listening);
        QVERIFY(rogue.f.loaded);
        *wizard = openAndIdentify(rogue.f, m_alice);
        QVERIFY(*wizard);
        QVERIFY(nextToFinish(*wizard, TestBed::instance().password(m_alice)));
        QTRY_VERIFY_WITH_TIMEOUT((*wizard)->findChild<CertificateDialog *>(), 20000);
        activate((*wizard)->findChild<CertificateDialog *>());
    }

private slots:
    void initTestCase() { SATCHEL_REQUIRE_TESTBED(); }

    void keyboardAloneSetsUpAnAccountWithItsPasswordInTheKeychain()
    {
        Fixture f;
        QVERIFY(f.loaded);
        SetupWizard *wizard = openAndIdentify(f, m_alice, "wizard-1-identity.png");
        QVERIFY(wizard);
        // Discovery starts once the address is typed, before the password is asked.
        QTRY_VERIFY(wizard->discovery());
        QCOMPARE(wizard->currentId(), int(SetupWizard::IdentityPageId));
        QVERIFY(nextToFinish(wizard, TestBed::instance().password(m_alice), true));

        auto *imap = wizard->findChild<QRadioButton *>(QStringLiteral("chooseImap"));
        QVERIFY(imap->isChecked());
        QVERIFY(imap->text().contains(QLatin1String("recommended")));
        QVERIFY(labelText(wizard, "imapExplanation")
                    .startsWith(QLatin1String("Everything stays in sync on every device")));
        QVERIFY(labelText(wizard, "popExplanation")
                    .startsWith(QLatin1String("Downloads the Inbox to this computer only")));

        QVERIFY(waitUntilFinished(wizard));
        QVERIFY2(failedRows(wizard).isEmpty(),
                 qPrintable(failedRows(wizard).join(QLatin1Char('\n'))));
        QCOMPARE(wizard->currentPage()->findChildren<QLabel *>(QStringLiteral("serviceRow")).size(),
                 4); // IMAP, SMTP, CardDAV, CalDAV, each logged in
        saveScreenshot(wizard, QStringLiteral("wizard-6-finish.png"));
        press(Qt::Key_Return); // Finish
        QTRY_VERIFY(!f.window.findChild<SetupWizard *>());

        const std::optional<Account> account = f.accounts.find(m_alice);
        QVERIFY(account);
        QCOMPARE(account->name, QStringLiteral("Alice Example"));
        QCOMPARE(account->incoming()->type, ServiceType::Imap);
        QCOMPARE(account->incoming()->port, TestBed::instance().port(QStringLiteral("imaps")));
        QCOMPARE(storedPassword(account->id), TestBed::instance().password(m_alice));
        auto *list = f.window.findChild<QListWidget *>(QStringLiteral("accountList"));
        QVERIFY(list->isVisible());
        QVERIFY(list->currentItem()->text().startsWith(
            QLatin1String("Alice Example <alice@example.test>")));
        saveScreenshot(&f.window, QStringLiteral("mainwindow-after-setup.png"));
    }

    void wrongPasswordSaysAnAppPasswordIsNeeded()
    {
        Fixture f(0, false);
        QVERIFY(f.loaded);
        SetupWizard *wizard = openAndIdentify(f, m_alice);
        QVERIFY(wizard);
        QVERIFY(nextToFinish(wizard, QStringLiteral("my-normal-password")));
        QVERIFY(waitUntilFinished(wizard));
        QCOMPARE(failedRows(wizard).size(), 2);
        QVERIFY(failedRows(wizard).first().contains(QLatin1String("app password")));
        const QString hint = labelText(wizard, "finishHint");
        QVERIFY2(hint.contains(QLatin1String("two-step verification code won't work")),
                 qPrintable(hint));
        QVERIFY(hint.contains(QLatin1String("https://example.test/app-passwords")));
        QVERIFY(!f.accounts.find(m_alice));
        saveScreenshot(wizard, QStringLiteral("wizard-7-wrong-password.png"));

        press(Qt::Key_C, Qt::AltModifier); // Copy a setup report
        QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY2(report.contains(QLatin1String("Verification")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("%1:%2")
                                    .arg(TestBed::instance().host())
                                    .arg(TestBed::instance().port(QStringLiteral("imaps")))));
        QVERIFY(!report.contains(QLatin1String("my-normal-password")));

        // A button's mnemonic clicks it after a short animation.
        press(Qt::Key_P, Qt::AltModifier); // Change the password
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::PasswordPageId));
        press(Qt::Key_A, Qt::ControlModifier);
        type(TestBed::instance().password(m_alice));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
        QVERIFY(waitUntilFinished(wizard));
        QVERIFY2(failedRows(wizard).isEmpty(),
                 qPrintable(failedRows(wizard).join(QLatin1Char('\n'))));
        QVERIFY(f.accounts.find(m_alice));
    }

    void manualPageEditsEveryFieldAndVerifiesAgain()
    {
        Fixture f(0, false);
        QVERIFY(f.loaded);
        const QString erin = QStringLiteral("erin@example.test");
        SetupWizard *wizard = openAndIdentify(f, erin);
        QVERIFY(wizard);
        press(Qt::Key_Return);
        type(TestBed::instance().password(erin));
        press(Qt::Key_Return);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ResultPageId));
        press(Qt::Key_H, Qt::AltModifier); // Change settings…
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::ManualPageId));

        auto *host = wizard->findChild<QLineEdit *>(QStringLiteral("incomingHost"));
        QCOMPARE(host->text(), TestBed::instance().host());
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("incomingUsername"))->text(), erin);
        saveScreenshot(wizard, QStringLiteral("wizard-5-manual.png"));
        // POP instead of IMAP, and sending over STARTTLS: protocol, port and security by key.
        press(Qt::Key_P, Qt::AltModifier);
        press(Qt::Key_Down);
        press(Qt::Key_O, Qt::AltModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        type(QString::number(TestBed::instance().port(QStringLiteral("pop3s"))));
        press(Qt::Key_Y, Qt::AltModifier);
        press(Qt::Key_Down); // STARTTLS
        press(Qt::Key_R, Qt::AltModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        type(QString::number(TestBed::instance().port(QStringLiteral("submission"))));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
        QVERIFY(waitUntilFinished(wizard));
        QVERIFY2(failedRows(wizard).isEmpty(),
                 qPrintable(failedRows(wizard).join(QLatin1Char('\n'))));
        const std::optional<Account> account = f.accounts.find(erin);
        QVERIFY(account);
        QCOMPARE(account->incoming()->type, ServiceType::Pop3);
        QCOMPARE(account->service(ServiceType::Smtp)->security, Security::StartTls);
        QCOMPARE(account->service(ServiceType::Smtp)->port,
                 TestBed::instance().port(QStringLiteral("submission")));
    }

    void untrustedCertificateCanBeTrustedOnce()
    {
        RogueFixture rogueSetup;
        Fixture &f = rogueSetup.f;
        SetupWizard *wizard = nullptr;
        CertificateDialog *dialog = untilCertificateDialog(rogueSetup, &wizard);
        QVERIFY(dialog);
        const QByteArray rogue = digestOf(TestBed::instance().rogueCert());
        QCOMPARE(dialog->certificate().sha256, rogue);
        QCOMPARE(dialog->certificate().port, rogueSetup.proxy.serverPort());
        // Two lines of 16 bytes each.
        QCOMPARE(labelText(dialog, "certificateFingerprint")
                     .replace(QLatin1Char('\n'), QLatin1Char(':')),
                 CertificatePins::formatFingerprint(rogue));
        QVERIFY(labelText(dialog, "certificateSubject").contains(QLatin1String("localhost")));
        QVERIFY(!labelText(dialog, "certificateReason").isEmpty());
        QVERIFY(!labelText(dialog, "certificateValidUntil").isEmpty());
        saveScreenshot(dialog, QStringLiteral("certificate-dialog.png"));

        press(Qt::Key_Escape); // the default trusts nothing
        QTRY_VERIFY(!wizard->findChild<CertificateDialog *>());
        activate(wizard);
        QVERIFY(!f.accounts.find(m_alice));
        press(Qt::Key_T, Qt::AltModifier); // Try again: the dialog asks again
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<CertificateDialog *>(), 20000);
        dialog = wizard->findChild<CertificateDialog *>();
        activate(dialog);
        press(Qt::Key_O, Qt::AltModifier); // Trust Once
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);
        QVERIFY(f.accounts.find(m_alice));
        QVERIFY(!f.accounts.tlsPolicy().pins.isPinned(TestBed::instance().host(),
                                                      rogueSetup.proxy.serverPort(), rogue));
        QVERIFY(!QFile::exists(
            QDir(f.profile.path()).filePath(QStringLiteral("certificate-pins.json"))));
    }

    void untrustedCertificateCanBeRememberedForItsServer()
    {
        RogueFixture rogue;
        SetupWizard *wizard = nullptr;
        QVERIFY(untilCertificateDialog(rogue, &wizard));
        press(Qt::Key_A, Qt::AltModifier); // Always Trust
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);

        Accounts reloaded{Profile(rogue.f.profile.path())};
        QVERIFY(!reloaded.load().isError());
        QVERIFY(reloaded.tlsPolicy().pins.isPinned(TestBed::instance().host(),
                                                   rogue.proxy.serverPort(),
                                                   digestOf(TestBed::instance().rogueCert())));
    }

    void serversFromAnUnprotectedSourceNeedApproval()
    {
        Fixture f(0, false);
        QVERIFY(f.loaded);
        f.window.setDiscoveryFactory(
            [&f](QObject *parent) { return new UnprotectedSmtpRunner(f.database, parent); });
        SetupWizard *wizard = openAndIdentify(f, m_alice);
        QVERIFY(wizard);
        press(Qt::Key_Return);
        type(TestBed::instance().password(m_alice));
        press(Qt::Key_Return);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ResultPageId));
        auto *approve = wizard->findChild<QCheckBox *>(QStringLiteral("approveServers"));
        QVERIFY(approve->isVisible());
        QVERIFY2(approve->text().contains(QLatin1String("Send my password to localhost.")),
                 qPrintable(approve->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        press(Qt::Key_Return); // nothing happens: not approved
        QCOMPARE(wizard->currentId(), int(SetupWizard::ResultPageId));
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(approve->isChecked());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
        QVERIFY(waitUntilFinished(wizard));
        QVERIFY(f.accounts.find(m_alice));
    }

    void setUpManuallyWhileDiscoveryStillLooks()
    {
        Fixture f(0, false);
        QVERIFY(f.loaded);
        f.window.setDiscoveryFactory([](QObject *parent) { return new PendingRunner(parent); });
        SetupWizard *wizard = openAndIdentify(f, QStringLiteral("bob@example.test"));
        QVERIFY(wizard);
        press(Qt::Key_Return);
        type(QStringLiteral("secret"));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(labelText(wizard, "discoveryStatus").startsWith(QLatin1String("Looking up")));
        press(Qt::Key_M, Qt::AltModifier); // Set up manually
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::ManualPageId));
        QVERIFY(wizard->discovery()->isFinished());
        // Nothing was found: the usual names for the domain, to correct.
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("incomingHost"))->text(),
                 QStringLiteral("imap.example.test"));
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("outgoingHost"))->text(),
                 QStringLiteral("smtp.example.test"));

        // POP from a folder, where the provider offers it: the folder goes into the username.
        auto *protocol = wizard->findChild<QComboBox *>(QStringLiteral("incomingProtocol"));
        auto *folder = wizard->findChild<QLineEdit *>(QStringLiteral("incomingPopFolder"));
        QVERIFY(!folder->isEnabled());
        auto *editor = qobject_cast<ServiceEditor *>(protocol->parentWidget());
        QVERIFY(editor);
        editor->setPopFolderTemplate(QStringLiteral("%EMAILLOCALPART%+%FOLDER%@%EMAILDOMAIN%"),
                                     QStringLiteral("bob@example.test"));
        protocol->setFocus();
        press(Qt::Key_Down);
        QCOMPARE(editor->service().type, ServiceType::Pop3);
        QVERIFY(folder->isEnabled());
        press(Qt::Key_D, Qt::AltModifier);
        type(QStringLiteral("Lists"));
        QCOMPARE(editor->service().username, QStringLiteral("bob+Lists@example.test"));
    }

    void germanTranslationCoversTheWizard()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/satchel_de.qm")));
        QCoreApplication::installTranslator(&translator);
        Fixture f;
        QVERIFY(f.loaded);
        SetupWizard wizard(&f.accounts, [&f](QObject *parent) {
            return new ProviderLookupRunner(f.database, parent);
        });
        CertificateDetails details;
        details.host = QStringLiteral("mail.example.test");
        details.port = 993;
        CertificateDialog dialog(details);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Konto einrichten"));
        QCOMPARE(wizard.page(SetupWizard::IdentityPageId)->title(),
                 QStringLiteral("Wer sind Sie?"));
        QCOMPARE(wizard.page(SetupWizard::ManualPageId)->title(),
                 QStringLiteral("Servereinstellungen"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Nicht vertrauenswürdiges Zertifikat"));
    }

    void exportDialogSavesAndPrintsWithoutThePassword()
    {
        Fixture f(0, true);
        QVERIFY(f.loaded);
        SetupWizard *wizard = openAndIdentify(f, m_alice);
        QVERIFY(wizard);
        const QString password = TestBed::instance().password(m_alice);
        QVERIFY(nextToFinish(wizard, password));
        QVERIFY(waitUntilFinished(wizard));
        press(Qt::Key_Return);
        QTRY_VERIFY(!f.window.findChild<SetupWizard *>());

        auto *action = f.window.findChild<QAction *>(QStringLiteral("exportAccountAction"));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = f.window.findChild<ExportDialog *>();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        saveScreenshot(dialog, QStringLiteral("export-dialog.png"));
        QTemporaryDir out;
        for (const char *button : {"formatAutoconfig", "formatMobileconfig", "formatSheet"}) {
            dialog->findChild<QRadioButton *>(QLatin1String(button))->click();
            const QString path = QDir(out.path()).filePath(dialog->suggestedFileName());
            QString error;
            QVERIFY2(dialog->saveTo(path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray saved = file.readAll();
            QVERIFY(saved.contains("example.test")); // autoconfig: %EMAILADDRESS%
            QVERIFY(!saved.contains(password.toUtf8()));
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = QDir(out.path()).filePath(QStringLiteral("sheet.pdf"));
        printer.setOutputFileName(pdf);
        dialog->printTo(&printer);
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
