#include "composewindow.h"

#include "attachmentlist.h"
#include "service/accounts.h"
#include "service/sendjob.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Satchel {

namespace {

QString joined(const QList<MimeMailbox> &boxes)
{
    QStringList list;
    for (const MimeMailbox &box : boxes)
        list << box.toString();
    return list.join(QLatin1String(", "));
}

} // namespace

ComposeWindow::ComposeWindow(Accounts *accounts, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_accounts(accounts)
    , m_from(new QComboBox(this))
    , m_to(addressField(QStringLiteral("toField"), tr("To")))
    , m_cc(addressField(QStringLiteral("ccField"), tr("Cc")))
    , m_bcc(addressField(QStringLiteral("bccField"), tr("Bcc")))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_attachments(new AttachmentList(this))
    , m_attachButton(
          new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&Attach…"), this))
    , m_removeButton(new QPushButton(tr("Re&move"), this))
    , m_sendButton(new QPushButton(tr("&Send"), this))
    , m_status(new QLabel(this))
    , m_sendAction(new QAction(tr("Send"), this))
{
    setObjectName(QStringLiteral("composeWindow"));
    resize(760, 620);

    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setTabChangesFocus(true);
    m_body->viewport()->installEventFilter(this); // files dropped on the text are attached

    // One row of files; more wrap and scroll.
    m_attachments->setFixedHeight(
        qMax(m_attachments->fontMetrics().height(), m_attachments->iconSize().height()) +
        2 * m_attachments->frameWidth() + 10);
    m_attachments->hide();
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_removeButton->hide();
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setIcon(style()->standardIcon(QStyle::SP_DialogOkButton));
    m_sendButton->setToolTip(tr("Send the message (Ctrl+Return)"));
    m_status->setObjectName(QStringLiteral("composeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);

    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_sendAction);
    connect(m_sendAction, &QAction::triggered, this, &ComposeWindow::send);
    connect(m_sendButton, &QPushButton::clicked, this, &ComposeWindow::send);
    connect(m_attachButton, &QPushButton::clicked, this, &ComposeWindow::attachFiles);
    connect(m_removeButton, &QPushButton::clicked, m_attachments, &AttachmentList::removeSelected);
    connect(m_attachments, &AttachmentList::changed, this, [this] {
        m_attachmentsChanged = true;
        m_attachments->setVisible(m_attachments->count() > 0);
        m_removeButton->setVisible(m_attachments->count() > 0);
    });
    connect(m_attachments, &AttachmentList::problem, this,
            [this](const QString &sentence) { setStatus(sentence, true); });
    connect(m_subject, &QLineEdit::textChanged, this, &ComposeWindow::updateTitle);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_attachButton, 0, Qt::AlignTop);
    buttons->addWidget(m_sendButton, 0, Qt::AlignTop);
    auto *attachmentRow = new QHBoxLayout;
    attachmentRow->addWidget(m_attachments, 1);
    attachmentRow->addWidget(m_removeButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFields());
    layout->addWidget(m_body, 1);
    layout->addLayout(attachmentRow);
    layout->addLayout(buttons);

    fillAccounts();
    updateTitle();
}

QLineEdit *ComposeWindow::addressField(const QString &name, const QString &accessibleName)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(name);
    field->setAccessibleName(accessibleName);
    return field;
}

QWidget *ComposeWindow::createFields()
{
    auto *fields = new QWidget(this);
    m_from->setObjectName(QStringLiteral("fromField"));
    m_from->setAccessibleName(tr("From"));
    m_to->setPlaceholderText(tr("Name <name@example.com>, other@example.com"));
    m_subject->setObjectName(QStringLiteral("subjectField"));
    m_subject->setAccessibleName(tr("Subject"));
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("S&ubject:"), m_subject);
    const struct
    {
        QLineEdit *field;
        QString label;
    } checked[] = {{m_to, tr("To")}, {m_cc, tr("Cc")}, {m_bcc, tr("Bcc")}};
    for (const auto &[field, label] : checked)
        connect(field, &QLineEdit::editingFinished, this,
                [this, field = field, label = label] { checkField(field, label); });
    return fields;
}

void ComposeWindow::fillAccounts()
{
    for (const Account &account : m_accounts->list()) {
        if (!account.service(ServiceType::Smtp))
            continue;
        const QString text = account.name.isEmpty()
                                 ? account.email
                                 : MimeMailbox{account.name, account.email}.toString();
        m_from->addItem(text, account.id);
    }
    if (m_from->count() == 0) {
        setStatus(tr("No account has an SMTP server to send with; add one to an account first."),
                  true);
        m_sendButton->setEnabled(false);
        m_sendAction->setEnabled(false);
    }
}

void ComposeWindow::setDraft(const OutgoingMessage &draft)
{
    m_draft = draft;
    for (int i = 0; i < m_from->count(); ++i) {
        const std::optional<Account> account = m_accounts->find(m_from->itemData(i).toString());
        if (account && account->email.compare(draft.from.address, Qt::CaseInsensitive) == 0)
            m_from->setCurrentIndex(i);
    }
    m_to->setText(joined(draft.to));
    m_cc->setText(joined(draft.cc));
    m_bcc->setText(joined(draft.bcc));
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.text);
    m_body->document()->setModified(false);
    m_attachments->clear();
    for (const OutgoingAttachment &attachment : draft.attachments)
        m_attachments->addAttachment(attachment);
    m_attachmentsChanged = false;
    m_body->moveCursor(QTextCursor::Start);
    if (draft.to.isEmpty())
        m_to->setFocus();
    else
        m_body->setFocus();
}

