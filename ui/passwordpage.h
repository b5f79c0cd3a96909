#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Satchel {

class SetupWizard;

// The app password, with why the normal password will not do and, when the provider is known,
// a link to the page where the app password is made.
class PasswordPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PasswordPage(SetupWizard *wizard);

    void initializePage() override;

private:
    void showProvider();

    SetupWizard *m_wizard;
    QLabel *m_explanation;
    QLabel *m_providerLink;
    QLineEdit *m_password;
    QCheckBox *m_show;
};

} // namespace Satchel
