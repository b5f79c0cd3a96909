#include "net/nearbyaddress.h"

#include <QHostAddress>
#include <QTest>

using namespace Satchel;

// Which peers count as nearby, where COMPRESS=DEFLATE costs more than it saves.
class TestNearbyAddress : public QObject
{
    Q_OBJECT

private slots:
    void nearbyAddresses()
    {
        for (const char *nearby : {"127.0.0.1", "::1", "10.1.2.3", "172.20.0.1", "192.168.1.9",
                                   "169.254.3.4", "fe80::1", "fd00::5", "::ffff:192.168.0.2"})
            QVERIFY2(isNearbyAddress(QHostAddress(QString::fromLatin1(nearby))), nearby);
        for (const char *far :
             {"93.184.216.34", "172.32.0.1", "2001:db8::1", "2a00:1450::1", "::ffff:8.8.8.8"})
            QVERIFY2(!isNearbyAddress(QHostAddress(QString::fromLatin1(far))), far);
        QVERIFY(!isNearbyAddress(QHostAddress()));
    }
};

QTEST_GUILESS_MAIN(TestNearbyAddress)
#include "tst_nearbyaddress.moc"
