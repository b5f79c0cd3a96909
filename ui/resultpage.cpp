#include "resultpage.h"

#include "discovery/setupplan.h"
#include "servicetext.h"
#include "setupwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Satchel {

namespace {

QLabel *makeNote(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ResultPage::ResultPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_imap(new QRadioButton(this))
    , m_imapText(makeNote(this))
    , m_pop(new QRadioButton(this))
    , m_popText(makeNote(this))
    , m_smtp(new QLabel(this))
    , m_carddav(new QCheckBox(this))
    , m_caldav(new QCheckBox(this))
    , m_approve(new QCheckBox(this))
    , m_change(new QPushButton(tr("C&hange settings…"), this))
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Your settings"));
    m_imap->setObjectName(QStringLiteral("chooseImap"));
    m_pop->setObjectName(QStringLiteral("choosePop"));
    m_imapText->setObjectName(QStringLiteral("imapExplanation"));
    m_popText->setObjectName(QStringLiteral("popExplanation"));
    m_smtp->setObjectName(QStringLiteral("smtpSummary"));
    m_smtp->setWordWrap(true);
    m_carddav->setObjectName(QStringLiteral("useCardDav"));
    m_caldav->setObjectName(QStringLiteral("useCalDav"));
    m_approve->setObjectName(QStringLiteral("approveServers"));
    m_change->setObjectName(QStringLiteral("changeSettings"));
    m_change->setAutoDefault(false); // Return stays with the wizard's Next

    auto *group = new QButtonGroup(this);
    group->addButton(m_imap);
    group->addButton(m_pop);

    auto *incoming = new QGroupBox(tr("Incoming mail"), this);
    auto *incomingLayout = new QVBoxLayout(incoming);
    incomingLayout->addWidget(m_imap);
    incomingLayout->addWidget(m_imapText);
    incomingLayout->addWidget(m_pop);
    incomingLayout->addWidget(m_popText);

    auto *other = new QGroupBox(tr("Sending, contacts and calendars"), this);
    auto *otherLayout = new QVBoxLayout(other);
    otherLayout->addWidget(m_smtp);
    otherLayout->addWidget(m_carddav);
    otherLayout->addWidget(m_caldav);

    auto *changeRow = new QHBoxLayout;
    changeRow->addStretch();
    changeRow->addWidget(m_change);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(incoming);
    layout->addWidget(other);
    layout->addWidget(m_approve);
    layout->addStretch();
    layout->addLayout(changeRow);

    connect(m_approve, &QCheckBox::toggled, this, &ResultPage::completeChanged);
    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(m_imap), static_cast<QAbstractButton *>(m_pop),
          static_cast<QAbstractButton *>(m_carddav), static_cast<QAbstractButton *>(m_caldav)})
        connect(button, &QAbstractButton::toggled, this, &ResultPage::showApproval);
    connect(m_change, &QPushButton::clicked, this, [this] {
        m_wizard->setManualRequested(true);
        m_wizard->next();
    });
}

