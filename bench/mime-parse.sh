#!/bin/sh
# MIME parse benchmark (issue 4): Satchel's parser vs Python's email package; knobs: bench/mime-parse.sh --help.
exec /usr/bin/python3 "$(dirname "$0")/mime_parse.py" "$@"
