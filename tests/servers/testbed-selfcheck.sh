#!/usr/bin/env bash
# Checks a running test bed end to end with stock tools (openssl, curl, doveadm, secret-tool):
#   tests/servers/testbed-selfcheck.sh DIR      (DIR as given to "testbed.sh start")
# Prints one line per check and exits non-zero if any failed. Takes about 2 s. Run as root.
set -uo pipefail
export PATH=$PATH:/usr/sbin:/sbin

[[ $# -eq 1 ]] || { echo "usage: $0 DIR" >&2; exit 2; }
DIR=$(realpath -m -- "$1")
JSON=$DIR/testbed.json
[[ -r $JSON ]] || { echo "selfcheck: no $JSON (is the test bed started?)" >&2; exit 2; }
PYTHON=/usr/bin/python3

jq_() { "$PYTHON" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(eval(sys.argv[2], {"d": d}))' "$JSON" "$1"; }
CA=$(jq_ 'd["caFile"]')
ROGUE=$(jq_ 'd["rogueCert"]')
CONF=$(jq_ 'd["dovecotConfig"]')
BUS=$(jq_ 'd["dbus"]')
P_imap=$(jq_ 'd["ports"]["imap"]')
P_imaps=$(jq_ 'd["ports"]["imaps"]')
P_pop3=$(jq_ 'd["ports"]["pop3"]')
P_pop3s=$(jq_ 'd["ports"]["pop3s"]')
P_submission=$(jq_ 'd["ports"]["submission"]')
P_submissions=$(jq_ 'd["ports"]["submissions"]')
P_dav=$(jq_ 'd["ports"]["dav"]')
pw() { jq_ "[u['password'] for u in d['users'] if u['email'] == '$1@example.test'][0]"; }
A=$(pw alice)
B=$(pw bob)

failures=0
check() {  # NAME COMMAND... : passes if COMMAND exits 0
  local name=$1 out
  shift
  if out=$("$@" 2>&1); then
    echo "PASS  $name"
  else
    echo "FAIL  $name"
    tail -n 5 <<<"$out" | while IFS= read -r line; do echo "      $line"; done
    failures=$((failures + 1))
  fi
}
refused() { ! "$@"; }  # COMMAND must fail

tls_ok() {  # PORT [STARTTLS-PROTO]
  local out
  out=$(timeout 10 openssl s_client -connect "127.0.0.1:$1" ${2:+-starttls "$2"} -CAfile "$CA" \
    -verify_hostname localhost -verify_ip 127.0.0.1 -verify_return_error </dev/null 2>&1) || { echo "$out"; return 1; }
  grep -q 'Verify return code: 0 (ok)' <<<"$out"
}
tls_untrusted_with_rogue() {  # PORT: the server's certificate must not verify against the rogue one
  ! timeout 10 openssl s_client -connect "127.0.0.1:$1" -CAfile "$ROGUE" -verify_return_error </dev/null >/dev/null 2>&1
}
imap_login() { curl -sS --max-time 10 --cacert "$CA" "$@" -X NOOP; }
pop3_login() { curl -sS --max-time 10 --cacert "$CA" "$@"; }  # LIST (curl waits for a multi-line answer to -X)
imap_finds() {  # USER:PASS SUBJECT
  local out
  out=$(curl -sS --max-time 10 --cacert "$CA" "imaps://127.0.0.1:$P_imaps/INBOX" -u "$1" -X "SEARCH SUBJECT $2") || return 1
  grep -qE '^\* SEARCH [0-9]' <<<"$out" || { echo "$out"; return 1; }
}
smtp_send() {  # URL USER PASS RCPT SUBJECT [curl options]
  local url=$1 user=$2 pass=$3 rcpt=$4 subject=$5
  shift 5
  printf 'From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\nMessage-ID: <%s@example.test>\r\nDate: %s\r\n\r\nselfcheck\r\n' \
    "$user" "$rcpt" "$subject" "$subject" "$(date -R)" |
    curl -sS --max-time 10 --cacert "$CA" "$url" ${pass:+-u "$user:$pass"} --mail-from "$user" --mail-rcpt "$rcpt" -T - "$@"
}
in_inbox() {  # USER SUBJECT: waits up to 5 s for the message
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -n $(doveadm -c "$CONF" search -u "$1" mailbox INBOX subject "$2" 2>/dev/null) ]] && return 0
    sleep 0.1
  done
  return 1
}
dav_status() {  # EXPECTED USER PASS [PATH]
  local code
  code=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' --cacert "$CA" -X PROPFIND -H 'Depth: 0' \
    -u "$2:$3" "https://127.0.0.1:$P_dav/${4:-}")
  [[ $code == "$1" ]] || { echo "HTTP $code, expected $1"; return 1; }
}
keyring_roundtrip() {  # with nothing but the bus address in the environment
  local kenv=(env -i "PATH=$PATH" "DBUS_SESSION_BUS_ADDRESS=$BUS") got
  printf 'sekrit' | "${kenv[@]}" secret-tool store --label='selfcheck' service satchel-selfcheck user alice || return 1
  got=$("${kenv[@]}" secret-tool lookup service satchel-selfcheck user alice) || return 1
  "${kenv[@]}" secret-tool clear service satchel-selfcheck user alice || return 1
  [[ $got == sekrit ]]
}

tag=selfcheck-$$-$RANDOM

check "IMAPS certificate verifies (port $P_imaps)" tls_ok "$P_imaps"
check "IMAP STARTTLS certificate verifies (port $P_imap)" tls_ok "$P_imap" imap
check "POP3S certificate verifies (port $P_pop3s)" tls_ok "$P_pop3s"
check "POP3 STLS certificate verifies (port $P_pop3)" tls_ok "$P_pop3" pop3
check "submissions certificate verifies (port $P_submissions)" tls_ok "$P_submissions"
check "submission STARTTLS certificate verifies (port $P_submission)" tls_ok "$P_submission" smtp
check "DAV certificate verifies (port $P_dav)" tls_ok "$P_dav"
check "server certificate is not trusted via the rogue certificate" tls_untrusted_with_rogue "$P_imaps"
check "IMAPS login" imap_login "imaps://127.0.0.1:$P_imaps/" -u "alice@example.test:$A"
check "IMAP STARTTLS login" imap_login --ssl-reqd "imap://127.0.0.1:$P_imap/" -u "alice@example.test:$A"
check "IMAP wrong password refused" refused imap_login "imaps://127.0.0.1:$P_imaps/" -u "alice@example.test:wrong"
check "POP3S login" pop3_login "pop3s://127.0.0.1:$P_pop3s/" -u "alice@example.test:$A"
check "POP3 STLS login" pop3_login --ssl-reqd "pop3://127.0.0.1:$P_pop3/" -u "alice@example.test:$A"
check "POP3 wrong password refused" refused pop3_login "pop3s://127.0.0.1:$P_pop3s/" -u "alice@example.test:wrong"
check "SMTP submissions alice -> bob" smtp_send "smtps://127.0.0.1:$P_submissions" alice@example.test "$A" bob@example.test "$tag-465"
check "SMTP submission STARTTLS alice -> bob" smtp_send "smtp://127.0.0.1:$P_submission" alice@example.test "$A" bob@example.test "$tag-587" --ssl-reqd
check "message via submissions is in bob's INBOX" in_inbox bob@example.test "$tag-465"
check "message via submission is in bob's INBOX" in_inbox bob@example.test "$tag-587"
check "bob finds it over IMAPS" imap_finds "bob@example.test:$B" "$tag-465"
check "SMTP wrong password refused" refused smtp_send "smtps://127.0.0.1:$P_submissions" alice@example.test wrong bob@example.test "$tag-bad"
check "SMTP without authentication refused" refused smtp_send "smtps://127.0.0.1:$P_submissions" alice@example.test "" bob@example.test "$tag-anon"
check "SMTP to an unknown user refused" refused smtp_send "smtps://127.0.0.1:$P_submissions" alice@example.test "$A" nobody@example.test "$tag-unknown"
check "SMTP to another domain refused" refused smtp_send "smtps://127.0.0.1:$P_submissions" alice@example.test "$A" someone@example.com "$tag-outside"
check "DAV PROPFIND gives 207" dav_status 207 alice@example.test "$A"
check "DAV wrong password gives 401" dav_status 401 alice@example.test wrong
check "DAV: alice may not read bob's collections (403)" dav_status 403 alice@example.test "$A" bob@example.test/
check "keyring store/lookup/clear with only DBUS_SESSION_BUS_ADDRESS" keyring_roundtrip

if ((failures > 0)); then
  echo "selfcheck: $failures check(s) FAILED (logs in $DIR/logs)"
  exit 1
fi
echo "selfcheck: all checks passed"
