#include "serviceeditor.h"

#include "discovery/providerconfig.h"
#include "servicetext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Satchel {

namespace {

struct Labels
{
    QString protocol, server, port, security, username, auth, popFolder;
};

// Separate mnemonics for the two editors on one page, clear of the wizard's Back and Next.
Labels labelsFor(ServiceEditor::Role role)
{
    if (role == ServiceEditor::Role::Incoming)
        return {ServiceEditor::tr("&Protocol:"),  ServiceEditor::tr("&Server:"),
                ServiceEditor::tr("P&ort:"),      ServiceEditor::tr("Se&curity:"),
                ServiceEditor::tr("&Username:"),  ServiceEditor::tr("&Authentication:"),
                ServiceEditor::tr("POP fol&der:")};
    return {QString(),
            ServiceEditor::tr("Ser&ver:"),
            ServiceEditor::tr("Po&rt:"),
            ServiceEditor::tr("Securit&y:"),
            ServiceEditor::tr("Userna&me:"),
            ServiceEditor::tr("Au&thentication:"),
            QString()};
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    // The label without its '&' and ':' names the field for screen readers.
    QString name = text;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    buddy->setAccessibleName(name);
    return label;
}

} // namespace

ServiceEditor::ServiceEditor(Role role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_auth(new QComboBox(this))
{
    const QString prefix =
        role == Role::Incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing");
    const Labels labels = labelsFor(role);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (role == Role::Incoming) {
        m_protocol = new QComboBox(this);
        m_protocol->setObjectName(prefix + QStringLiteral("Protocol"));
        m_protocol->addItem(tr("IMAP"), int(ServiceType::Imap));
        m_protocol->addItem(tr("POP"), int(ServiceType::Pop3));
        form->addRow(buddyLabel(labels.protocol, m_protocol, this), m_protocol);
        connect(m_protocol, &QComboBox::currentIndexChanged, this, &ServiceEditor::onKindChanged);
    } else {
        m_lastType = ServiceType::Smtp;
        // A fixed choice, so the rows stay level with the incoming editor's beside it.
        auto *smtp = new QComboBox(this);
        smtp->addItem(tr("SMTP"));
        smtp->setEnabled(false);
        form->addRow(buddyLabel(tr("Protocol:"), smtp, this), smtp);
    }
    m_host->setObjectName(prefix + QStringLiteral("Host"));
    m_host->setPlaceholderText(role == Role::Incoming ? tr("imap.example.com")
                                                      : tr("smtp.example.com"));
    m_port->setObjectName(prefix + QStringLiteral("Port"));
    m_port->setRange(1, 65535);
    m_port->setMinimumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 40);
    m_security->setObjectName(prefix + QStringLiteral("Security"));
    for (Security security : {Security::Tls, Security::StartTls, Security::Plain})
        m_security->addItem(ServiceText::security(security), int(security));
    m_username->setObjectName(prefix + QStringLiteral("Username"));
    m_auth->setObjectName(prefix + QStringLiteral("Auth"));
    m_auth->addItem(tr("Automatic"), int(AuthMethod::Automatic));
    m_auth->addItem(tr("PLAIN"), int(AuthMethod::Plain));
    m_auth->addItem(tr("LOGIN"), int(AuthMethod::Login));

    form->addRow(buddyLabel(labels.server, m_host, this), m_host);
    form->addRow(buddyLabel(labels.port, m_port, this), m_port);
    form->addRow(buddyLabel(labels.security, m_security, this), m_security);
    form->addRow(buddyLabel(labels.username, m_username, this), m_username);
    form->addRow(buddyLabel(labels.auth, m_auth, this), m_auth);
    if (role == Role::Incoming) {
        m_popFolder = new QLineEdit(this);
        m_popFolder->setObjectName(prefix + QStringLiteral("PopFolder"));
        m_popFolder->setPlaceholderText(tr("Inbox"));
        form->addRow(buddyLabel(labels.popFolder, m_popFolder, this), m_popFolder);
        connect(m_popFolder, &QLineEdit::textEdited, this, &ServiceEditor::onPopFolderEdited);
    }
    QWidget *previous = m_protocol;
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_security), static_cast<QWidget *>(m_username),
                           static_cast<QWidget *>(m_auth), static_cast<QWidget *>(m_popFolder)}) {
        if (previous && field)
            setTabOrder(previous, field);
        previous = field ? field : previous;
    }
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServiceEditor::onKindChanged);
    for (QLineEdit *edit : {m_host, m_username})
        connect(edit, &QLineEdit::textChanged, this, &ServiceEditor::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ServiceEditor::changed);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServiceEditor::changed);
    setPopFolderTemplate({}, {});
}

