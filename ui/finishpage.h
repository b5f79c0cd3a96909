#pragma once

#include "service/servicecheckresult.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Satchel {

class AddAccountJob;
class SetupWizard;

// Adds the account through the core API, which logs in to every service and then stores the
// password in the keychain. Shows how each service fared in plain words; a certificate that
// fails verification opens the certificate dialog and, once trusted, the login is tried again.
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
    void onFinished(AddAccountJob *job);
    void showResults(const QList<ServiceCheckResult> &results);
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
    QPointer<AddAccountJob> m_job;
    bool m_added = false;
};

} // namespace Satchel
