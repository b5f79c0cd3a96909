#include "discoverypage.h"

#include "servicetext.h"
#include "setupwizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Satchel {

namespace {

QString stateText(DiscoveryStep::State state)
{
    switch (state) {
    case DiscoveryStep::State::Running:
        return DiscoveryPage::tr("Looking…");
    case DiscoveryStep::State::Found:
        return DiscoveryPage::tr("Found");
    case DiscoveryStep::State::NothingFound:
        return DiscoveryPage::tr("Nothing found");
    case DiscoveryStep::State::Failed:
        return DiscoveryPage::tr("Failed");
    case DiscoveryStep::State::Skipped:
        return DiscoveryPage::tr("Skipped");
    }
    return {};
}

QTreeWidget *makeTree(const QString &objectName, const QString &accessibleName,
                      const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

DiscoveryPage::DiscoveryPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_steps(makeTree(QStringLiteral("discoverySteps"), tr("What was checked"),
                       {tr("Method"), tr("State"), tr("Details")}, this))
    , m_services(makeTree(
          QStringLiteral("discoveredServices"), tr("Servers found"),
          {tr("Service"), tr("Server"), tr("Security"), tr("Found by"), tr("Check")}, this))
    , m_stop(new QPushButton(tr("S&top looking"), this))
    , m_manual(new QPushButton(tr("Set up &manually"), this))
{
    setObjectName(QStringLiteral("discoveryPage"));
    setTitle(tr("Finding your settings"));
    setSubTitle(tr("Satchel asks the provider database, your provider's servers and DNS at "
                   "once. No password is sent while it looks."));
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    m_stop->setObjectName(QStringLiteral("stopDiscovery"));
    m_stop->setAutoDefault(false); // Return stays with the wizard's Next
    m_manual->setObjectName(QStringLiteral("manualSetup"));
    m_manual->setAutoDefault(false);

    auto *stepsLabel = new QLabel(tr("What was checked:"), this);
    auto *servicesLabel = new QLabel(tr("Servers found:"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_manual);
    buttons->addStretch();
    buttons->addWidget(wizard->createReportButton(this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(servicesLabel);
    layout->addWidget(m_services, 1);
    layout->addLayout(buttons);

    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_wizard->discovery())
            m_wizard->discovery()->cancel();
    });
    connect(m_manual, &QPushButton::clicked, this, [this] {
        if (m_wizard->discovery())
            m_wizard->discovery()->cancel();
        m_wizard->setManualRequested(true);
        m_wizard->next();
    });
    connect(wizard, &SetupWizard::discoveryChanged, this, &DiscoveryPage::refresh);
}

void DiscoveryPage::initializePage()
{
    m_wizard->setManualRequested(false);
    refresh();
}

bool DiscoveryPage::isComplete() const
{
    return m_wizard->discovery() && m_wizard->discovery()->isFinished();
}

int DiscoveryPage::nextId() const
{
    if (m_wizard->manualRequested() || !isComplete())
        return SetupWizard::ManualPageId;
    const DiscoveryResult result = m_wizard->discovery()->result();
    const bool incoming = !result.servicesOf(ProviderServiceType::Imap).isEmpty() ||
                          !result.servicesOf(ProviderServiceType::Pop3).isEmpty();
    return incoming ? SetupWizard::ResultPageId : SetupWizard::ManualPageId;
}

void DiscoveryPage::refresh()
{
    const DiscoveryRunner *discovery = m_wizard->discovery();
    m_steps->clear();
    m_services->clear();
    if (!discovery)
        return;
    for (const DiscoveryStep &step : discovery->steps()) {
        auto *item =
            new QTreeWidgetItem(m_steps, {step.method, stateText(step.state), step.detail});
        item->setToolTip(2, step.detail);
    }
    const DiscoveryResult result = discovery->result();
    for (const DiscoveredService &found : result.services) {
        auto *item = new QTreeWidgetItem(m_services, {ServiceText::typeName(found.service.type),
                                                      ServiceText::server(found.service),
                                                      ServiceText::security(found.service.security),
                                                      ServiceText::source(found.source),
                                                      ServiceText::checkState(found)});
        item->setToolTip(4, found.error.message());
    }
    for (QTreeWidget *tree : {m_steps, m_services}) {
        for (int column = 0; column + 1 < tree->columnCount(); ++column) {
            tree->resizeColumnToContents(column);
            tree->setColumnWidth(column, tree->columnWidth(column) + 16); // room between columns
        }
    }
    const bool finished = discovery->isFinished();
    m_stop->setEnabled(!finished);
    QString status;
    if (!finished)
        status = tr("Looking up the settings of %1…").arg(result.email);
    else if (result.services.isEmpty())
        status =
            tr("No settings were found for %1. Choose Next to type them in.").arg(result.email);
    else
        status = tr("Done: Satchel found these servers for %1.").arg(result.email);
    for (const QString &note : result.notes)
        status += QLatin1Char('\n') + note;
    m_status->setText(status);
    emit completeChanged();
}

} // namespace Satchel