ServiceType ServiceEditor::type() const
{
    return m_protocol ? ServiceType(m_protocol->currentData().toInt()) : ServiceType::Smtp;
}

Security ServiceEditor::security() const
{
    return Security(m_security->currentData().toInt());
}

quint16 ServiceEditor::standardPort(ServiceType type, Security security)
{
    const bool tls = security == Security::Tls;
    switch (type) {
    case ServiceType::Imap:
        return tls ? 993 : 143;
    case ServiceType::Pop3:
        return tls ? 995 : 110;
    case ServiceType::Smtp:
        return tls ? 465 : 587;
    default:
        return 443;
    }
}

void ServiceEditor::onKindChanged()
{
    // Only a standard port moves along: a port the user or the provider chose stays.
    if (m_port->value() == standardPort(m_lastType, m_lastSecurity))
        m_port->setValue(standardPort(type(), security()));
    m_lastType = type();
    m_lastSecurity = security();
    if (m_popFolder)
        m_popFolder->setEnabled(type() == ServiceType::Pop3 && !m_popTemplate.isEmpty());
    emit changed();
}

void ServiceEditor::setService(const ServiceConfig &service)
{
    if (m_protocol)
        m_protocol->setCurrentIndex(m_protocol->findData(int(service.type)));
    m_security->setCurrentIndex(m_security->findData(int(service.security)));
    m_lastType = type();
    m_lastSecurity = security();
    m_host->setText(service.host);
    m_port->setValue(service.port ? service.port : standardPort(type(), security()));
    m_username->setText(service.username);
    m_auth->setCurrentIndex(m_auth->findData(int(service.auth)));
}

ServiceConfig ServiceEditor::service() const
{
    ServiceConfig config;
    config.type = type();
    config.host = m_host->text().trimmed();
    config.port = quint16(m_port->value());
    config.security = security();
    config.allowPlaintext = config.security == Security::Plain;
    config.username = m_username->text().trimmed();
    config.auth = AuthMethod(m_auth->currentData().toInt());
    return config;
}

void ServiceEditor::setPopFolderTemplate(const QString &usernameTemplate, const QString &email)
{
    m_popTemplate = usernameTemplate;
    m_email = email;
    if (!m_popFolder)
        return;
    m_popFolder->setEnabled(type() == ServiceType::Pop3 && !m_popTemplate.isEmpty());
    m_popFolder->setToolTip(m_popTemplate.isEmpty()
                                ? tr("Your provider offers POP for the Inbox only.")
                                : tr("POP downloads the Inbox; name another folder to download "
                                     "that one instead."));
}

void ServiceEditor::onPopFolderEdited(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    m_username->setText(trimmed.isEmpty()
                            ? m_email
                            : ProviderTemplate::expand(m_popTemplate, m_email,
                                                       ProviderTemplate::Context::Text,
                                                       {{QStringLiteral("FOLDER"), trimmed}}));
}

QString ServiceEditor::problem() const
{
    const QString what = ServiceText::typeName(type());
    if (m_host->text().trimmed().isEmpty())
        return tr("Type the server name of %1.").arg(what);
    if (m_host->text().trimmed().contains(QLatin1Char(' ')))
        return tr("A server name has no spaces: check %1.").arg(what);
    if (m_username->text().trimmed().isEmpty())
        return tr("Type the username of %1.").arg(what);
    return {};
}

} // namespace Satchel
