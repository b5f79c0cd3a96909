#pragma once

#include "discovery/serviceverification.h"
#include "service/servicecheckresult.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Satchel {

class AddAccountJob;
class SetupWizard;
class VerifySetupJob;

// Logs in to every service, then adds the account through the core API, which stores the
// password in the keychain. Settings found by discovery are verified the way discovery means
// them (the provider's username forms, its firewall proxies, the incoming server first so that
// a refused password is not tried everywhere); typed settings are verified as typed. Shows how
// each service fared in plain words; a certificate that fails verification opens the
// certificate dialog and, once trusted, the login is tried again.
class FinishPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FinishPage(SetupWizard *wizard);
    ~FinishPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void startAdding();
    void cancelAdding();
    void verifyPlan();
    void onVerified(VerifySetupJob *job);
    void add(const Account &account, bool verify);
    void onAdded(AddAccountJob *job);
    // One row per service; notes (which username form or proxy worked) where there are any.
    void showResults(const QList<ServiceCheckResult> &results,
                     const QList<QStringList> &notes = {});
    void showFailure(const Error &error, const QList<ServiceCheckResult> &results);
    void askAboutCertificate(const Error &error);
    void clearRows();
    void addRow(const QString &title, const QString &status, bool failed);

    SetupWizard *m_wizard;
    QVBoxLayout *m_rows;
    QLabel *m_hint;
    QPushButton *m_changePassword;
    QPushButton *m_changeSettings;
    QPushButton *m_retry;
    QPushButton *m_report;
    QPointer<VerifySetupJob> m_verify;
    QPointer<AddAccountJob> m_add;
    bool m_added = false;
};

} // namespace Satchel
