#!/usr/bin/env bash
# Satchel's test bed: real mail, DAV and keychain servers on loopback, everything inside one folder.
#
#   tests/servers/testbed.sh start DIR   wipe DIR (stopping a previous bed there first), start all, write DIR/testbed.json
#   tests/servers/testbed.sh stop DIR    stop all that was started from DIR; idempotent, always exits 0
#
# Runs as root (Dovecot and Postfix need it). Listens on 127.0.0.1 only, on ports BASE+n where BASE is
# $SATCHEL_TESTBED_PORT_BASE (default 10000):
#   IMAP+STARTTLS BASE+143, IMAPS BASE+993, POP3+STLS BASE+110, POP3S BASE+995,
#   submission (STARTTLS required) BASE+587, submissions (implicit TLS) BASE+465, CalDAV/CardDAV (https) BASE+5232.
# Users alice, bob, carol, dave, erin, grace, heidi, ivan, judy, ken, lena, mira, nora @example.test with random passwords (see DIR/testbed.json).
# Mail sent by SMTP to any of them is delivered by LMTP into their Dovecot INBOX (within ~0.1 s); other
# recipients are refused at RCPT time (550), so the bed never talks to the internet. Failed logins are
# answered at once (no auth delay or penalty) on IMAP, POP3, SMTP and DAV.
# tests/servers/testbed-selfcheck.sh DIR checks a running bed end to end with curl, openssl and secret-tool.
#
# A Secret Service (gnome-keyring, secrets component only, unlocked) runs on a private session bus.
# A keychain client needs, at minimum:
#   DBUS_SESSION_BUS_ADDRESS=unix:path=DIR/bus     (the "dbus" value of testbed.json)
# and must run as the same uid as the bed (root): the bus authenticates with EXTERNAL (peer uid).
# HOME and XDG_RUNTIME_DIR of the client do not matter (testbed.json gives "keyringEnv" for completeness).
#
# Several test binaries may share one running bed: connection limits are raised well above defaults.
# Tests running in parallel should avoid touching the same user's mailbox in conflicting ways (use unique
# folder names; POP3 allows one session per user at a time).
#
# Layout of DIR: ca/ (CA, server and rogue certificates), dovecot/ (config, passwd-file, run/ = base_dir
# with the lmtp and auth-postfix sockets), mail/<email>/Maildir (owned by uid/gid 5000), postfix/ (config;
# Postfix wants its config tree all root-owned, so its queue and data are in spool/), radicale/ (config,
# users, collections/), dbus/, home/ and run/ (the keyring's HOME and XDG_RUNTIME_DIR), pids/, logs/.
set -euo pipefail
# Dovecot, Postfix and friends live in sbin, which a non-login environment (CTest, sudo) may lack.
export PATH=$PATH:/usr/sbin:/sbin

readonly MAIL_UID=5000
readonly MAIL_GID=5000
readonly MARKER=".satchel-testbed"
readonly KEYRING_PASSWORD="satchel-testbed"
readonly USERS=(alice bob carol dave erin grace heidi ivan judy ken lena mira nora)
readonly ALT_USER=frank
readonly DOMAIN="example.test"
readonly START_TIMEOUT=20     # seconds to wait for every port and the keyring
readonly STOP_TIMEOUT=10      # seconds to wait for a graceful stop before SIGKILL
# The Python on PATH may be a pyenv or venv one without Radicale: use the system one that has it.
readonly PYTHON=/usr/bin/python3

die() { echo "testbed: $*" >&2; exit 1; }
log() { echo "testbed: $*" >&2; }

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}

# ---------------------------------------------------------------------------------------------------------
# Process helpers. PID 1 here reaps orphans late, so a dead daemon may linger as a zombie: "alive" means
# present in /proc and not in state Z (or X).

