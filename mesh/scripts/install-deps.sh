#!/usr/bin/env bash
# Installs what the mesh needs on a fresh Debian machine (the C libraries, protoc and protoc-c, PostgreSQL's
# server binaries: mesh/scripts/deps/apt-run.txt) and, with --test-peers, what the tests need too
# (deps/apt-test.txt, and a Python venv in .venv with deps/pip-test.txt). The lists are one package a line so
# that adding one is a one-line change.
set -euo pipefail
cd "$(dirname "$0")/../.."
deps=mesh/scripts/deps

# Prints the package names of a list file (comments and blank lines dropped).
list() { sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$1" | grep -v '^$' || true; }

lists=("$deps/apt-run.txt")
[ "${1:-}" = "--test-peers" ] && lists+=("$deps/apt-test.txt")
missing=()
for p in $(for f in "${lists[@]}"; do list "$f"; done); do
  dpkg -s "$p" 2>/dev/null | grep -q 'Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--test-peers" ]; then
  # The venv is made again only when the list changed since it was installed (its hash is kept in .venv).
  wanted=$(sha256sum "$deps/pip-test.txt" | cut -d' ' -f1)
  if [ ! -x .venv/bin/python ] || [ "$(cat .venv/.pip-test.sha256 2>/dev/null)" != "$wanted" ]; then
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check $(list "$deps/pip-test.txt")
    echo "$wanted" > .venv/.pip-test.sha256
  fi
fi
