#include "discoveryjson.h"

#include <QJsonArray>

namespace Satchel::DiscoveryJson {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void insertIf(QJsonObject *object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object->insert(key(name), value);
}

QJsonArray notes(const QList<ProviderNote> &list)
{
    QJsonArray array;
    for (const ProviderNote &note : list) {
        QJsonObject object{{key("text"), note.text}};
        insertIf(&object, "kind", note.kind);
        insertIf(&object, "url", note.url);
        array.append(object);
    }
    return array;
}

QJsonArray links(const QList<ProviderLink> &list)
{
    QJsonArray array;
    for (const ProviderLink &link : list)
        array.append(QJsonObject{{key("url"), link.url}, {key("text"), link.text}});
    return array;
}

QString alternativeKind(ProviderAlternative::Kind kind)
{
    switch (kind) {
    case ProviderAlternative::Kind::OtherPort:
        return key("otherPort");
    case ProviderAlternative::Kind::OtherHost:
        return key("otherHost");
    case ProviderAlternative::Kind::Proxy:
        return key("proxy");
    }
    return {};
}

QJsonArray alternatives(const QList<ProviderAlternative> &list)
{
    QJsonArray array;
    for (const ProviderAlternative &alternative : list) {
        QJsonObject object{{key("kind"), alternativeKind(alternative.kind)},
                           {key("security"), securityName(alternative.security)}};
        insertIf(&object, "host", alternative.host);
        if (alternative.port != 0)
            object.insert(key("port"), alternative.port);
        if (alternative.anyPort())
            object.insert(key("anyPort"), true);
        QJsonArray ports;
        for (quint16 port : alternative.suggestedPorts)
            ports.append(port);
        if (!ports.isEmpty())
            object.insert(key("ports"), ports);
        insertIf(&object, "url", alternative.url);
        insertIf(&object, "description", alternative.description);
        array.append(object);
    }
    return array;
}

QJsonArray collections(const QList<ProviderCollection> &list)
{
    QJsonArray array;
    for (const ProviderCollection &collection : list) {
        QJsonObject object{{key("name"), collection.name},
                           {key("url"), collection.url},
                           {key("username"), collection.username}};
        insertIf(&object, "description", collection.description);
        array.append(object);
    }
    return array;
}

void insertDetails(QJsonObject *object, const ProviderService &service)
{
    if (!service.authentication.isEmpty())
        object->insert(key("authentication"), QJsonArray::fromStringList(service.authentication));
    if (!service.saslMechanisms.isEmpty())
        object->insert(key("sasl"), QJsonArray::fromStringList(service.saslMechanisms));
    if (!service.usernameAlternatives.isEmpty())
        object->insert(key("usernameAlternatives"),
                       QJsonArray::fromStringList(service.usernameAlternatives));
    if (!service.alternatives.isEmpty())
        object->insert(key("alternatives"), alternatives(service.alternatives));
    if (!service.collections.isEmpty())
        object->insert(key("collections"), collections(service.collections));
    if (!service.notes.isEmpty())
        object->insert(key("notes"), notes(service.notes));
    if (service.type == ProviderServiceType::Imap &&
        (!service.imap.folderSeparator.isEmpty() || service.imap.pathPrefix)) {
        QJsonObject imap;
        insertIf(&imap, "folderSeparator", service.imap.folderSeparator);
        if (service.imap.pathPrefix)
            imap.insert(key("pathPrefix"), *service.imap.pathPrefix);
        object->insert(key("imap"), imap);
    }
    if (!service.pop3.folderUsername.isEmpty())
        object->insert(key("pop3"),
                       QJsonObject{{key("folderUsername"), service.pop3.folderUsername},
                                   {key("folderRestriction"), service.pop3.folderRestriction}});
    if (service.type == ProviderServiceType::Ldap)
        object->insert(key("ldap"), QJsonObject{{key("baseDn"), service.ldap.baseDn},
                                                {key("readOnly"), service.ldap.readOnly}});
    if (!service.files.path.isEmpty())
        object->insert(key("files"), QJsonObject{{key("path"), service.files.path},
                                                 {key("ftps"), service.files.ftps},
                                                 {key("sftp"), service.files.sftp}});
}

QString appPasswordName(ProviderConfig::AppPassword appPassword)
{
    switch (appPassword) {
    case ProviderConfig::AppPassword::Always:
        return key("always");
    case ProviderConfig::AppPassword::WithTwoFactor:
        return key("withTwoFactor");
    case ProviderConfig::AppPassword::Unknown:
        break;
    }
    return key("unknown");
}

void insertProvider(QJsonObject *object, const ProviderConfig &provider)
{
    object->insert(key("provider"), provider.displayName);
    object->insert(key("providerId"), provider.id);
    QJsonObject appPassword{{key("required"), appPasswordName(provider.appPassword)}};
    insertIf(&appPassword, "url", provider.appPasswordLink.url);
    insertIf(&appPassword, "text", provider.appPasswordLink.text);
    object->insert(key("appPassword"), appPassword);
    if (!provider.usernameAlternatives.isEmpty())
        object->insert(key("usernameAlternatives"),
                       QJsonArray::fromStringList(provider.usernameAlternatives));
    if (provider.recommendedIncoming)
        object->insert(key("recommendedIncoming"),
                       providerServiceTypeName(*provider.recommendedIncoming));
    insertIf(object, "recommendation", provider.recommendation);
    if (!provider.documentation.isEmpty())
        object->insert(key("documentation"), links(provider.documentation));
    if (!provider.enableSteps.isEmpty())
        object->insert(key("enableSteps"), links(provider.enableSteps));
    if (!provider.notes.isEmpty())
        object->insert(key("providerNotes"), notes(provider.notes));
    if (!provider.clientAccess)
        object->insert(key("noClientAccess"), provider.noClientAccessReason);
}

} // namespace

