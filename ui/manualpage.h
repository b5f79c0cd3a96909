#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Satchel {

class ServiceEditor;
class SetupWizard;

// Every setting typed or corrected by hand: incoming and sending server, and optionally the
// contacts and calendar URLs. Next logs in with them again.
class ManualPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ManualPage(SetupWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void fillFromDiscovery();
    void updateProblem();
    QString davProblem() const;

    SetupWizard *m_wizard;
    ServiceEditor *m_incoming;
    ServiceEditor *m_outgoing;
    QLineEdit *m_carddav;
    QLineEdit *m_caldav;
    QLabel *m_problem;
};

} // namespace Satchel
