#pragma once

#include "accounts/account.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Satchel {

// Every field of one mail server: for incoming mail also the protocol and, where the provider
// offers it, the POP folder. Choosing another security or protocol moves a standard port along.
class ServiceEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Role
    {
        Incoming,
        Outgoing
    };

    explicit ServiceEditor(Role role, QWidget *parent = nullptr);

    void setService(const ServiceConfig &service);
    ServiceConfig service() const;
    // POP from another folder: the provider's username template with %FOLDER%, filled in for
    // the address. Empty: the provider offers none, and the field is disabled.
    void setPopFolderTemplate(const QString &usernameTemplate, const QString &email);
    // A sentence when a field is missing or wrong; empty when the service can be tried.
    QString problem() const;

signals:
    void changed();

private:
    ServiceType type() const;
    Security security() const;
    void onKindChanged();
    void onPopFolderEdited(const QString &folder);
    static quint16 standardPort(ServiceType type, Security security);

    Role m_role;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_username;
    QComboBox *m_auth;
    QLineEdit *m_popFolder = nullptr;
    QString m_popTemplate;
    QString m_email;
    ServiceType m_lastType = ServiceType::Imap;
    Security m_lastSecurity = Security::Tls;
};

} // namespace Satchel