std::optional<DiscoveredService> ResultPage::best(ProviderServiceType type) const
{
    const QList<DiscoveredService> found = m_result.servicesOf(type);
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QString ResultPage::describe(const DiscoveredService &found)
{
    return tr("%1, %2 (found by: %3)")
        .arg(ServiceText::server(found.service), ServiceText::security(found.service.security),
             ServiceText::source(found.source));
}

void ResultPage::initializePage()
{
    m_wizard->setManualRequested(false);
    m_result = m_wizard->discovery() ? m_wizard->discovery()->result() : DiscoveryResult{};
    const std::optional<ProviderConfig> &provider = m_result.provider;
    setSubTitle(provider ? tr("Satchel found the settings of %1 at %2.")
                               .arg(m_wizard->email(), provider->displayName)
                         : tr("Satchel found these settings for %1.").arg(m_wizard->email()));

    const std::optional<DiscoveredService> imap = best(ProviderServiceType::Imap);
    const std::optional<DiscoveredService> pop = best(ProviderServiceType::Pop3);
    // The seeds' advice: IMAP in most cases, unless the provider recommends otherwise.
    const QList<DiscoveredService> recommended = SetupPlan::choose(m_result);
    const bool recommendPop = !recommended.isEmpty() &&
                              recommended.constFirst().service.type == ProviderServiceType::Pop3;
    m_imap->setText(recommendPop ? tr("&IMAP") : tr("&IMAP (recommended)"));
    m_pop->setText(recommendPop ? tr("&POP (recommended)") : tr("&POP"));
    const QString imapWhy = tr("Everything stays in sync on every device: messages, folders and "
                               "read marks live on the server.");
    const QString popWhy = tr("Downloads the Inbox to this computer only: other folders and what "
                              "you change here stay on this computer.");
    m_imapText->setText(imap ? imapWhy + QLatin1Char('\n') + describe(*imap) : imapWhy);
    m_popText->setText(pop ? popWhy + QLatin1Char('\n') + describe(*pop) : popWhy);
    m_imap->setEnabled(imap.has_value());
    m_pop->setEnabled(pop.has_value());
    (recommendPop ? m_pop : m_imap)->setChecked(true);

    const std::optional<DiscoveredService> smtp = best(ProviderServiceType::Smtp);
    m_smtp->setText(smtp ? tr("Sending: %1").arg(describe(*smtp))
                         : tr("Sending: no SMTP server was found. Choose Change settings to "
                              "type one in."));
    const std::optional<DiscoveredService> carddav = best(ProviderServiceType::CardDav);
    const std::optional<DiscoveredService> caldav = best(ProviderServiceType::CalDav);
    m_carddav->setText(carddav ? tr("Also set up &contacts: %1").arg(describe(*carddav))
                               : tr("No contacts server was found."));
    m_carddav->setEnabled(carddav.has_value());
    m_carddav->setChecked(carddav.has_value());
    m_caldav->setText(caldav ? tr("Also set up ca&lendars: %1").arg(describe(*caldav))
                             : tr("No calendar server was found."));
    m_caldav->setEnabled(caldav.has_value());
    m_caldav->setChecked(caldav.has_value());
    showApproval();
}

QList<DiscoveredService> ResultPage::chosen() const
{
    QList<DiscoveredService> services = SetupPlan::choose(
        m_result, m_pop->isChecked() ? ProviderServiceType::Pop3 : ProviderServiceType::Imap);
    services.removeIf([this](const DiscoveredService &found) {
        return (found.service.type == ProviderServiceType::CardDav && !m_carddav->isChecked()) ||
               (found.service.type == ProviderServiceType::CalDav && !m_caldav->isChecked());
    });
    return services;
}

QStringList ResultPage::domainsToApprove() const
{
    QStringList domains;
    for (const DiscoveredService &found : chosen()) {
        if (found.needsApproval && !domains.contains(found.approvalDomain))
            domains << found.approvalDomain;
    }
    return domains;
}

void ResultPage::showApproval()
{
    const QStringList domains = domainsToApprove();
    m_approve->setVisible(!domains.isEmpty());
    m_approve->setText(tr("&Send my password to %1. These servers are outside your address's "
                          "domain and were found through an unprotected source.")
                           .arg(domains.join(QStringLiteral(", "))));
    if (domains.isEmpty())
        m_approve->setChecked(false);
    emit completeChanged();
}

bool ResultPage::isComplete() const
{
    return m_approve->isHidden() || m_approve->isChecked();
}

bool ResultPage::validatePage()
{
    // Also when the user asked to change the settings: the manual page starts from this choice.
    const QList<DiscoveredService> plan = chosen();
    m_wizard->setPlan(plan, m_approve->isChecked() ? domainsToApprove() : QStringList());
    Account account;
    account.name = m_wizard->name();
    account.email = m_wizard->email();
    for (const DiscoveredService &found : plan) {
        std::optional<ServiceConfig> config = found.service.toServiceConfig();
        if (!config)
            continue;
        if (config->username.isEmpty())
            config->username = account.email;
        account.services << *config;
    }
    m_wizard->setDraft(account);
    return true;
}

int ResultPage::nextId() const
{
    return m_wizard->manualRequested() ? SetupWizard::ManualPageId : SetupWizard::FinishPageId;
}

} // namespace Satchel
