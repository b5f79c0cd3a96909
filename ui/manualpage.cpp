#include "manualpage.h"

#include "serviceeditor.h"
#include "setupwizard.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace Satchel {

namespace {

ServiceConfig guess(ServiceType type, const QString &email)
{
    ServiceConfig config;
    config.type = type;
    const QString domain = email.section(QLatin1Char('@'), 1);
    config.host =
        (type == ServiceType::Smtp ? QStringLiteral("smtp.") : QStringLiteral("imap.")) + domain;
    config.port = type == ServiceType::Smtp ? 465 : 993;
    config.username = email;
    return config;
}

ServiceConfig davService(ServiceType type, const QString &url, const QString &username)
{
    ServiceConfig config;
    config.type = type;
    config.url = url;
    const QUrl parsed(url);
    config.host = parsed.host();
    config.port = quint16(parsed.port(443));
    config.username = username;
    return config;
}

} // namespace

ManualPage::ManualPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_incoming(new ServiceEditor(ServiceEditor::Role::Incoming, this))
    , m_outgoing(new ServiceEditor(ServiceEditor::Role::Outgoing, this))
    , m_carddav(new QLineEdit(this))
    , m_caldav(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("manualPage"));
    setTitle(tr("Server settings"));
    setSubTitle(tr("Change any setting your provider gives differently. Next logs in with "
                   "them to check they work."));

    auto *incoming = new QGroupBox(tr("Incoming mail"), this);
    (new QVBoxLayout(incoming))->addWidget(m_incoming);
    auto *outgoing = new QGroupBox(tr("Sending mail (SMTP)"), this);
    auto *outgoingLayout = new QVBoxLayout(outgoing);
    outgoingLayout->addWidget(m_outgoing);
    outgoingLayout->addStretch();

    m_carddav->setObjectName(QStringLiteral("carddavUrl"));
    m_carddav->setAccessibleName(tr("Contacts (CardDAV) URL"));
    m_carddav->setPlaceholderText(tr("https://… (optional)"));
    m_caldav->setObjectName(QStringLiteral("caldavUrl"));
    m_caldav->setAccessibleName(tr("Calendars (CalDAV) URL"));
    m_caldav->setPlaceholderText(tr("https://… (optional)"));
    auto *carddavLabel = new QLabel(tr("Contacts (Car&dDAV):"), this);
    carddavLabel->setBuddy(m_carddav);
    auto *caldavLabel = new QLabel(tr("Cal&endars (CalDAV):"), this);
    caldavLabel->setBuddy(m_caldav);
    auto *dav = new QFormLayout;
    dav->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dav->addRow(carddavLabel, m_carddav);
    dav->addRow(caldavLabel, m_caldav);

    m_problem->setObjectName(QStringLiteral("manualProblem"));
    m_problem->setWordWrap(true);

    auto *servers = new QGridLayout;
    servers->addWidget(incoming, 0, 0);
    servers->addWidget(outgoing, 0, 1);
    servers->setColumnStretch(0, 1);
    servers->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(servers);
    layout->addLayout(dav);
    layout->addWidget(m_problem);
    layout->addStretch();

    for (ServiceEditor *editor : {m_incoming, m_outgoing})
        connect(editor, &ServiceEditor::changed, this, &ManualPage::updateProblem);
    for (QLineEdit *edit : {m_carddav, m_caldav})
        connect(edit, &QLineEdit::textChanged, this, &ManualPage::updateProblem);
    setTabOrder(m_outgoing, m_carddav);
    setTabOrder(m_carddav, m_caldav);
}

void ManualPage::initializePage()
{
    fillFromDiscovery();
    updateProblem();
}

void ManualPage::fillFromDiscovery()
{
    const QString email = m_wizard->email();
    Account draft = m_wizard->draft();
    if (!draft.incoming()) {
        // Nothing chosen yet: the best findings, or the usual names for the domain.
        const DiscoveryResult result =
            m_wizard->discovery() ? m_wizard->discovery()->result() : DiscoveryResult{};
        draft.services.clear();
        for (const DiscoveredService &found : result.services) {
            std::optional<ServiceConfig> config = found.service.toServiceConfig();
            if (!config || draft.service(config->type) ||
                (config->isIncoming() && draft.incoming()))
                continue;
            if (config->username.isEmpty())
                config->username = email;
            draft.services << *config;
        }
    }
    m_incoming->setService(draft.incoming().value_or(guess(ServiceType::Imap, email)));
    m_outgoing->setService(
        draft.service(ServiceType::Smtp).value_or(guess(ServiceType::Smtp, email)));
    m_carddav->setText(draft.service(ServiceType::CardDav).value_or(ServiceConfig{}).url);
    m_caldav->setText(draft.service(ServiceType::CalDav).value_or(ServiceConfig{}).url);
    const std::optional<ProviderConfig> provider = m_wizard->provider();
    const ProviderService *pop = provider ? provider->service(ProviderServiceType::Pop3) : nullptr;
    m_incoming->setPopFolderTemplate(pop ? pop->pop3.folderUsername : QString(), email);
}

QString ManualPage::davProblem() const
{
    for (const QLineEdit *edit : {m_carddav, m_caldav}) {
        const QString text = edit->text().trimmed();
        const QUrl url(text);
        if (!text.isEmpty() && (url.scheme() != QLatin1String("https") || url.host().isEmpty()))
            return tr("%1 must be an https:// address, like https://dav.example.com/.")
                .arg(edit->accessibleName());
    }
    return {};
}

void ManualPage::updateProblem()
{
    QString problem = m_incoming->problem();
    if (problem.isEmpty())
        problem = m_outgoing->problem();
    if (problem.isEmpty())
        problem = davProblem();
    const bool plain = m_incoming->service().security == Security::Plain ||
                       m_outgoing->service().security == Security::Plain;
    if (problem.isEmpty() && plain)
        problem = tr("Without encryption, your password and all your mail can be read by anyone "
                     "on the network. Choose SSL/TLS or STARTTLS if the server offers it.");
    m_problem->setText(problem);
    emit completeChanged();
}

bool ManualPage::isComplete() const
{
    return m_incoming->problem().isEmpty() && m_outgoing->problem().isEmpty() &&
           davProblem().isEmpty();
}

bool ManualPage::validatePage()
{
    Account account;
    account.name = m_wizard->name();
    account.email = m_wizard->email();
    account.services << m_incoming->service() << m_outgoing->service();
    const Account &before = m_wizard->draft();
    const auto addDav = [&](ServiceType type, const QLineEdit *edit) {
        const QString url = edit->text().trimmed();
        if (url.isEmpty())
            return;
        // The username found for it (Fastmail's +Default), else the address.
        const std::optional<ServiceConfig> found = before.service(type);
        account.services << davService(type, url, found ? found->username : account.email);
    };
    addDav(ServiceType::CardDav, m_carddav);
    addDav(ServiceType::CalDav, m_caldav);
    m_wizard->setDraft(account);
    m_wizard->setPlan({}, {}); // typed settings are verified as they are
    return true;
}

int ManualPage::nextId() const
{
    return SetupWizard::FinishPageId;
}

} // namespace Satchel
