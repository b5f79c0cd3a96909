#pragma once

#include "autoconfigparser.h"
#include "autoconfigxml.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Satchel {

// The structure of an autoconfig document, element by element, for AutoconfigParser. The
// format's own elements are read in autoconfigreader.cpp, Satchel's additions in
// autoconfigsatchel.cpp.
class AutoconfigReader
{
    Q_DECLARE_TR_FUNCTIONS(Satchel::AutoconfigParser)

public:
    AutoconfigReader(const QByteArray &document, AutoconfigParser::Mode mode,
                     const AutoconfigLimits &limits);

    std::optional<ProviderConfig> read();
    QString error() const { return m_error; }
    QStringList warnings() const { return m_warnings; }

private:
    // One service while it is read.
    struct Draft
    {
        ProviderService service;
        QString element;
        bool haveHost = false;
        bool havePort = false;
        bool haveSecurity = false;
        bool http = false;  // an address book, calendar or file share: reached through its URL
        bool usable = true; // false: lenient mode dropped it
    };

    // A problem with one value or element. Strict mode stops there (false); lenient mode notes
    // it and goes on without that item (true).
    bool problem(const QString &message);
    bool fail(const QString &message);
    bool walkerOk();
    bool unknownElement();
    bool addText(QStringList *list, const QString &value);
    bool entryRoom(qsizetype size);

    bool readProvider();
    bool readMailServer(QStringView element);
    bool readServer(const QString &element, ProviderServiceType type);
    bool readHttpService(ProviderServiceType type);
    bool readServerChild(Draft *draft);
    bool addService(Draft draft);
    bool finish();

    // Satchel's namespace.
    bool readProviderSatchelChild();
    bool readServiceSatchelChild(Draft *draft);
    bool readAlternative(Draft *draft);
    bool readCollection(Draft *draft);
    bool readNote(QList<ProviderNote> *notes);
    bool readLink(QList<ProviderLink> *links, const char *urlAttribute, QStringView textElement);
    bool readHttpsAttribute(const char *name, QString *url);
    bool readTemplateAttribute(const char *name, QString *value);
    std::optional<QString> readTemplate();

    AutoconfigXml m_xml;
    bool m_strict;
    AutoconfigLimits m_limits;
    ProviderConfig m_config;
    bool m_haveProvider = false;
    QString m_error;
    QStringList m_warnings;
};

} // namespace Satchel
