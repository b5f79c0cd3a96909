#include "logging.h"

// Warnings only by default; `-v` or QT_LOGGING_RULES turns the protocol logs on.
Q_LOGGING_CATEGORY(lcNet, "satchel.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImap, "satchel.imap", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPop3, "satchel.pop3", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSmtp, "satchel.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccounts, "satchel.accounts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "satchel.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "satchel.discovery", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "satchel.store", QtWarningMsg)
