#include "setupwizard.h"

#include "discoverypage.h"
#include "finishpage.h"
#include "identitypage.h"
#include "manualpage.h"
#include "passwordpage.h"
#include "resultpage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace Satchel {

SetupWizard::SetupWizard(Accounts *accounts, DiscoveryRunnerFactory discovery, QWidget *parent)
    : QWizard(parent)
    , m_accounts(accounts)
    , m_factory(std::move(discovery))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set Up an Account"));
    // The same look on every platform, so that screenshots and tests see what users see.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(IdentityPageId, new IdentityPage(this));
    setPage(PasswordPageId, new PasswordPage(this));
    setPage(DiscoveryPageId, new DiscoveryPage(this));
    setPage(ResultPageId, new ResultPage(this));
    setPage(ManualPageId, new ManualPage(this));
    setPage(FinishPageId, new FinishPage(this));
    setStartId(IdentityPageId);
    resize(700, 540);
}

SetupWizard::~SetupWizard()
{
    if (m_discovery)
        m_discovery->cancel();
}

QString SetupWizard::email() const
{
    return field(QStringLiteral("email")).toString().trimmed();
}

QString SetupWizard::name() const
{
    return field(QStringLiteral("name")).toString().trimmed();
}

QString SetupWizard::password() const
{
    return field(QStringLiteral("password")).toString();
}

void SetupWizard::startDiscovery(const QString &email)
{
    if (m_discovery && email == m_discoveryEmail)
        return;
    if (m_discovery) {
        m_discovery->disconnect(this);
        m_discovery->cancel();
        m_discovery->deleteLater();
    }
    m_discoveryEmail = email;
    m_draft = {};
    m_plan.clear();
    m_verificationReport = {};
    m_discovery = m_factory(this);
    connect(m_discovery, &DiscoveryRunner::stepChanged, this, &SetupWizard::discoveryChanged);
    connect(m_discovery, &DiscoveryRunner::serviceFound, this, &SetupWizard::discoveryChanged);
    connect(m_discovery, &DiscoveryRunner::serviceChanged, this, &SetupWizard::discoveryChanged);
    connect(m_discovery, &DiscoveryRunner::finished, this, &SetupWizard::discoveryChanged);
    m_discovery->start(email);
    emit discoveryChanged();
}

std::optional<ProviderConfig> SetupWizard::provider() const
{
    return m_discovery ? m_discovery->result().provider : std::nullopt;
}

void SetupWizard::setPlan(const QList<DiscoveredService> &plan, const QStringList &approvedDomains)
{
    m_plan = plan;
    m_approvedDomains = approvedDomains;
}

SetupReport SetupWizard::setupReport() const
{
    SetupReport report = m_discovery ? m_discovery->report() : SetupReport{};
    report.setEmail(email());
    report.append(m_verificationReport);
    // The reports are redacted already; this takes out the password wherever it might remain.
    report.scrub(email(), password());
    return report;
}

QPushButton *SetupWizard::createReportButton(QWidget *page)
{
    const QString text = tr("&Copy a setup report");
    auto *button = new QPushButton(text, page);
    button->setObjectName(QStringLiteral("copySetupReport"));
    button->setAutoDefault(false);
    button->setToolTip(tr("What Satchel tried, for your provider's support. It holds no "
                          "password."));
    connect(button, &QPushButton::clicked, this, [this, button, text] {
        QGuiApplication::clipboard()->setText(setupReport().toText());
        button->setText(tr("Setup report copied"));
        QTimer::singleShot(3000, button, [button, text] { button->setText(text); });
    });
    return button;
}

void SetupWizard::goToPage(int id)
{
    if (visitedIds().contains(id)) {
        while (currentId() != id)
            back();
        return;
    }
    if (id == ManualPageId) {
        while (currentId() != ResultPageId && currentId() != DiscoveryPageId)
            back();
        m_manualRequested = true;
        next();
    }
}

} // namespace Satchel
