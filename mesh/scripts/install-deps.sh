#!/usr/bin/env bash
# Installs what the mesh and its tests need on a fresh Debian machine: the C libraries, protoc and
# protoc-c, PostgreSQL's server binaries, and (with --test-peers) a Python venv with grpcio for interop.
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(pkg-config libnghttp2-dev libprotobuf-c-dev protobuf-c-compiler protobuf-compiler libprotobuf-dev
          libssl-dev openssl libpq-dev postgresql zlib1g-dev
          libhttp-parser-dev)
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
  # The test suite's peers live in .venv so the system stays clean: grpcio (interop client and server),
  # grpcio-tools (their stubs), grpcio-reflection and grpcio-health-checking (standard tools), and h2 (a
  # raw HTTP/2 peer that sends malformed input on purpose), requests (an HTTP/1.1 client) and
  # openapi-spec-validator (checks the marketplace's OpenAPI document).
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import grpc, grpc_tools, grpc_reflection, grpc_health, h2, requests, openapi_spec_validator' 2>/dev/null; then
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check 'grpcio>=1.60' 'grpcio-tools>=1.60' \
      'grpcio-reflection>=1.60' 'grpcio-health-checking>=1.60' 'h2>=4.1' \
      'requests>=2.31' 'openapi-spec-validator>=0.7'
  fi
fi
