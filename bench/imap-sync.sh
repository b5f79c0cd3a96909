#!/bin/sh
# IMAP sync benchmark (issue 3): satchel-cli vs mbsync vs a raw reader; knobs: bench/imap-sync.sh --help.
exec /usr/bin/python3 "$(dirname "$0")/imap_sync.py" "$@"
