#include "davcontextpath.h"

#include <QUrl>

namespace Satchel {

QString davContextPath(const QList<QByteArray> &txtValues)
{
    for (const QByteArray &value : txtValues) {
        if (!value.startsWith("path="))
            continue;
        QString path = QString::fromUtf8(value.mid(5)).trimmed();
        if (!path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("//")))
            continue;
        const QUrl url(path, QUrl::StrictMode);
        if (url.isValid() && url.isRelative() && url.host().isEmpty() && url.path() == path)
            return path;
    }
    return {};
}

} // namespace Satchel
