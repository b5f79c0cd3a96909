#pragma once

#include "discovery/discoveryjob.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Satchel {

class SetupWizard;

// The settings discovery found, with IMAP or POP chosen by the provider's advice and the
// difference said in two sentences; contacts and calendars when found; approval for servers
// outside the address's domain that came from an unprotected source.
class ResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultPage(SetupWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    // The best finding of a type, if any.
    std::optional<DiscoveredService> best(ProviderServiceType type) const;
    QList<DiscoveredService> chosen() const;
    QStringList domainsToApprove() const;
    void showApproval();
    static QString describe(const DiscoveredService &found);

    SetupWizard *m_wizard;
    DiscoveryResult m_result;
    QRadioButton *m_imap;
    QLabel *m_imapText;
    QRadioButton *m_pop;
    QLabel *m_popText;
    QLabel *m_smtp;
    QCheckBox *m_carddav;
    QCheckBox *m_caldav;
    QCheckBox *m_approve;
    QPushButton *m_change;
};

} // namespace Satchel
