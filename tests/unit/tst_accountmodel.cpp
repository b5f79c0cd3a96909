#include "accounts/accountstore.h"
#include "accounts/serviceurl.h"
#include "net/certificatepins.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

class TestAccountModel : public QObject
{
    Q_OBJECT

private:
    static ServiceConfig parsed(ServiceType type, const char *url)
    {
        QString error;
        const std::optional<ServiceConfig> config =
            parseServiceUrl(type, QString::fromLatin1(url), &error);
        if (!config)
            qWarning() << error;
        return config.value_or(ServiceConfig{});
    }

private slots:
    void serviceUrlsChooseTheSecurity()
    {
        ServiceConfig imap = parsed(ServiceType::Imap, "imaps://imap.fastmail.com");
        QCOMPARE(imap.host, QStringLiteral("imap.fastmail.com"));
        QCOMPARE(imap.port, quint16(993));
        QCOMPARE(imap.security, Security::Tls);
        imap = parsed(ServiceType::Imap, "imap://mail.example.org");
        QCOMPARE(imap.port, quint16(143));
        QCOMPARE(imap.security, Security::StartTls);
        const ServiceConfig smtp = parsed(ServiceType::Smtp, "smtp://smtp.fastmail.com:587");
        QCOMPARE(smtp.security, Security::StartTls);
        QCOMPARE(parsed(ServiceType::Smtp, "smtps://smtp.fastmail.com").port, quint16(465));
        QCOMPARE(parsed(ServiceType::Pop3, "pop3s://pop.fastmail.com").port, quint16(995));
        QCOMPARE(parsed(ServiceType::Pop3, "pop3://pop.example.org").security, Security::StartTls);
    }

    void serviceUrlsCarryPercentEncodedUsernames()
    {
        const ServiceConfig imap =
            parsed(ServiceType::Imap, "imaps://user%23example.com@imap.example.com:993");
        QCOMPARE(imap.username, QStringLiteral("user#example.com"));
        QCOMPARE(serviceUrl(imap), QStringLiteral("imaps://imap.example.com:993"));
        const ServiceConfig dav =
            parsed(ServiceType::CardDav, "https://u%2BDefault@carddav.fastmail.com/dav/");
        QCOMPARE(dav.username, QStringLiteral("u+Default"));
        QCOMPARE(dav.url, QStringLiteral("https://carddav.fastmail.com/dav/"));
    }

    void serviceUrlsRejectNonsense_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("url");
        QTest::newRow("wrong protocol") << int(ServiceType::Imap) << "smtps://x.example";
        QTest::newRow("unknown scheme") << int(ServiceType::Imap) << "ftp://x.example";
        QTest::newRow("no host") << int(ServiceType::Imap) << "imaps://";
        QTest::newRow("dav over http") << int(ServiceType::CalDav) << "http://x.example/";
        QTest::newRow("not a url") << int(ServiceType::Smtp) << "smtp server";
    }

    void serviceUrlsRejectNonsense()
    {
        QFETCH(int, type);
        QFETCH(QString, url);
        QString error;
        QVERIFY(!parseServiceUrl(ServiceType(type), url, &error));
        QVERIFY(!error.isEmpty());
    }

    void storeRoundTripsWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        AccountStore store(path);
        Account account;
        account.name = QStringLiteral("Ada");
        account.email = QStringLiteral("ada@example.com");
        account.services = {parsed(ServiceType::Imap, "imaps://imap.example.com"),
                            parsed(ServiceType::Smtp, "smtp://smtp.example.com:587")};
        QVERIFY(account.validate().isEmpty());
        QVERIFY(!store.add(&account).isError());
        QCOMPARE(account.id.size(), 6);
        QVERIFY(store.add(&account).isError()); // one account per address
        QVERIFY(!store.save().isError());

        AccountStore reread(path);
        QVERIFY(!reread.load().isError());
        const std::optional<Account> found = reread.find(QStringLiteral("ADA@example.com"));
        QVERIFY(found);
        QCOMPARE(found->id, account.id);
        QCOMPARE(found->services.size(), 2);
        QCOMPARE(found->service(ServiceType::Smtp)->security, Security::StartTls);
        QVERIFY(reread.find(account.id));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("password"));
        QVERIFY(reread.remove(account.id));
        QVERIFY(!reread.find(account.id));
    }

    void damagedStoreSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"accounts\": [ {\"id\": ");
        file.close();
        AccountStore store(path);
        const Error error = store.load();
        QCOMPARE(error.category(), Error::Category::Input);
        QVERIFY(error.message().contains(QLatin1String("damaged")));
    }

    void validationCatchesContradictions()
    {
        Account account;
        account.email = QStringLiteral("not-an-address");
        QVERIFY(!account.validate().isEmpty());
        account.email = QStringLiteral("a@example.com");
        account.services = {parsed(ServiceType::Imap, "imaps://imap.example.com"),
                            parsed(ServiceType::Pop3, "pop3s://pop.example.com")};
        QVERIFY(account.validate().contains(QLatin1String("not both")));
    }

    void pinsPersistPerHostAndPort()
    {
        const QByteArray digest =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const QString text = CertificatePins::formatFingerprint(digest);
        QVERIFY(text.startsWith(QLatin1String("00:11:22")));
        QCOMPARE(CertificatePins::parseFingerprint(text), digest);
        QCOMPARE(CertificatePins::parseFingerprint(text.toLower().remove(QLatin1Char(':'))),
                 digest);
        QVERIFY(CertificatePins::parseFingerprint(QStringLiteral("zz") + text.mid(2)).isEmpty());
        QVERIFY(CertificatePins::parseFingerprint(QStringLiteral("0011")).isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pins.json"));
        CertificatePins pins;
        pins.pin(QStringLiteral("Mail.Example.com"), 993, digest);
        QString error;
        QVERIFY(pins.save(path, &error));
        CertificatePins loaded;
        QVERIFY(loaded.load(path, &error));
        QVERIFY(loaded.isPinned(QStringLiteral("mail.example.com"), 993, digest));
        QVERIFY(!loaded.isPinned(QStringLiteral("mail.example.com"), 995, digest));
        QVERIFY(!loaded.isPinned(QStringLiteral("other.example.com"), 993, digest));
    }
};

QTEST_GUILESS_MAIN(TestAccountModel)
#include "tst_accountmodel.moc"
