#pragma once

#include "accounts/account.h"
#include "export/accountexport.h"

#include <QDialog>

class QPrinter;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace Satchel {

// "Set up another device": an account's settings, never its password, as a Thunderbird
// autoconfig file, an Apple configuration profile or a settings sheet to print or save.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const Account &account, QWidget *parent = nullptr);

    AccountExport::Format format() const;
    // What "Save As…" writes for the chosen format (the sheet as HTML).
    QByteArray contents() const;
    QString suggestedFileName() const;
    bool saveTo(const QString &path, QString *error) const;
    void printTo(QPrinter *printer) const;

private:
    void showPreview();
    void save();
    void print();

    Account m_account;
    QRadioButton *m_autoconfig;
    QRadioButton *m_mobileconfig;
    QRadioButton *m_sheet;
    QTextBrowser *m_preview;
    QPushButton *m_save;
    QPushButton *m_print;
};

} // namespace Satchel
