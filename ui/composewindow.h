#pragma once

#include "mime/outgoingmessage.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Satchel {

class Accounts;
class AttachmentList;
class SendJob;

// A window to write a message and send it through the chosen account (SendJob: queued in the
// account's outbox, sent, filed in Sent). From, To, Cc, Bcc, Subject, a plain-text body and
// attachments; Send (Ctrl+Return) is disabled while the message is on its way. Sent: the window
// closes and sent() says so. Not sent: the window stays with core's sentence in the status line;
// a message that waits in the outbox for the network stays read-only (it goes with the next
// send), any other is taken out of the outbox again so that the user can fix it and send again.
// Closing asks before unsent work is discarded, and waits while the message is on its way.
class ComposeWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ComposeWindow(Accounts *accounts, QWidget *parent = nullptr);

    // Fills the window: a reply or forward (ReplyBuilder) or a new message. The account whose
    // address is draft.from is chosen; the cursor goes to the top of the text, or to To when
    // there is no recipient yet.
    void setDraft(const OutgoingMessage &draft);
    // The message as the fields say; nullopt with the sentence in the status line when an
    // address is not valid or there is no recipient.
    std::optional<OutgoingMessage> message();
    void send();

    QString statusText() const;
    bool isSending() const { return m_sending; }
    AttachmentList *attachmentList() const { return m_attachments; }
    // Anything typed, changed or attached since the window was filled.
    bool isModified() const;

signals:
    // The message was sent; text says so in words for a status bar.
    void sent(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addressField(const QString &name, const QString &accessibleName);
    QWidget *createFields();
    void fillAccounts();
    void attachFiles();
    // The mailboxes of one field; nullopt after showing which address is wrong.
    std::optional<QList<MimeMailbox>> parseField(QLineEdit *field, const QString &label);
    void checkField(QLineEdit *field, const QString &label);
    void onFinished(const SendJob *job);
    void setStatus(const QString &text, bool problem);
    void setEditable(bool editable);
    void updateTitle();

    Accounts *m_accounts;
    OutgoingMessage m_draft; // what the fields do not show: the thread headers
    QComboBox *m_from;
    QLineEdit *m_to;
    QLineEdit *m_cc;
    QLineEdit *m_bcc;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    AttachmentList *m_attachments;
    QPushButton *m_attachButton;
    QPushButton *m_removeButton;
    QPushButton *m_sendButton;
    QLabel *m_status;
    QAction *m_sendAction;
    QLineEdit *m_fieldProblem = nullptr; // the field whose invalid address the status names
    bool m_sending = false;
    bool m_attachmentsChanged = false;
    bool m_done = false; // sent, or queued in the outbox: nothing left to lose by closing
};

} // namespace Satchel
