#pragma once

#include "mimewarning.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>

namespace Satchel {

// A header value with parameters, as Content-Type and Content-Disposition have (RFC 2045, 2183):
// "text/plain; charset=utf-8 (comment)". Parameter values are decoded: quoted strings, RFC 2231
// continuations and charsets (filename*0*=utf-8''%E2%82%AC; filename*1=.pdf), and the common
// non-standard encoded words in quoted values (filename="=?UTF-8?B?...?="). The boundary
// parameter alone is kept as written, as Latin-1, so that toLatin1() gives its exact bytes.
struct MimeParameterizedValue
{
    QString value;                     // lower case: "text/plain", "attachment"
    QMap<QString, QString> parameters; // names lower case

    static MimeParameterizedValue parse(QByteArrayView raw, QList<MimeWarning> *warnings);

    // RFC 2045 token: printable ASCII without spaces and tspecials, what a type, a subtype, an
    // encoding or an unquoted parameter value is made of.
    static bool isToken(QStringView text);
    // "type/subtype", both tokens.
    static bool isMimeType(QStringView type);
};

} // namespace Satchel
