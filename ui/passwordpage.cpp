#include "passwordpage.h"

#include "servicetext.h"
#include "setupwizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Satchel {

PasswordPage::PasswordPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_explanation(new QLabel(this))
    , m_providerLink(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_show(new QCheckBox(tr("&Show the password"), this))
{
    setObjectName(QStringLiteral("passwordPage"));
    setTitle(tr("App password"));
    setSubTitle(tr("Mail apps sign in with an app password, made for them in your provider's "
                   "settings."));

    m_explanation->setObjectName(QStringLiteral("appPasswordExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Your normal account password or a two-step verification code won't work here: most "
           "providers refuse them in mail apps, and the login fails with a password error. "
           "Make an app password in your provider's security settings and type it below."));
    m_providerLink->setObjectName(QStringLiteral("appPasswordLink"));
    m_providerLink->setWordWrap(true);
    m_providerLink->setOpenExternalLinks(true);
    m_providerLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_providerLink->setVisible(false);

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("App password"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);
    m_show->setObjectName(QStringLiteral("showPassword"));
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });

    auto *label = new QLabel(tr("App &password:"), this);
    label->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(label, m_password);
    form->addRow(QString(), m_show);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_providerLink);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();

    registerField(QStringLiteral("password*"), m_password);
    // The wizard focuses the first field in the tab order: the password, not the link.
    setTabOrder(m_password, m_show);
    setTabOrder(m_show, m_providerLink);
    connect(wizard, &SetupWizard::discoveryChanged, this, &PasswordPage::showProvider);
}

void PasswordPage::initializePage()
{
    showProvider();
}

void PasswordPage::showProvider()
{
    const std::optional<ProviderConfig> provider = m_wizard->provider();
    if (!provider || provider->appPassword == ProviderConfig::AppPassword::Unknown ||
        provider->appPasswordLink.url.isEmpty()) {
        m_providerLink->setVisible(false);
        return;
    }
    const QString text = provider->appPassword == ProviderConfig::AppPassword::WithTwoFactor
                             ? tr("%1 needs an app password once two-step verification is on.")
                             : tr("%1 always needs an app password for mail apps.");
    m_providerLink->setText(text.arg(provider->displayName).toHtmlEscaped() + QLatin1Char(' ') +
                            ServiceText::appPasswordLink(provider));
    m_providerLink->setVisible(true);
}

} // namespace Satchel
