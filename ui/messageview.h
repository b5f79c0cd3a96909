#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTextBrowser;

namespace Satchel {

class MimeMessage;
class SafeTextBrowser;

// One message as a reader sees it: From, To, Cc, Date and Subject, the text (or the HTML, with
// remote content blocked and a bar that says so), and the attachments by name and size.
class MessageView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageView(QWidget *parent = nullptr);

    // The message's exact bytes, as ReadMessageJob gives them.
    void showMessage(const QByteArray &bytes);
    // A sentence in place of the message: "Loading…", or why it could not be read.
    void showNotice(const QString &text);
    void clear();

    QString bodyText() const;
    bool remoteContentBlocked() const;

private:
    void showHeaders(const MimeMessage &message);
    void showAttachments(const MimeMessage &message);

    QLabel *m_subject;
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_cc;
    QLabel *m_date;
    QFormLayout *m_headerForm;
    QWidget *m_headers;
    QLabel *m_remoteBar;
    QStackedWidget *m_bodyStack;
    QTextBrowser *m_plain;
    SafeTextBrowser *m_html;
    QLabel *m_notice;
    QListWidget *m_attachments;
};

} // namespace Satchel