QString stepStateName(DiscoveryStep::State state)
{
    switch (state) {
    case DiscoveryStep::State::Running:
        return key("running");
    case DiscoveryStep::State::Found:
        return key("found");
    case DiscoveryStep::State::NothingFound:
        return key("nothingFound");
    case DiscoveryStep::State::Failed:
        return key("failed");
    case DiscoveryStep::State::Skipped:
        return key("skipped");
    }
    return {};
}

QJsonObject service(const DiscoveredService &found)
{
    const ProviderService &service = found.service;
    QJsonObject object{{key("type"), providerServiceTypeName(service.type)},
                       {key("host"), service.host},
                       {key("port"), service.port},
                       {key("security"), securityName(service.security)},
                       {key("username"), service.username},
                       {key("source"), discoverySourceName(found.source)},
                       {key("verified"), found.verified}};
    insertIf(&object, "url", service.url);
    if (found.needsApproval) {
        object.insert(key("needsApproval"), true);
        object.insert(key("approvalDomain"), found.approvalDomain);
    }
    if (found.error.isError()) {
        object.insert(key("problem"), serviceProblemName(found.error));
        object.insert(key("error"), found.error.message());
    }
    QStringList capabilities;
    for (const QByteArray &capability : found.capabilities)
        capabilities << QString::fromUtf8(capability);
    if (!capabilities.isEmpty())
        object.insert(key("capabilities"), QJsonArray::fromStringList(capabilities));
    insertDetails(&object, service);
    return object;
}

QJsonObject result(const DiscoveryResult &result, const QList<DiscoveryStep> &steps)
{
    QJsonObject object{{key("email"), result.email}};
    if (result.provider)
        insertProvider(&object, *result.provider);
    QJsonArray services;
    for (const DiscoveredService &found : result.services)
        services.append(service(found));
    object.insert(key("services"), services);
    QJsonArray stepArray;
    for (const DiscoveryStep &step : steps)
        stepArray.append(QJsonObject{{key("method"), step.method},
                                     {key("state"), stepStateName(step.state)},
                                     {key("detail"), step.detail},
                                     {key("elapsedMs"), step.elapsedMs}});
    object.insert(key("steps"), stepArray);
    if (!result.notes.isEmpty())
        object.insert(key("notes"), QJsonArray::fromStringList(result.notes));
    return object;
}

} // namespace Satchel::DiscoveryJson
