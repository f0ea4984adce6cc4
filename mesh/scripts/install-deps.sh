#!/usr/bin/env bash
# Installs what the mesh and its tests need on a fresh Debian machine: the C libraries, protoc and
# protoc-c, PostgreSQL's server binaries, and (with --test-peers) a Python venv with grpcio for interop.
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(pkg-config libnghttp2-dev libprotobuf-c-dev protobuf-c-compiler protobuf-compiler libprotobuf-dev
          libssl-dev openssl libpq-dev postgresql zlib1g-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" 2>/dev/null | grep -q 'Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--test-peers" ]; then
  # Python grpcio is the interop peer of the test suite; it lives in .venv so the system stays clean.
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import grpc, grpc_tools' 2>/dev/null; then
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check 'grpcio>=1.60' 'grpcio-tools>=1.60'
  fi
fi
