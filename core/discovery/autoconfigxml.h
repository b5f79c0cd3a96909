#pragma once

#include "autoconfigparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

#include <optional>

namespace Satchel {

// The token walk under AutoconfigParser: element by element with the limits counted, a document
// type declaration or an entity reference refused the moment it appears. After a failure every
// call returns false and error() says why, with the line.
class AutoconfigXml
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::AutoconfigParser)

public:
    AutoconfigXml(const QByteArray &document, const AutoconfigLimits &limits);

    // Moves to the document's root element.
    bool root();
    // Moves to the next child element of the current element; false at the end of the current
    // element (which it consumes) or on failure.
    bool nextChild();
    // The current element's text, trimmed; consumes the element.
    std::optional<QString> text();
    // Consumes the current element and everything in it.
    bool skip();
    // Reads what follows the root element, which must be nothing but comments and space.
    bool finish();

    QStringView name() const { return m_xml.name(); }
    bool inSatchelNamespace() const;
    bool inNoNamespace() const { return m_xml.namespaceUri().isEmpty(); }
    bool hasAttribute(const char *name) const;
    QString attribute(const char *name) const;

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // "Line 12: " for messages about the current element.
    QString where() const;

private:
    bool next();
    bool fail(const QString &message);

    QXmlStreamReader m_xml;
    AutoconfigLimits m_limits;
    int m_elements = 0;
    int m_depth = 0;
    QString m_error;
};

} // namespace Satchel
