#include "error.h"

namespace Satchel {

Error::Error(Category category, QString message, QString detail)
    : m_category(category)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{}

QString Error::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return QStringLiteral("none");
    case Category::Usage:
        return QStringLiteral("usage");
    case Category::Input:
        return QStringLiteral("input");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Tls:
        return QStringLiteral("tls");
    case Category::Authentication:
        return QStringLiteral("authentication");
    case Category::Server:
        return QStringLiteral("server");
    case Category::Keychain:
        return QStringLiteral("keychain");
    case Category::Internal:
        return QStringLiteral("internal");
    }
    return {};
}

} // namespace Satchel
