#pragma once

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Satchel {

class SetupWizard;

// Who you are: the name recipients see and the email address. Discovery starts as soon as the
// address is complete, while the user goes on to the password.
class IdentityPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IdentityPage(SetupWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void onEmailEdited();
    bool emailIsValid(QString *problem = nullptr) const;

    SetupWizard *m_wizard;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_problem;
    QTimer m_settle; // a pause in typing, before discovery starts
};

} // namespace Satchel
