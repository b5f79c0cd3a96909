#include "identitypage.h"

#include "discovery/providerconfig.h"
#include "setupwizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Satchel {

IdentityPage::IdentityPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(tr("Who are you?"));
    setSubTitle(tr("Satchel finds the settings of your mail account from your email address."));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("Ada Lovelace"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_problem->setObjectName(QStringLiteral("emailProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *nameLabel = new QLabel(tr("Your &name:"), this);
    nameLabel->setBuddy(m_name);
    auto *emailLabel = new QLabel(tr("&Email address:"), this);
    emailLabel->setBuddy(m_email);
    auto *nameHint = new QLabel(tr("Shown to the people you write to."), this);
    nameHint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(nameLabel, m_name);
    layout->addRow(QString(), nameHint);
    layout->addRow(emailLabel, m_email);
    layout->addRow(QString(), m_problem);

    registerField(QStringLiteral("name"), m_name);
    registerField(QStringLiteral("email"), m_email);
    setTabOrder(m_name, m_email);

    m_settle.setSingleShot(true);
    m_settle.setInterval(600);
    connect(&m_settle, &QTimer::timeout, this,
            [this] { m_wizard->startDiscovery(m_email->text().trimmed()); });
    connect(m_email, &QLineEdit::textChanged, this, &IdentityPage::onEmailEdited);
}

bool IdentityPage::emailIsValid(QString *problem) const
{
    QString localPart;
    QString domain;
    QString error;
    const bool valid = ProviderTemplate::splitEmail(m_email->text(), &localPart, &domain, &error);
    if (problem)
        *problem = valid ? QString() : error;
    return valid;
}

void IdentityPage::onEmailEdited()
{
    QString problem;
    const bool valid = emailIsValid(&problem);
    // Neither a complaint nor a lookup while the domain is still being typed: "you@gmail" is
    // on its way to "you@gmail.com".
    const QString text = m_email->text();
    const bool typedEnough = text.contains(QLatin1Char('@')) &&
                             text.section(QLatin1Char('@'), -1).contains(QLatin1Char('.'));
    m_problem->setText(valid || !typedEnough ? QString() : problem);
    if (valid && typedEnough)
        m_settle.start();
    else
        m_settle.stop();
    emit completeChanged();
}

bool IdentityPage::isComplete() const
{
    return emailIsValid();
}

bool IdentityPage::validatePage()
{
    m_settle.stop();
    m_wizard->startDiscovery(m_email->text().trimmed());
    return true;
}

} // namespace Satchel
