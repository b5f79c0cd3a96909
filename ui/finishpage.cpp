#include "finishpage.h"

#include "certificatedialog.h"
#include "discovery/setupplan.h"
#include "discovery/verifysetupjob.h"
#include "service/accounts.h"
#include "service/addaccountjob.h"
#include "service/setupcheck.h"
#include "servicetext.h"
#include "setupwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Satchel {

FinishPage::FinishPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_rows(new QVBoxLayout)
    , m_hint(new QLabel(this))
    , m_changePassword(new QPushButton(tr("Change the &password"), this))
    , m_changeSettings(new QPushButton(tr("C&hange settings…"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_report(wizard->createReportButton(this))
{
    setObjectName(QStringLiteral("finishPage"));
    setFinalPage(true);
    m_hint->setObjectName(QStringLiteral("finishHint"));
    m_hint->setWordWrap(true);
    m_hint->setOpenExternalLinks(true);
    m_hint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_changePassword->setObjectName(QStringLiteral("changePassword"));
    m_changePassword->setAutoDefault(false); // Return stays with the wizard's Next
    m_changeSettings->setObjectName(QStringLiteral("changeSettingsAfterFailure"));
    m_changeSettings->setAutoDefault(false);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changePassword);
    buttons->addWidget(m_changeSettings);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_report);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_rows);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_changePassword, &QPushButton::clicked, this,
            [this] { m_wizard->goToPage(SetupWizard::PasswordPageId); });
    connect(m_changeSettings, &QPushButton::clicked, this,
            [this] { m_wizard->goToPage(SetupWizard::ManualPageId); });
    connect(m_retry, &QPushButton::clicked, this, &FinishPage::startAdding);
    connect(wizard, &QWizard::rejected, this, &FinishPage::cancelAdding);
}

FinishPage::~FinishPage()
{
    cancelAdding();
}

void FinishPage::initializePage()
{
    m_added = false;
    m_wizard->setOption(QWizard::NoBackButtonOnLastPage, false);
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, false);
    startAdding();
}

void FinishPage::cleanupPage()
{
    cancelAdding();
}

void FinishPage::cancelAdding()
{
    // Cleared first: a cancelled job's finished signal is no failure to show. A verification
    // stores nothing, so it may run out on its own.
    m_verify.clear();
    AddAccountJob *job = m_add;
    m_add.clear();
    if (job)
        job->cancel();
}

bool FinishPage::isComplete() const
{
    return m_added;
}

void FinishPage::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void FinishPage::addRow(const QString &title, const QString &status, bool failed)
{
    auto *label = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), status.toHtmlEscaped()), this);
    label->setObjectName(failed ? QStringLiteral("serviceFailed") : QStringLiteral("serviceRow"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(title);
    label->setAccessibleDescription(status);
    m_rows->addWidget(label);
}

void FinishPage::startAdding()
{
    cancelAdding();
    const Account account = m_wizard->draft();
    setTitle(tr("Checking your settings"));
    setSubTitle(tr("Logging in to each server of %1. No password is stored before every "
                   "login worked.")
                    .arg(account.email));
    m_hint->clear();
    clearRows();
    for (const ServiceConfig &service : account.services)
        addRow(ServiceText::typeName(service.type) + QStringLiteral(": ") +
                   ServiceText::server(service),
               tr("Logging in…"), false);
    for (QPushButton *button : {m_changePassword, m_changeSettings, m_retry, m_report})
        button->hide();
    if (m_wizard->plan().isEmpty())
        add(account, true);
    else
        verifyPlan();
}

void FinishPage::verifyPlan()
{
    auto *job = new VerifySetupJob(this);
    job->setEmail(m_wizard->email());
    job->setPassword(m_wizard->password());
    job->setProvider(m_wizard->provider());
    job->setServices(m_wizard->plan());
    job->setApprovedDomains(m_wizard->approvedDomains());
    job->setTlsPolicy(m_wizard->accounts()->tlsPolicy());
    m_verify = job;
    connect(job, &Job::finished, this, [this, job] { onVerified(job); });
    job->start();
}

void FinishPage::onVerified(VerifySetupJob *job)
{
    if (job != m_verify)
        return;
    m_verify.clear();
    m_wizard->setVerificationReport(job->report());
    const QList<ServiceCheckResult> results = checkResultsOf(job->results());
    QList<QStringList> notes;
    for (const ServiceVerification &verification : job->results())
        notes << verification.notes;
    m_wizard->accounts()->pinAcceptedCertificates(results);
    showResults(results, notes);
    const Error error = job->error().isError() ? job->error() : job->firstServiceError();
    if (error.isError()) {
        showFailure(error, results);
        return;
    }
    // Verified just now, as it will be stored: logging in again would only risk a lockout.
    add(SetupPlan::account(m_wizard->email(), m_wizard->name(), job->results()), false);
}

void FinishPage::add(const Account &account, bool verify)
{
    m_add = m_wizard->accounts()->add(account, m_wizard->password());
    AddAccountJob *job = m_add;
    job->setVerify(verify);
    connect(job, &Job::finished, this, [this, job] { onAdded(job); });
    job->start();
}

void FinishPage::onAdded(AddAccountJob *job)
{
    if (job != m_add)
        return; // a job cancelled before
    m_add.clear();
    showResults(job->checkResults());
    if (job->error().isError()) {
        showFailure(job->error(), job->checkResults());
        return;
    }
    m_added = true;
    m_wizard->setAddedAccount(job->account());
    // The account exists now: neither going back nor cancelling would undo that.
    m_wizard->setOption(QWizard::NoBackButtonOnLastPage, true);
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, true);
    setTitle(tr("Your account is ready"));
    setSubTitle(tr("%1 is set up, and its app password is in your system's keychain. "
                   "Choose Finish to see it in the main window.")
                    .arg(job->account().email));
    emit completeChanged();
}

