#!/usr/bin/env bash
# Installs what Satchel needs on Debian/Ubuntu, and only what is missing (fast when all is there).
#   scripts/install-deps.sh          build and run the app
#   scripts/install-deps.sh --tests  also the test bed: Dovecot, Postfix, Radicale, gnome-keyring, peers
set -euo pipefail

build_pkgs=(
  cmake ninja-build ccache g++ clang libclang-rt-dev pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  qt6-translations-l10n libgl-dev qtkeychain-qt6-dev zlib1g-dev
  fonts-noto-core shared-mime-info
)
test_pkgs=(
  dovecot-imapd dovecot-pop3d dovecot-lmtpd postfix radicale python3-bcrypt python3-passlib
  apache2-utils ssl-cert openssl
  dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth procps psmisc util-linux curl desktop-file-utils python3
  msmtp isync dnsmasq-base
)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--tests" ]]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
# Postfix would otherwise ask how to be configured; the test bed brings its own configuration.
echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