# Reads /proc/PID/stat into STATE and SID without forking (this runs in tight loops); fails if PID is gone.
read_stat() {  # PID
  local line rest
  { read -r line <"/proc/$1/stat"; } 2>/dev/null || return 1
  rest=${line##*) }            # the command name may contain spaces and parentheses
  # shellcheck disable=SC2206
  local -a f=($rest)           # state ppid pgrp session ...
  STATE=${f[0]} SID=${f[3]}
}

alive() {  # PID
  read_stat "$1" || return 1
  [[ $STATE != Z && $STATE != X ]]
}

# Whether PID belongs to the bed in $DIR: its command line, environment or working directory mention DIR.
# Guards against a stale pid file whose pid was reused by something else.
belongs_to_dir() {  # PID
  local pid=$1 cwd
  [[ -r /proc/$pid/cmdline ]] || return 1
  if tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$DIR/"; then return 0; fi
  if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qF -- "=$DIR/"; then return 0; fi
  cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) || return 1
  [[ $cwd == "$DIR" || $cwd == "$DIR"/* ]]
}

read_pidfile() {  # FILE -> pid (Postfix pads its pid file with spaces)
  local pid
  [[ -r $1 ]] || return 1
  pid=$(tr -dc '0-9' <"$1")
  [[ -n $pid ]] || return 1
  echo "$pid"
}

# Sets MEMBERS to the pids of all live processes in the given sessions. Every daemon here is a session
# leader (Dovecot, Postfix and dbus-daemon call setsid themselves; Radicale and gnome-keyring are started
# under setsid), so its whole tree, orphans included, shares its session id.
members() {  # SID...
  local f p want
  local -A sids=()
  for want in "$@"; do sids[$want]=1; done
  MEMBERS=()
  for f in /proc/[0-9]*; do
    p=${f#/proc/}
    read_stat "$p" || continue
    [[ $STATE == Z || $STATE == X ]] && continue
    if [[ -n ${sids[$SID]:-} ]]; then MEMBERS+=("$p"); fi
  done
}

# ---------------------------------------------------------------------------------------------------------
# stop

stop_bed() {
  [[ -d $DIR ]] || return 0
  local -a leaders=()
  local name pidfile pid

  # Graceful requests first.
  for name in gnome-keyring radicale postfix dovecot dbus; do
    case $name in
      dovecot) pidfile=$DIR/dovecot/run/master.pid ;;
      postfix) pidfile=$DIR/spool/postfix/pid/master.pid ;;
      *) pidfile=$DIR/pids/$name.pid ;;
    esac
    pid=$(read_pidfile "$pidfile") || continue
    alive "$pid" || continue
    belongs_to_dir "$pid" || { log "ignoring stale $pidfile (pid $pid is not from $DIR)"; continue; }
    read_stat "$pid" || continue
    if [[ $SID != "$pid" ]]; then
      # Not a session leader (unexpected): only ever signal the process itself, never its session.
      log "$name (pid $pid) is not a session leader; stopping just that process"
      kill -KILL "$pid" 2>/dev/null || true
      continue
    fi
    leaders+=("$pid")
    case $name in
      postfix) postfix -c "$DIR/postfix" stop </dev/null >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true ;;
      *) kill -TERM "$pid" 2>/dev/null || true ;;
    esac
  done
  [[ ${#leaders[@]} -gt 0 ]] || return 0

  # Wait for every process of those sessions to be gone (or a zombie), then SIGKILL what is left.
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while :; do
    members "${leaders[@]}"
    [[ ${#MEMBERS[@]} -eq 0 ]] && return 0
    ((SECONDS < deadline)) || break
    sleep 0.05
  done
  log "still running after ${STOP_TIMEOUT}s, killing: ${MEMBERS[*]}"
  kill -KILL "${MEMBERS[@]}" 2>/dev/null || true
  deadline=$((SECONDS + 5))
  while members "${leaders[@]}"; [[ ${#MEMBERS[@]} -gt 0 ]] && ((SECONDS < deadline)); do sleep 0.05; done
  [[ ${#MEMBERS[@]} -eq 0 ]] || log "WARNING: could not stop: ${MEMBERS[*]}"
}

# ---------------------------------------------------------------------------------------------------------
# start

port_listening() {  # PORT, given the output of ss in $LISTENING
  grep -qE "^127\.0\.0\.1:$1\$" <<<"$LISTENING"
}

show_logs() {
  local f
  for f in "$DIR"/logs/*; do
    [[ -s $f ]] || continue
    echo "----- tail of $f" >&2
    tail -n 25 "$f" >&2
  done
}

fail() {
  echo "testbed: START FAILED: $*" >&2
  show_logs
  stop_bed || true
  exit 1
}

make_certs() {
  local ca=$DIR/ca
  # Host names of the discovery tests (tests/servers/dnsbed.sh): they reach these servers through
  # --connect-to, and TLS still verifies the name asked for.
  local TEST_NAMES="DNS:example.test, DNS:*.example.test, DNS:guess.test, DNS:*.guess.test"
  TEST_NAMES+=", DNS:srv.test, DNS:*.srv.test, DNS:*.other.test, DNS:insecure.test"
  TEST_NAMES+=", DNS:*.insecure.test, DNS:httponly.test, DNS:*.httponly.test"
  cat >"$ca/openssl.cnf" <<EOF
[req]
distinguished_name = dn
prompt = no
[dn]
CN = localhost
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1, $TEST_NAMES
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[rogue_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1, $TEST_NAMES
subjectKeyIdentifier = hash
EOF
  local ossl=(openssl req -config "$ca/openssl.cnf" -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -noenc)
  {
    "${ossl[@]}" -x509 -days 30 -subj "/CN=Satchel Test CA" -extensions ca_ext \
      -keyout "$ca/ca.key" -out "$ca/ca.pem"
    "${ossl[@]}" -subj "/CN=localhost" -keyout "$ca/server.key" -out "$ca/server.csr"
    openssl x509 -req -in "$ca/server.csr" -CA "$ca/ca.pem" -CAkey "$ca/ca.key" -set_serial "0x$(openssl rand -hex 8)" \
      -days 30 -extfile "$ca/openssl.cnf" -extensions server_ext -out "$ca/server.pem"
    "${ossl[@]}" -x509 -days 30 -subj "/CN=localhost" -extensions rogue_ext \
      -keyout "$ca/rogue.key" -out "$ca/rogue.pem"
  } >"$DIR/logs/openssl.log" 2>&1 || fail "could not create the certificates"
  rm -f "$ca/server.csr"
  # Test material only: readable by tests that do not run as root.
  chmod 0644 "$ca"/*.pem "$ca"/*.key
}

write_dovecot_conf() {
  local d=$DIR/dovecot
  cat >"$d/dovecot.conf" <<EOF
# Satchel test bed (generated by tests/servers/testbed.sh)
base_dir = $d/run
state_dir = $d/state
log_path = $DIR/logs/dovecot.log
protocols = imap pop3 lmtp
listen = 127.0.0.1

ssl = required
ssl_cert = <$DIR/ca/server.pem
ssl_key = <$DIR/ca/server.key
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
# The default set lacks "#", which frank#example.test (a provider's username form) needs; quoted,
# or "#" would start a comment.
auth_username_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234567890.-_@#"
auth_failure_delay = 0
auth_verbose = yes

first_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID
mail_uid = $MAIL_UID
mail_gid = $MAIL_GID
mail_location = maildir:~/Maildir
mail_fsync = never
mail_plugins = \$mail_plugins zlib

# Tests fail logins on purpose: make failures answer at once. auth_failure_delay = 0 alone still leaves
# Dovecot 2.3's 0.5 s failure queue, and anvil's per-IP auth penalty grows to 15 s after a few failures.
# A first passdb that authenticates nothing but sets "nodelay" (kept when the real passdb fails) skips the
# queue; disabling the anvil-auth-penalty listener turns the penalty off.
passdb {
  driver = static
  args = noauthenticate nodelay=yes
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $d/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $d/users
}

namespace inbox {
  inbox = yes
  separator = /
  prefix =
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
}

# Several test binaries share the bed: allow many simultaneous sessions, and make connecting cheap.
# Login processes in "high-performance" mode (service_count = 0) serve many clients each, so a TLS
# connection no longer costs a fork and exec (3 ms instead of 30 ms here); imap/pop3 processes are
# pre-forked and reused (allowed: every user has the same uid), so a login costs ~8 ms instead of ~65 ms.
default_process_limit = 1000
default_client_limit = 6000

service imap-login {
  service_count = 0
  process_min_avail = 2
  process_limit = 16
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT_IMAP
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $PORT_IMAPS
    ssl = yes
  }
}
service pop3-login {
  service_count = 0
  process_min_avail = 1
  process_limit = 16
  inet_listener pop3 {
    address = 127.0.0.1
    port = $PORT_POP3
  }
  inet_listener pop3s {
    address = 127.0.0.1
    port = $PORT_POP3S
    ssl = yes
  }
}
service imap {
  service_count = 1000
  process_min_avail = 4
}
service pop3 {
  service_count = 1000
  process_min_avail = 1
}
service lmtp {
  unix_listener lmtp {
    mode = 0666
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0666
  }
}

service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}

protocol imap {
  mail_plugins = \$mail_plugins imap_zlib
  mail_max_userip_connections = 500
}
protocol pop3 {
  mail_max_userip_connections = 100
}
protocol lmtp {
  postmaster_address = postmaster@$DOMAIN
}
EOF
}

write_postfix_conf() {
  local p=$DIR/postfix
  cat >"$p/main.cf" <<EOF
# Satchel test bed (generated by tests/servers/testbed.sh)
compatibility_level = 3.6
queue_directory = $DIR/spool/postfix
data_directory = $DIR/spool/postfix-data
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = $DIR/logs
maillog_file = $DIR/logs/postfix.log

# Loopback only, never the internet.
myhostname = localhost
mydomain = localdomain
myorigin = \$myhostname
mydestination =
relayhost =
mynetworks = 127.0.0.0/8
inet_interfaces = loopback-only
inet_protocols = ipv4
smtp_dns_support_level = disabled
default_transport = error:5.7.1 the Satchel test bed only delivers to $DOMAIN
relay_transport = error:5.7.1 the Satchel test bed only delivers to $DOMAIN
local_transport = error:5.7.1 no local delivery in the Satchel test bed
alias_maps =
alias_database =
local_recipient_maps =
biff = no
append_dot_mydomain = no

# example.test is delivered to Dovecot by LMTP.
virtual_mailbox_domains = $DOMAIN
virtual_mailbox_maps = texthash:$p/vmailbox
virtual_transport = lmtp:unix:$DIR/dovecot/run/lmtp
message_size_limit = 30000000

# Submission: TLS, then SASL through Dovecot; only authenticated clients may send.
smtpd_tls_cert_file = $DIR/ca/server.pem
smtpd_tls_key_file = $DIR/ca/server.key
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DIR/dovecot/run/auth-postfix
smtpd_sasl_security_options = noanonymous
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
smtpd_error_sleep_time = 0
smtpd_client_connection_count_limit = 0
EOF
  local svc="n       -       n       -       -       smtpd"
  cat >"$p/master.cf" <<EOF
# Satchel test bed (generated by tests/servers/testbed.sh); nothing is chrooted.
127.0.0.1:$PORT_SUBMISSION inet $svc
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
127.0.0.1:$PORT_SUBMISSIONS inet $svc
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
  # Postfix commands wait (0.3 s at a time) until main.cf is older than the current second: backdate it.
  touch -d "@$((EPOCHSECONDS - 10))" "$p/main.cf" "$p/master.cf" "$p/vmailbox"
}

write_radicale_conf() {
  local r=$DIR/radicale
  cat >"$r/config" <<EOF
# Satchel test bed (generated by tests/servers/testbed.sh)
[server]
hosts = 127.0.0.1:$PORT_DAV
max_connections = 64
ssl = True
certificate = $DIR/ca/server.pem
key = $DIR/ca/server.key

[auth]
type = htpasswd
htpasswd_filename = $r/users
htpasswd_encryption = plain
delay = 0
realm = Satchel test bed

[rights]
type = owner_only

[storage]
filesystem_folder = $r/collections

[logging]
level = info
mask_passwords = True
EOF
}

write_dbus_conf() {
  # A session bus with no service directories: nothing gets activated behind our back (the stock session
  # config would auto-start dconf, at-spi, another gnome-keyring... and leave them running).
  cat >"$DIR/dbus/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <fork/>
  <pidfile>$DIR/pids/dbus.pid</pidfile>
  <listen>unix:path=$DIR/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
}


start_bed() {
  # Leftovers of a previous run in DIR: stop, then wipe. Refuse to wipe a folder that is not a bed.
  if [[ -e $DIR ]]; then
    [[ -d $DIR ]] || die "$DIR exists and is not a folder"
    if [[ -e $DIR/$MARKER ]]; then
      stop_bed
      rm -rf "${DIR:?}"
    elif [[ -n $(ls -A "$DIR") ]]; then
      die "$DIR exists, is not empty and is not a test bed: refusing to wipe it"
    fi
  fi

  local base=${SATCHEL_TESTBED_PORT_BASE:-10000}
  if ! [[ $base =~ ^[0-9]+$ ]] || ((base < 1024 || base + 5232 > 65535)); then
    die "SATCHEL_TESTBED_PORT_BASE=$base: want an integer from 1024 to 60303"
  fi
  PORT_IMAP=$((base + 143)) PORT_IMAPS=$((base + 993)) PORT_POP3=$((base + 110)) PORT_POP3S=$((base + 995))
  PORT_SUBMISSION=$((base + 587)) PORT_SUBMISSIONS=$((base + 465)) PORT_DAV=$((base + 5232))
  local ports=("$PORT_IMAP" "$PORT_IMAPS" "$PORT_POP3" "$PORT_POP3S" "$PORT_SUBMISSION" "$PORT_SUBMISSIONS" "$PORT_DAV")

  local port busy=() listening
  listening=$(ss -Hltn | awk '{n = split($4, a, ":"); print a[n]}')
  for port in "${ports[@]}"; do
    if grep -qx "$port" <<<"$listening"; then busy+=("$port"); fi
  done
  if [[ ${#busy[@]} -gt 0 ]]; then
    ss -Hltnp >&2 || true
    die "ports already in use: ${busy[*]} (another test bed with the same SATCHEL_TESTBED_PORT_BASE?)"
  fi

  local cmd
  for cmd in openssl dovecot doveadm postfix dbus-daemon gnome-keyring-daemon secret-tool ss setpriv; do
    command -v "$cmd" >/dev/null || die "$cmd not found: run scripts/install-deps.sh --tests"
  done
  "$PYTHON" -c 'import radicale' 2>/dev/null || die "$PYTHON cannot import radicale: run scripts/install-deps.sh --tests"

  umask 022
  mkdir -p "$DIR"
  touch "$DIR/$MARKER"
  chmod 0755 "$DIR"
  mkdir -p "$DIR"/{ca,dovecot/run,dovecot/state,mail,postfix,spool/postfix,radicale/collections,dbus,home,pids,logs}
  mkdir -m 0700 "$DIR/run"
  # The mail uid, Dovecot's and Postfix's users must reach DIR.
  setpriv --reuid="$MAIL_UID" --regid="$MAIL_GID" --clear-groups test -x "$DIR/mail" \
    || die "uid $MAIL_UID cannot reach $DIR: a parent folder is not searchable by others (chmod o+x it, or use a DIR under /tmp)"

  make_certs

  # Users: the same random password for Dovecot (IMAP, POP3, SMTP SASL) and Radicale.
  local u email pw
  local -a emails=() passwords=()
  : >"$DIR/dovecot/users"
  : >"$DIR/postfix/vmailbox"
  : >"$DIR/radicale/users"
  chmod 0600 "$DIR/radicale/users"
  # Dovecot's auth worker reads the passwd-file as its internal user.
  chgrp dovecot "$DIR/dovecot/users"
  chmod 0640 "$DIR/dovecot/users"
  for u in "${USERS[@]}"; do
    email=$u@$DOMAIN
    pw=pw-$u-$(openssl rand -hex 12)
    emails+=("$email") passwords+=("$pw")
    echo "$email:{PLAIN}$pw:$MAIL_UID:$MAIL_GID::$DIR/mail/$email::" >>"$DIR/dovecot/users"
    echo "$email OK" >>"$DIR/postfix/vmailbox"
    echo "$email:$pw" >>"$DIR/radicale/users"
    mkdir -p "$DIR/mail/$email"
  done
  # frank@example.test logs in only as "frank#example.test" (as some providers allow for
  # software that chokes on "@"): for the test that setup finds that username form itself.
  local login=${ALT_USER}#$DOMAIN
  ALT_PASSWORD=pw-$ALT_USER-$(openssl rand -hex 12)
  echo "$login:{PLAIN}$ALT_PASSWORD:$MAIL_UID:$MAIL_GID::$DIR/mail/$login::" >>"$DIR/dovecot/users"
  echo "$login:$ALT_PASSWORD" >>"$DIR/radicale/users"
  mkdir -p "$DIR/mail/$login"
  chown -R "$MAIL_UID:$MAIL_GID" "$DIR/mail"
  chmod 0700 "$DIR/mail"

  write_dovecot_conf
  write_postfix_conf
  write_radicale_conf
  write_dbus_conf

  # Daemons get /dev/null as stdin and log files as stdout/stderr, so that none keeps the caller's
  # (e.g. CTest's) pipes open.
  dovecot -c "$DIR/dovecot/dovecot.conf" </dev/null >>"$DIR/logs/dovecot.stderr.log" 2>&1 \
    || fail "dovecot did not start"

  # "postfix start" spends ~2 s in integrity checks (finds over system folders, a queue scan) that a brand
  # new private instance does not need: create the queue folders, then let its quick-start skip the rest.
  # Postfix prints why it fails only to a terminal or syslog; on failure re-run its check under script(1).
  if ! { postfix -c "$DIR/postfix" post-install create-missing && touch "$DIR/spool/postfix/quick-start" \
    && postfix -c "$DIR/postfix" start; } </dev/null >>"$DIR/logs/postfix.stderr.log" 2>&1; then
    script -qec "postfix -c '$DIR/postfix' check" /dev/null </dev/null >>"$DIR/logs/postfix.stderr.log" 2>&1 || true
    fail "postfix did not start"
  fi

  # Radicale's listen backlog is Python's default of 5: a burst of parallel connections (several test
  # binaries at once) gets SYNs dropped and waits 1 s for the retry. Raise it, then run Radicale's main.
  setsid "$PYTHON" -c "$RADICALE_MAIN" --config "$DIR/radicale/config" </dev/null >>"$DIR/logs/radicale.log" 2>&1 &
  echo $! >"$DIR/pids/radicale.pid"

  dbus-daemon --config-file="$DIR/dbus/session.conf" </dev/null >>"$DIR/logs/dbus.log" 2>&1 \
    || fail "dbus-daemon did not start"
  local i
  for ((i = 0; i < 100; i++)); do [[ -S $DIR/bus ]] && break; sleep 0.02; done
  [[ -S $DIR/bus ]] || fail "dbus-daemon did not create $DIR/bus"

  printf '%s' "$KEYRING_PASSWORD" >"$DIR/run/keyring-password"
  setsid "${KEYRING_ENV[@]}" gnome-keyring-daemon --foreground --unlock --components=secrets \
    <"$DIR/run/keyring-password" >>"$DIR/logs/gnome-keyring.log" 2>&1 &
  echo $! >"$DIR/pids/gnome-keyring.pid"

  # Wait for every port and for a working Secret Service (store + lookup + clear of a probe item).
  local deadline=$((SECONDS + START_TIMEOUT)) missing keyring_ok="" name pid
  while :; do
    LISTENING=$(ss -Hltn | awk '{print $4}')
    missing=()
    for port in "${ports[@]}"; do port_listening "$port" || missing+=("$port"); done
    if [[ -z $keyring_ok && -S $DIR/bus ]]; then
      if printf probe | "${KEYRING_ENV[@]}" secret-tool store --label="testbed probe" satchel-testbed probe >/dev/null 2>&1 \
        && [[ $("${KEYRING_ENV[@]}" secret-tool lookup satchel-testbed probe 2>/dev/null) == probe ]]; then
        "${KEYRING_ENV[@]}" secret-tool clear satchel-testbed probe >/dev/null 2>&1 || true
        keyring_ok=1
      fi
    fi
    if [[ ${#missing[@]} -eq 0 && -n $keyring_ok ]]; then
      # Dovecot's passdb really answers (a login would otherwise fail with a "temporary failure").
      doveadm -c "$DIR/dovecot/dovecot.conf" auth test "${emails[0]}" "${passwords[0]}" >>"$DIR/logs/doveadm.log" 2>&1 \
        || fail "Dovecot does not authenticate ${emails[0]} (see doveadm.log and dovecot.log)"
      break
    fi
    for name in radicale gnome-keyring dbus; do
      pid=$(read_pidfile "$DIR/pids/$name.pid") || continue
      alive "$pid" || fail "$name exited during start"
    done
    ((SECONDS < deadline)) || fail "not ready after ${START_TIMEOUT}s: ports not listening: ${missing[*]:-none};" \
      "keyring ${keyring_ok:+ok}${keyring_ok:-not answering}"
    sleep 0.1
  done

  local json=$DIR/testbed.json
  SATCHEL_DIR=$DIR SATCHEL_ALT_PASSWORD=$ALT_PASSWORD \
    "$PYTHON" -c "$JSON_WRITER" "${emails[@]}" -- "${passwords[@]}" -- "${ports[@]}" >"$json.tmp" \
    || fail "could not write testbed.json"
  mv "$json.tmp" "$json"
  echo "$json"
}

readonly RADICALE_MAIN='import socketserver, sys
socketserver.TCPServer.request_queue_size = 128
sys.argv[0] = "radicale"
from radicale.__main__ import run
run()'

# Writes testbed.json: argv = emails -- passwords -- ports (imap imaps pop3 pop3s submission submissions dav).
JSON_WRITER=$(cat <<'EOF'
import json, os, sys
args = sys.argv[1:]
emails = args[:args.index("--")]; args = args[len(emails) + 1:]
passwords = args[:args.index("--")]; ports = [int(p) for p in args[len(passwords) + 1:]]
d = os.environ["SATCHEL_DIR"]
bus = "unix:path=" + d + "/bus"
print(json.dumps({
    "host": "127.0.0.1",
    "caFile": d + "/ca/ca.pem",
    "serverCert": d + "/ca/server.pem",
    "serverKey": d + "/ca/server.key",
    "rogueCert": d + "/ca/rogue.pem",
    "rogueKey": d + "/ca/rogue.key",
    "ports": dict(zip(["imap", "imaps", "pop3", "pop3s", "submission", "submissions", "dav"], ports)),
    "users": [{"email": e, "login": e, "password": p, "maildir": d + "/mail/" + e + "/Maildir"}
              for e, p in zip(emails, passwords)] +
             [{"email": "frank@example.test", "login": "frank#example.test",
               "password": os.environ["SATCHEL_ALT_PASSWORD"],
               "maildir": d + "/mail/frank#example.test/Maildir"}],
    "domain": "example.test",
    "dovecotConfig": d + "/dovecot/dovecot.conf",
    "maildir": d + "/mail",
    "mailUid": 5000,
    "mailGid": 5000,
    "lmtpSocket": d + "/dovecot/run/lmtp",
    "davUrl": "https://127.0.0.1:%d/" % ports[6],
    "dbus": bus,
    "keyringEnv": {"DBUS_SESSION_BUS_ADDRESS": bus, "HOME": d + "/home", "XDG_RUNTIME_DIR": d + "/run"},
    "keyringPassword": "satchel-testbed",
    "logDir": d + "/logs",
}, indent=2))
EOF
)
readonly JSON_WRITER

# ---------------------------------------------------------------------------------------------------------

[[ $# -eq 2 ]] || usage
[[ $(id -u) -eq 0 ]] || die "must run as root (Dovecot and Postfix need it)"
[[ -n $2 ]] || usage
DIR=$(realpath -m -- "$2")
[[ $DIR != *[[:space:]]* ]] || die "the test bed folder must not contain white space: $DIR"
# The environment gnome-keyring and secret-tool run with.
KEYRING_ENV=(env -i "PATH=$PATH" "HOME=$DIR/home" "XDG_RUNTIME_DIR=$DIR/run" "DBUS_SESSION_BUS_ADDRESS=unix:path=$DIR/bus")
readonly KEYRING_ENV
case $DIR in
  / | /tmp | /root | /home | /usr | /var | /etc) die "refusing to use $DIR as the test bed folder" ;;
esac

case $1 in
  start) start_bed ;;
  stop) stop_bed; exit 0 ;;
  *) usage ;;
esac
