#include "exportdialog.h"

#include "export/settingssheet.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Satchel {

ExportDialog::ExportDialog(const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_autoconfig(new QRadioButton(tr("&Thunderbird and other mail apps (autoconfig file)"), this))
    , m_mobileconfig(new QRadioButton(tr("&iPhone, iPad or Mac (configuration profile)"), this))
    , m_sheet(new QRadioButton(tr("Settings &sheet to print or keep"), this))
    , m_preview(new QTextBrowser(this))
    , m_save(new QPushButton(tr("Save &As…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Set Up Another Device"));
    auto *intro = new QLabel(tr("Take the settings of %1 to another device. The password is "
                                "never exported: the other device asks for it.")
                                 .arg(account.email),
                             this);
    intro->setWordWrap(true);
    m_autoconfig->setObjectName(QStringLiteral("formatAutoconfig"));
    m_mobileconfig->setObjectName(QStringLiteral("formatMobileconfig"));
    m_sheet->setObjectName(QStringLiteral("formatSheet"));
    m_sheet->setChecked(true);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_save->setObjectName(QStringLiteral("saveExport"));
    m_print->setObjectName(QStringLiteral("printExport"));

    auto *formats = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formats);
    for (QRadioButton *button : {m_autoconfig, m_mobileconfig, m_sheet}) {
        formatLayout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, &ExportDialog::showPreview);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_print, &QPushButton::clicked, this, &ExportDialog::print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(formats);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(640, 560);
    showPreview();
}

AccountExport::Format ExportDialog::format() const
{
    if (m_autoconfig->isChecked())
        return AccountExport::Format::Autoconfig;
    if (m_mobileconfig->isChecked())
        return AccountExport::Format::Mobileconfig;
    return AccountExport::Format::Sheet;
}

QByteArray ExportDialog::contents() const
{
    if (format() == AccountExport::Format::Sheet)
        return SettingsSheet(m_account, AccountExport::providerFor(m_account)).toHtml().toUtf8();
    return AccountExport::render(m_account, format());
}

QString ExportDialog::suggestedFileName() const
{
    if (format() == AccountExport::Format::Sheet)
        return m_account.email + QStringLiteral(".html");
    return AccountExport::fileName(m_account, format());
}

void ExportDialog::showPreview()
{
    const bool sheet = format() == AccountExport::Format::Sheet;
    m_print->setEnabled(sheet);
    m_preview->setFont(sheet ? font() : QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (sheet)
        m_preview->setHtml(QString::fromUtf8(contents()));
    else
        m_preview->setPlainText(QString::fromUtf8(contents()));
}

bool ExportDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents()) < 0 || !file.commit()) {
        *error =
            tr("Could not save %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Settings"),
                                                      QDir::home().filePath(suggestedFileName()));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Set Up Another Device"), error);
}

void ExportDialog::printTo(QPrinter *printer) const
{
    QTextDocument document;
    document.setHtml(QString::fromUtf8(contents()));
    document.print(printer);
}

void ExportDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

} // namespace Satchel
