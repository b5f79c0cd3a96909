#pragma once

#include "common/certificatedetails.h"

#include <QDialog>

namespace Satchel {

// A server's certificate failed verification: why, who it was issued to and by, when it is
// valid, and its SHA-256 fingerprint to compare with the provider's. The user may trust it once
// (for this run of Satchel) or remember it for that server (a pin per host and port); Cancel,
// the default, trusts nothing.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        Rejected = QDialog::Rejected,
        TrustOnce = 2,
        TrustAlways = 3
    };

    explicit CertificateDialog(const CertificateDetails &certificate, QWidget *parent = nullptr);

    const CertificateDetails &certificate() const { return m_certificate; }

private:
    CertificateDetails m_certificate;
};

} // namespace Satchel
