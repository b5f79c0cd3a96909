#include "safetextbrowser.h"

#include <QDesktopServices>

namespace Satchel {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::openLink);
}

void SafeTextBrowser::setInlineParts(const QHash<QString, QByteArray> &parts)
{
    m_inlineParts = parts;
    m_remoteBlocked = false;
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("cid"))
        return m_inlineParts.value(name.path());
    if (scheme == QLatin1String("data"))
        return decodeDataUrl(name);
    if (!m_remoteBlocked && !scheme.isEmpty() && scheme != QLatin1String("file")) {
        m_remoteBlocked = true;
        // Queued: this runs during layout, which a bar appearing would disturb.
        QMetaObject::invokeMethod(this, &SafeTextBrowser::remoteContentWasBlocked,
                                  Qt::QueuedConnection);
    }
    return {};
}

// data:[<type>][;base64],<data>
QByteArray SafeTextBrowser::decodeDataUrl(const QUrl &url)
{
    const QByteArray path = url.toEncoded(QUrl::RemoveScheme);
    const qsizetype comma = path.indexOf(',');
    if (comma < 0)
        return {};
    const QByteArray payload = QByteArray::fromPercentEncoding(path.mid(comma + 1));
    if (path.left(comma).endsWith(";base64"))
        return QByteArray::fromBase64(payload);
    return payload;
}

void SafeTextBrowser::openLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

} // namespace Satchel