bool ComposeWindow::isModified() const
{
    return m_body->document()->isModified() || m_attachmentsChanged || m_to->isModified() ||
           m_cc->isModified() || m_bcc->isModified() || m_subject->isModified();
}

QString ComposeWindow::statusText() const
{
    return m_status->text();
}

void ComposeWindow::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_fieldProblem = nullptr;
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    m_status->setPalette(palette);
}

std::optional<QList<MimeMailbox>> ComposeWindow::parseField(QLineEdit *field, const QString &label)
{
    Error error;
    const std::optional<QList<MimeMailbox>> boxes =
        OutgoingMessage::parseMailboxes(field->text(), &error);
    if (!boxes) {
        setStatus(tr("%1: %2").arg(label, error.message()), true);
        m_fieldProblem = field;
        field->setFocus();
    }
    return boxes;
}

void ComposeWindow::checkField(QLineEdit *field, const QString &label)
{
    Error error;
    if (!OutgoingMessage::parseMailboxes(field->text(), &error)) {
        setStatus(tr("%1: %2").arg(label, error.message()), true);
        m_fieldProblem = field;
    } else if (m_fieldProblem == field) {
        setStatus({}, false);
    }
}

std::optional<OutgoingMessage> ComposeWindow::message()
{
    const std::optional<Account> account = m_accounts->find(m_from->currentData().toString());
    if (!account) {
        setStatus(tr("Choose the account to send from."), true);
        return std::nullopt;
    }
    OutgoingMessage message = m_draft;
    message.from = {account->name, account->email};
    const struct
    {
        QLineEdit *field;
        QString label;
        QList<MimeMailbox> *list;
    } lists[] = {{m_to, tr("To"), &message.to},
                 {m_cc, tr("Cc"), &message.cc},
                 {m_bcc, tr("Bcc"), &message.bcc}};
    for (const auto &entry : lists) {
        const std::optional<QList<MimeMailbox>> boxes = parseField(entry.field, entry.label);
        if (!boxes)
            return std::nullopt;
        *entry.list = *boxes;
    }
    if (message.to.isEmpty() && message.cc.isEmpty() && message.bcc.isEmpty()) {
        setStatus(tr("Say whom to send to: add an address to To."), true);
        m_to->setFocus();
        return std::nullopt;
    }
    message.subject = m_subject->text();
    message.text = m_body->toPlainText();
    message.attachments = m_attachments->attachments();
    return message;
}

void ComposeWindow::send()
{
    if (m_sending || m_done)
        return;
    const std::optional<OutgoingMessage> outgoing = message();
    if (!outgoing)
        return;
    const std::optional<Account> account = m_accounts->find(m_from->currentData().toString());
    m_sending = true;
    setEditable(false);
    setStatus(tr("Sending…"), false);
    SendJob *job = m_accounts->send(*account);
    job->setMessage(*outgoing);
    job->setWithdrawUnsent(true);
    connect(job, &Job::finished, this, [this, job] { onFinished(job); });
    job->start();
}

void ComposeWindow::onFinished(const SendJob *job)
{
    m_sending = false;
    const QList<OutboxReport> &reports = job->reports();
    const auto mine = std::find_if(reports.cbegin(), reports.cend(), [job](const OutboxReport &r) {
        return r.id == job->queuedId();
    });
    const Error error =
        mine != reports.cend() && mine->error.isError() ? mine->error : job->error();
    if (mine == reports.cend() && !job->queuedId().isEmpty() && !error.isError()) {
        // Another flush of the same outbox (a Sync) took the message while this one waited.
        m_done = true;
        setStatus(tr("The message is in the outbox and goes out with the messages being sent "
                     "now."),
                  false);
        return;
    }
    if (mine == reports.cend() || mine->withdrawn) {
        // Not queued (the message could not be built or written) or taken out again.
        setEditable(true);
        setStatus(error.message(), true);
        return;
    }
    m_done = true;
    if (mine->wasSent() && !error.isError()) {
        QString text = tr("Sent \"%1\".").arg(m_subject->text());
        if (mine->copyError.isError())
            text += QLatin1Char(' ') +
                    tr("No copy was filed in Sent yet: %1").arg(mine->copyError.message());
        emit sent(text);
        close();
    } else if (mine->wasSent()) {
        setStatus(tr("Sent, but not to everyone: %1").arg(error.message()), true);
    } else {
        setStatus(tr("Not sent yet: %1 The message is queued in the outbox and will be sent "
                     "with the next Sync.")
                      .arg(error.message()),
                  true);
    }
}

void ComposeWindow::setEditable(bool editable)
{
    m_from->setEnabled(editable);
    for (QLineEdit *field : {m_to, m_cc, m_bcc, m_subject})
        field->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_attachments->setEnabled(editable);
    m_attachButton->setEnabled(editable);
    m_removeButton->setEnabled(editable);
    m_sendButton->setEnabled(editable);
    m_sendAction->setEnabled(editable);
}

void ComposeWindow::attachFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    m_attachments->addFiles(paths);
}

void ComposeWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("New Message") : tr("%1 — New Message").arg(subject));
}

void ComposeWindow::closeEvent(QCloseEvent *event)
{
    if (m_sending) {
        // Were it refused, the message would be gone with the window.
        setStatus(tr("Sending… The window closes by itself once the message is sent."), false);
        event->ignore();
        return;
    }
    if (!m_done && isModified() &&
        QMessageBox::question(this, tr("Discard Message"),
                              tr("This message has not been sent. Discard it?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    event->accept();
}

bool ComposeWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body->viewport() && !m_body->isReadOnly()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!AttachmentList::localFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = AttachmentList::localFiles(drop->mimeData());
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                m_attachments->addFiles(paths);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Satchel