void FinishPage::showResults(const QList<ServiceCheckResult> &results,
                             const QList<QStringList> &notes)
{
    if (results.isEmpty())
        return;
    clearRows();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const ServiceCheckResult &result = results.at(i);
        QString status;
        if (result.ok())
            status = tr("Logged in (%1 ms).").arg(result.elapsedMs);
        else if (result.error.detail().isEmpty() ||
                 result.error.message().contains(result.error.detail()))
            status = result.error.message();
        else
            status = tr("%1 The server said: %2")
                         .arg(result.error.message(), result.error.detail().left(300));
        for (const QString &note : notes.value(i))
            status += QLatin1Char(' ') + note;
        addRow(ServiceText::typeName(result.service.type) + QStringLiteral(": ") +
                   ServiceText::server(result.service),
               status, !result.ok());
    }
}

void FinishPage::showFailure(const Error &error, const QList<ServiceCheckResult> &results)
{
    setTitle(tr("The settings did not work"));
    setSubTitle(results.isEmpty() ? error.message()
                                  : tr("Satchel could not log in to every server, so "
                                       "nothing was saved yet."));
    bool authentication = false;
    const Error *certificate = nullptr;
    for (const ServiceCheckResult &result : results) {
        authentication =
            authentication || result.error.category() == Error::Category::Authentication;
        if (!certificate && !result.error.certificate().isEmpty())
            certificate = &result.error;
    }
    if (authentication) {
        m_hint->setText(tr("A normal account password or a two-step verification code won't "
                           "work here: use an app password.")
                            .toHtmlEscaped() +
                        QLatin1Char(' ') + ServiceText::appPasswordLink(m_wizard->provider()));
    }
    m_changePassword->setVisible(authentication);
    m_changeSettings->show();
    m_retry->show();
    m_report->show();
    (authentication ? m_changePassword : m_changeSettings)->setFocus();
    if (certificate)
        askAboutCertificate(*certificate);
}

void FinishPage::askAboutCertificate(const Error &error)
{
    auto *dialog = new CertificateDialog(error.certificate(), m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int choice) {
        if (choice == CertificateDialog::Rejected)
            return;
        const Error saved = m_wizard->accounts()->trustCertificate(
            dialog->certificate(), choice == CertificateDialog::TrustAlways);
        if (saved.isError()) {
            m_hint->setText(saved.message().toHtmlEscaped());
            return;
        }
        startAdding();
    });
    dialog->open();
}

} // namespace Satchel
