#include "certificatedialog.h"

#include "net/certificatepins.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Satchel {

namespace {

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// 32 bytes as two lines of 16, so the fingerprint reads like the provider's own listing.
QString fingerprintLines(const QByteArray &sha256)
{
    const QString text = CertificatePins::formatFingerprint(sha256);
    const qsizetype middle = text.size() / 2;
    return text.left(middle) + QLatin1Char('\n') + text.mid(middle + 1);
}

} // namespace

CertificateDialog::CertificateDialog(const CertificateDetails &certificate, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted Certificate"));

    const QString server = QStringLiteral("%1:%2").arg(certificate.host).arg(certificate.port);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *headline =
        new QLabel(tr("<b>Satchel cannot confirm that %1 is the server it claims to be.</b>")
                       .arg(server.toHtmlEscaped()),
                   this);
    headline->setWordWrap(true);
    auto *advice = new QLabel(tr("Someone on the network may be listening in, or the server has "
                                 "a certificate your system does not trust. Compare the "
                                 "fingerprint below with the one your provider publishes, and "
                                 "trust the certificate only if they match."),
                              this);
    advice->setWordWrap(true);

    const QLocale locale;
    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(tr("Problem:"), valueLabel(certificate.reasons.join(QLatin1Char('\n')),
                                               QStringLiteral("certificateReason"), this));
    details->addRow(tr("Issued to:"),
                    valueLabel(certificate.subject, QStringLiteral("certificateSubject"), this));
    details->addRow(tr("Issued by:"),
                    valueLabel(certificate.issuer, QStringLiteral("certificateIssuer"), this));
    details->addRow(tr("Valid from:"),
                    valueLabel(locale.toString(certificate.validFrom, QLocale::LongFormat),
                               QStringLiteral("certificateValidFrom"), this));
    details->addRow(tr("Valid until:"),
                    valueLabel(locale.toString(certificate.validUntil, QLocale::LongFormat),
                               QStringLiteral("certificateValidUntil"), this));
    QLabel *fingerprint = valueLabel(fingerprintLines(certificate.sha256),
                                     QStringLiteral("certificateFingerprint"), this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    fingerprint->setIndent(12);
    // On rows of their own: beside its label, the two lines would center the label between them.
    details->addRow(new QLabel(tr("SHA-256 fingerprint:"), this));
    details->addRow(fingerprint);
    // Each value is named by its row's label for screen readers.
    for (int row = 0; row < details->rowCount(); ++row) {
        QLayoutItem *labelItem = details->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *valueItem = details->itemAt(row, QFormLayout::FieldRole);
        if (!labelItem || !valueItem)
            continue; // the fingerprint's own rows
        auto *label = qobject_cast<QLabel *>(labelItem->widget());
        QWidget *value = valueItem->widget();
        if (label && value && value->accessibleName().isEmpty())
            value->setAccessibleName(label->text().chopped(1));
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *once = buttons->addButton(tr("Trust &Once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(QStringLiteral("trustOnce"));
    once->setToolTip(tr("Trust this certificate until Satchel quits."));
    QPushButton *always =
        buttons->addButton(tr("&Always Trust for %1").arg(server), QDialogButtonBox::AcceptRole);
    always->setObjectName(QStringLiteral("trustAlways"));
    always->setToolTip(
        tr("Remember this certificate for %1; a different one asks again.").arg(server));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("rejectCertificate"));
    cancel->setDefault(true);
    cancel->setFocus();
    connect(once, &QPushButton::clicked, this, [this] { done(TrustOnce); });
    connect(always, &QPushButton::clicked, this, [this] { done(TrustAlways); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(advice);
    text->addSpacing(8);
    text->addLayout(details);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    resize(560, layout->totalHeightForWidth(560));
}

} // namespace Satchel
