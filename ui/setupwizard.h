#pragma once

#include "accounts/account.h"
#include "discoveryrunner.h"

#include <QPointer>
#include <QPushButton>
#include <QWizard>

#include <optional>

namespace Satchel {

class Accounts;

// The guided account setup: who you are, the app password, discovery with live progress, the
// settings found (IMAP or POP chosen by the provider's advice), a manual page where every field
// can be edited, and a last page that adds the account through the core API (which verifies it
// by logging in and puts the password in the keychain). Discovery starts as soon as the address
// is typed, before the password is asked.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        IdentityPageId,
        PasswordPageId,
        DiscoveryPageId,
        ResultPageId,
        ManualPageId,
        FinishPageId
    };

    SetupWizard(Accounts *accounts, DiscoveryRunnerFactory discovery, QWidget *parent = nullptr);
    ~SetupWizard() override;

    Accounts *accounts() const { return m_accounts; }
    QString email() const;
    QString name() const;
    QString password() const;

    // Looks up the address's settings, unless that address is being looked up already.
    void startDiscovery(const QString &email);
    // Null before an address was typed.
    DiscoveryRunner *discovery() const { return m_discovery; }
    // The known provider of the address, once discovery has found it.
    std::optional<ProviderConfig> provider() const;

    // The account the last page adds; the result page or the manual page fills it in.
    const Account &draft() const { return m_draft; }
    void setDraft(const Account &account) { m_draft = account; }
    // What the result page chose from discovery, to be verified with the provider's username
    // forms and firewall proxies; empty when the settings were typed on the manual page.
    const QList<DiscoveredService> &plan() const { return m_plan; }
    const QStringList &approvedDomains() const { return m_approvedDomains; }
    void setPlan(const QList<DiscoveredService> &plan, const QStringList &approvedDomains);
    // "Copy a setup report": what discovery and verification tried, without the password.
    SetupReport setupReport() const;
    void setVerificationReport(const SetupReport &report) { m_verificationReport = report; }
    // A "Copy a setup report" button for a page: copies setupReport() to the clipboard.
    QPushButton *createReportButton(QWidget *page);

    // Whether the result page leads to the manual page.
    void setManualRequested(bool manual) { m_manualRequested = manual; }
    bool manualRequested() const { return m_manualRequested; }

    // The account the last page added, once it has.
    const std::optional<Account> &addedAccount() const { return m_added; }
    void setAddedAccount(const Account &account) { m_added = account; }

    // Back to a page already shown, or on to the manual page (from the last page, to change
    // the settings after a failed verification).
    void goToPage(int id);

signals:
    // A new discovery started, or the running one reported a step, a service or its end.
    void discoveryChanged();

private:
    Accounts *m_accounts;
    DiscoveryRunnerFactory m_factory;
    QPointer<DiscoveryRunner> m_discovery;
    QString m_discoveryEmail;
    Account m_draft;
    QList<DiscoveredService> m_plan;
    QStringList m_approvedDomains;
    SetupReport m_verificationReport;
    bool m_manualRequested = false;
    std::optional<Account> m_added;
};

} // namespace Satchel
