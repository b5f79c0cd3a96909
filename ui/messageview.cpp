#include "messageview.h"

#include "mime/mimemessage.h"
#include "safetextbrowser.h"

#include <QColor>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Satchel {

namespace {

QLabel *headerValue(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    // One line each: a long address list is cut at the pane's edge (the tooltip has it all)
    // rather than widening the pane or wrapping out of the form's row.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setMinimumWidth(1);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
    , m_subject(headerValue(this, QStringLiteral("messageSubject")))
    , m_from(headerValue(this, QStringLiteral("messageFrom")))
    , m_to(headerValue(this, QStringLiteral("messageTo")))
    , m_cc(headerValue(this, QStringLiteral("messageCc")))
    , m_date(headerValue(this, QStringLiteral("messageDate")))
    , m_headers(new QWidget(this))
    , m_remoteBar(new QLabel(tr("Remote content was blocked to protect your privacy."), this))
    , m_bodyStack(new QStackedWidget(this))
    , m_plain(new QTextBrowser(m_bodyStack))
    , m_html(new SafeTextBrowser(m_bodyStack))
    , m_notice(new QLabel(m_bodyStack))
    , m_attachments(new QListWidget(this))
{
    setObjectName(QStringLiteral("messageView"));
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_subject->setFont(big);

    m_headerForm = new QFormLayout(m_headers);
    m_headerForm->setContentsMargins(0, 0, 0, 0);
    m_headerForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_headerForm->addRow(m_subject);
    m_headerForm->addRow(tr("From:"), m_from);
    m_headerForm->addRow(tr("To:"), m_to);
    m_headerForm->addRow(tr("Cc:"), m_cc);
    m_headerForm->addRow(tr("Date:"), m_date);

    m_remoteBar->setObjectName(QStringLiteral("remoteContentBar"));
    m_remoteBar->setWordWrap(true);
    m_remoteBar->setFrameShape(QFrame::StyledPanel);
    m_remoteBar->setMargin(6);
    m_remoteBar->setAutoFillBackground(true);
    QPalette warning = m_remoteBar->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    warning.setColor(QPalette::WindowText, QColor(0x3d, 0x2f, 0x00));
    m_remoteBar->setPalette(warning);
    m_remoteBar->hide();

    m_plain->setObjectName(QStringLiteral("messageText"));
    m_plain->setOpenLinks(false);
    m_plain->setFrameShape(QFrame::NoFrame);
    m_html->setObjectName(QStringLiteral("messageHtml"));
    m_html->setFrameShape(QFrame::NoFrame);
    m_notice->setObjectName(QStringLiteral("messageNotice"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_bodyStack->addWidget(m_notice);
    m_bodyStack->addWidget(m_plain);
    m_bodyStack->addWidget(m_html);
    connect(m_html, &SafeTextBrowser::remoteContentWasBlocked, this, [this] {
        // Queued: the message shown may have changed since it asked.
        if (m_bodyStack->currentWidget() == m_html && m_html->remoteContentBlocked())
            m_remoteBar->show();
    });

    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setFlow(QListView::LeftToRight);
    m_attachments->setWrapping(true);
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 4);
    m_attachments->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headers);
    layout->addWidget(m_remoteBar);
    layout->addWidget(m_bodyStack, 1);
    layout->addWidget(m_attachments);
    clear();
}

void MessageView::clear()
{
    showNotice(tr("No message selected."));
}

void MessageView::showNotice(const QString &text)
{
    m_headers->hide();
    m_remoteBar->hide();
    m_attachments->hide();
    m_notice->setText(text);
    m_bodyStack->setCurrentWidget(m_notice);
}

void MessageView::showMessage(const QByteArray &bytes)
{
    const MimeMessage message = MimeMessage::parse(bytes);
    showHeaders(message);
    m_remoteBar->hide();
    const MimePart *plain = message.plainTextPart();
    const MimePart *html = message.htmlPart();
    if (html && !plain) {
        QHash<QString, QByteArray> inlineParts;
        for (const MimePart *part : message.attachments()) {
            if (!part->contentId.isEmpty())
                inlineParts.insert(part->contentId, part->body());
        }
        m_html->setInlineParts(inlineParts);
        m_html->setHtml(message.html());
        m_bodyStack->setCurrentWidget(m_html);
    } else {
        m_plain->setPlainText(message.plainText());
        m_bodyStack->setCurrentWidget(m_plain);
    }
    showAttachments(message);
}

void MessageView::showHeaders(const MimeMessage &message)
{
    m_subject->setText(message.subject().isEmpty() ? tr("(no subject)") : message.subject());
    m_subject->setToolTip(m_subject->text());
    for (const auto &[label, addresses] :
         {std::pair(m_from, message.from()), std::pair(m_to, message.to()),
          std::pair(m_cc, message.cc())}) {
        label->setText(MimeAddress::formatList(addresses));
        label->setToolTip(label->text());
    }
    m_headerForm->setRowVisible(m_cc, !message.cc().isEmpty());
    m_date->setText(message.date().isValid()
                        ? QLocale().toString(message.date().toLocalTime(), QLocale::LongFormat)
                        : QString());
    m_headers->show();
}

void MessageView::showAttachments(const MimeMessage &message)
{
    m_attachments->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const MimePart *part : message.attachments()) {
        if (!part->contentId.isEmpty() && !part->isAttachment())
            continue; // an image the HTML shows inline
        const QString name =
            part->filename.isEmpty() ? tr("Unnamed %1").arg(part->contentType) : part->filename;
        auto *item = new QListWidgetItem(
            icon, tr("%1 (%2)").arg(name, QLocale().formattedDataSize(part->size)), m_attachments);
        item->setToolTip(part->contentType);
    }
    m_attachments->setVisible(m_attachments->count() > 0);
}

QString MessageView::bodyText() const
{
    if (m_bodyStack->currentWidget() == m_html)
        return m_html->toPlainText();
    if (m_bodyStack->currentWidget() == m_plain)
        return m_plain->toPlainText();
    return m_notice->text();
}

bool MessageView::remoteContentBlocked() const
{
    return m_remoteBar->isVisible() || m_html->remoteContentBlocked();
}

} // namespace Satchel
