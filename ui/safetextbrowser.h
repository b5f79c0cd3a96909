#pragma once

#include <QHash>
#include <QTextBrowser>

namespace Satchel {

// Shows a message's HTML without ever reaching out: only cid: (the message's own parts) and
// data: resources load; http, https, ftp, file and relative names load nothing, so a sender
// cannot learn that or where the message was read. QTextBrowser runs no scripts. Links open in
// the system browser only when the user clicks one.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    // The message's parts by Content-ID, for cid: references; clears the blocked state.
    void setInlineParts(const QHash<QString, QByteArray> &parts);
    bool remoteContentBlocked() const { return m_remoteBlocked; }

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    // Emitted once per message, the first time it asks for remote content.
    void remoteContentWasBlocked();

private:
    static QByteArray decodeDataUrl(const QUrl &url);
    void openLink(const QUrl &url);

    QHash<QString, QByteArray> m_inlineParts;
    bool m_remoteBlocked = false;
};

} // namespace Satchel
