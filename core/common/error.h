#pragma once

#include "certificatedetails.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Satchel {

// A failure that can reach a user: a category (which the CLI maps to its exit status) and a
// sentence that says what happened and what to do next.
class Error
{
public:
    enum class Category
    {
        None,
        Usage,
        Input,
        Network,
        Tls,
        Authentication,
        Server,
        Keychain,
        Internal
    };

    // What went wrong within the category, where a caller acts on it: setup tries a firewall
    // proxy after Refused or TimedOut, and asks the user before NeedsApproval.
    enum class Reason
    {
        Unspecified,
        Refused,
        TimedOut,
        HostNotFound,
        Certificate,
        MissingCapability,
        NeedsApproval
    };

    Error() = default;
    Error(Category category, QString message, QString detail = {});

    bool isError() const { return m_category != Category::None; }
    Category category() const { return m_category; }
    QString message() const { return m_message; }
    // What the server said, verbatim, when there is something.
    QString detail() const { return m_detail; }

    // For TLS failures: the certificate the server presented, and its SHA-256 digest.
    const CertificateDetails &certificate() const { return m_certificate; }
    void setCertificate(const CertificateDetails &certificate) { m_certificate = certificate; }
    QByteArray certificateSha256() const { return m_certificate.sha256; }

    Reason reason() const { return m_reason; }
    void setReason(Reason reason) { m_reason = reason; }

    static QString categoryName(Category category);

private:
    Category m_category = Category::None;
    QString m_message;
    QString m_detail;
    CertificateDetails m_certificate;
    Reason m_reason = Reason::Unspecified;
};

} // namespace Satchel

Q_DECLARE_METATYPE(Satchel::Error)
