#pragma once

#include "net/endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Satchel {

// The checks and conversions of single values in an autoconfig document, apart from the XML
// walk. Each returns nothing and sets *error to a sentence when the value is unusable.
class AutoconfigValues
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::AutoconfigValues)

public:
    // "SSL", "STARTTLS", "plain", in any case.
    static std::optional<Security> socketType(const QString &text, QString *error);
    // 1 to 65535, decimal digits only.
    static std::optional<quint16> port(const QString &text, QString *error);
    // "443 80 21 25": ports separated by spaces.
    static std::optional<QList<quint16>> portList(const QString &text, QString *error);
    // The format's authentication names, spelt as the format spells them.
    static std::optional<QString> authentication(const QString &text, QString *error);
    static std::optional<bool> boolean(const QString &text, QString *error);
    // A mail domain, lower-cased; internationalised names in their ASCII form.
    static std::optional<QString> domain(const QString &text, QString *error);
    // An MX host or "*.example.com", lower-cased.
    static std::optional<QString> hostPattern(const QString &text, QString *error);
    // A host name or IPv4 address, which may hold placeholders such as %EMAILDOMAIN%.
    static std::optional<QString> hostTemplate(const QString &text, QString *error);
    // An https:// URL, which may hold placeholders; http:// would send the password in the clear.
    static std::optional<QString> httpsUrlTemplate(const QString &text, QString *error);
    // A username, path or DN template: its placeholders must be ones Satchel knows (strict).
    static bool knownPlaceholders(const QString &text, QString *error);
    // What a template looks like with example values, to check its shape.
    static QString withExampleValues(const QString &text);
};

} // namespace Satchel
