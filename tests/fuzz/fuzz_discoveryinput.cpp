// Fuzzes the small readers of discovery's input: ConnectToRule::parse (a --connect-to option) and
// davContextPath (the "path=" of an RFC 6764 TXT record, as any DNS server could send it). Each
// line of the input is a rule and a TXT value. Checks that a refusal says why, that an accepted
// rule prints back to the same rule, and that a context path is a plain absolute path.

#include "discovery/davcontextpath.h"
#include "fuzzcheck.h"
#include "net/connecttorule.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

using Satchel::ConnectToRule;

namespace {

void checkRule(const QString &text)
{
    QString error;
    const std::optional<ConnectToRule> rule = ConnectToRule::parse(text, &error);
    if (!rule) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    QString again;
    const std::optional<ConnectToRule> reparsed = ConnectToRule::parse(rule->toString(), &again);
    FUZZ_CHECK(reparsed.has_value());
    FUZZ_CHECK(reparsed->host == rule->host && reparsed->port == rule->port);
    FUZZ_CHECK(reparsed->targetHost == rule->targetHost &&
               reparsed->targetPort == rule->targetPort);
    FUZZ_CHECK(rule->host == rule->host.toLower());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');
    for (const QByteArray &line : lines)
        checkRule(QString::fromUtf8(line));

    const QString path = Satchel::davContextPath(lines);
    FUZZ_CHECK(path.isEmpty() ||
               (path.startsWith(QLatin1Char('/')) && !path.startsWith(QLatin1String("//"))));
    return 0;
}
