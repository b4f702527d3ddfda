#!/usr/bin/env bash
# Installs cibuildwheel 4.x from PyPI into a venv of the test bed's cache, for the tests that check
# the matrix's identifiers against `cibuildwheel --print-build-identifiers` (which runs offline).
# Prints the path of the cibuildwheel executable.
set -euo pipefail
cache="${SETUP_PYTHON_FT_TESTBED_CACHE:-$HOME/.cache/setup-python-ft-testbed}"
venv="$cache/cibuildwheel"
if [ ! -x "$venv/bin/cibuildwheel" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check 'cibuildwheel>=4,<5' >&2
fi
echo "$venv/bin/cibuildwheel"
