#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Satchel {

class SetupWizard;

// Live progress of discovery: each method with its state, each service as it is found. The
// user may stop looking (and go on with what was found) or set the account up by hand.
class DiscoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DiscoveryPage(SetupWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void refresh();

    SetupWizard *m_wizard;
    QLabel *m_status;
    QTreeWidget *m_steps;
    QTreeWidget *m_services;
    QPushButton *m_stop;
    QPushButton *m_manual;
};

} // namespace Satchel
