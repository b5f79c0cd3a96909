#include "setupwizard.h"

#include "discoverypage.h"
#include "finishpage.h"
#include "identitypage.h"
#include "manualpage.h"
#include "passwordpage.h"
#include "resultpage.h"

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
    resize(640, 520);
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
    m_discovery = m_factory(this);
    connect(m_discovery, &DiscoveryRunner::stepChanged, this, &SetupWizard::discoveryChanged);
    connect(m_discovery, &DiscoveryRunner::serviceFound, this, &SetupWizard::discoveryChanged);
    connect(m_discovery, &DiscoveryRunner::finished, this, &SetupWizard::discoveryChanged);
    m_discovery->start(email);
    emit discoveryChanged();
}

std::optional<ProviderConfig> SetupWizard::provider() const
{
    return m_discovery ? m_discovery->result().provider : std::nullopt;
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
