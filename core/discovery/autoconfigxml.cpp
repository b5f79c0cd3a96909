#include "autoconfigxml.h"

namespace Satchel {

namespace {

constexpr int maxAttributes = 32;

} // namespace

AutoconfigXml::AutoconfigXml(const QByteArray &document, const AutoconfigLimits &limits)
    : m_xml(document)
    , m_limits(limits)
{
    m_xml.setNamespaceProcessing(true);
}

bool AutoconfigXml::root()
{
    while (next()) {
        if (m_xml.isStartElement())
            return true;
    }
    if (!failed())
        fail(tr("The document has no root element."));
    return false;
}

bool AutoconfigXml::nextChild()
{
    while (next()) {
        if (m_xml.isStartElement())
            return true;
        if (m_xml.isEndElement())
            return false;
    }
    return false;
}

std::optional<QString> AutoconfigXml::text()
{
    const QString element = m_xml.name().toString();
    QString result;
    while (next()) {
        if (m_xml.isCharacters()) {
            result += m_xml.text();
            if (result.size() > m_limits.maxTextLength) {
                fail(tr("The text of <%1> is longer than %2 characters.")
                         .arg(element)
                         .arg(m_limits.maxTextLength));
                return std::nullopt;
            }
        } else if (m_xml.isStartElement()) {
            fail(tr("<%1> holds an element where only text belongs.").arg(element));
            return std::nullopt;
        } else if (m_xml.isEndElement()) {
            return result.trimmed();
        }
    }
    return std::nullopt;
}

bool AutoconfigXml::skip()
{
    int depth = 1;
    while (next()) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement() && --depth == 0)
            return true;
    }
    return false;
}

bool AutoconfigXml::finish()
{
    while (next()) {
    }
    return !failed();
}

bool AutoconfigXml::inSatchelNamespace() const
{
    return m_xml.namespaceUri() == QLatin1String(AutoconfigParser::satchelNamespace);
}

bool AutoconfigXml::hasAttribute(const char *name) const
{
    return m_xml.attributes().hasAttribute(QLatin1String(name));
}

QString AutoconfigXml::attribute(const char *name) const
{
    return m_xml.attributes().value(QLatin1String(name)).toString().trimmed();
}

QString AutoconfigXml::where() const
{
    return tr("Line %1: ").arg(m_xml.lineNumber());
}

bool AutoconfigXml::next()
{
    if (failed())
        return false;
    switch (m_xml.readNext()) {
    case QXmlStreamReader::Invalid:
        return fail(tr("The document is not well-formed XML: %1").arg(m_xml.errorString()));
    case QXmlStreamReader::DTD:
        // Entities are the door to "billion laughs" expansion and to external fetches; an
        // autoconfig file never needs them, so the whole declaration is refused.
        return fail(tr("The document has a document type declaration, which autoconfig files do "
                       "not use; it is refused."));
    case QXmlStreamReader::EntityReference:
        return fail(tr("The document refers to the entity &%1;, which autoconfig files do not "
                       "use.")
                        .arg(m_xml.name()));
    case QXmlStreamReader::StartElement: {
        if (++m_elements > m_limits.maxElements)
            return fail(tr("The document has more than %1 elements.").arg(m_limits.maxElements));
        if (++m_depth > m_limits.maxDepth)
            return fail(tr("The document nests elements deeper than %1.").arg(m_limits.maxDepth));
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (attributes.size() > maxAttributes)
            return fail(
                tr("<%1> has more than %2 attributes.").arg(m_xml.name()).arg(maxAttributes));
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (attribute.value().size() > m_limits.maxTextLength)
                return fail(tr("An attribute of <%1> is longer than %2 characters.")
                                .arg(m_xml.name())
                                .arg(m_limits.maxTextLength));
        }
        return true;
    }
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::EndDocument:
        return false;
    default:
        return true; // the XML declaration, text, comments, processing instructions
    }
}

bool AutoconfigXml::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = where() + message;
    return false;
}

} // namespace Satchel
