#include "imapresponsetypes.h"

namespace Satchel {

QByteArray ImapBodyStructure::parameter(QByteArrayView name) const
{
    for (const auto &[key, value] : parameters) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ImapListData::hasAttribute(QByteArrayView attribute) const
{
    for (const QByteArray &candidate : attributes) {
        if (QByteArrayView(candidate).compare(attribute, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ImapListData::isSelectable() const
{
    return !hasAttribute("\\Noselect") && !hasAttribute("\\NonExistent");
}

QString ImapListData::roleName() const
{
    if (rawName.compare("INBOX", Qt::CaseInsensitive) == 0)
        return QStringLiteral("inbox");
    switch (specialUse) {
    case SpecialUse::Sent:
        return QStringLiteral("sent");
    case SpecialUse::Drafts:
        return QStringLiteral("drafts");
    case SpecialUse::Trash:
        return QStringLiteral("trash");
    case SpecialUse::Junk:
        return QStringLiteral("junk");
    case SpecialUse::Archive:
        return QStringLiteral("archive");
    default:
        return {};
    }
}

} // namespace Satchel
