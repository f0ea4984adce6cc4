#!/usr/bin/env bash
# The benchmark suite of issue 3, in one command: installs what it needs (Debian packages, a Python
# venv with grpcio), builds every peer optimised, runs every scenario against every server in
# alternation (server on CPU 0, load on CPU 1) and prints a Markdown table. Raw results: mesh/bench/out/.
#
# usage: mesh/bench/run.sh [--quick] [--rounds N] [--duration SEC] [--only SCENARIO,...] [--no-build]
#                          [--baseline BINARY]
#   --quick      1 round of 2-second runs (under 5 minutes once built)
#   --baseline   also run an earlier interop-server binary, as server "ours-before" (before/after in one run)
#   default      3 rounds of 5-second runs (under 20 minutes once built)
# Only 127.0.0.1 is ever used. Not part of the test command.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH/../.." && pwd)"
OUT="$BENCH/out"

rounds=3 duration=5 warmup=1 only="" build=1 baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) rounds=1 duration=2 warmup=1 ;;
    --rounds) rounds="$2"; shift ;;
    --duration) duration="$2"; shift ;;
    --only) only="$2"; shift ;;
    --no-build) build=0 ;;
    --baseline) baseline="$2"; shift ;;
    -h|--help) sed -n 2,11p "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# The servers, in the order they alternate:
#   name | how to build it (run from the repository root) | binary [fixed flags] | its TLS flags ({cert}, {key})
# run.sh adds --port N to each; every server listens on 127.0.0.1 only.
SERVERS=(
  "cpp|make -s -C mesh/bench/cpp-server|mesh/bench/cpp-server/build/cpp-server|--tls_cert_file {cert} --tls_key_file {key}"
  "grpc-swift-2|swift build -c release -j 2 --package-path mesh/bench/grpc-swift-server --product GRPCSwiftBenchServer|mesh/bench/grpc-swift-server/.build/release/GRPCSwiftBenchServer|--tls_cert_file {cert} --tls_key_file {key}"
  "ours|swift build -c release -j 2 --product interop-server|.build/release/interop-server --host 127.0.0.1|--use_tls true --tls_cert_file {cert} --tls_key_file {key}"
)

if [ -n "$baseline" ]; then
  # Copied under out/ so that it is not rebuilt and its path is relative to the repository like the others.
  mkdir -p "$OUT/baseline"
  cp "$baseline" "$OUT/baseline/interop-server"
  SERVERS+=("ours-before|true|mesh/bench/out/baseline/interop-server --host 127.0.0.1|--use_tls true --tls_cert_file {cert} --tls_key_file {key}")
fi

install_packages() {
  local packages=(pkg-config g++ make openssl util-linux protobuf-compiler libprotobuf-dev libgrpc++-dev
                  protobuf-compiler-grpc nghttp2-client libnghttp2-dev libmimalloc-dev)
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg -s "$p" 2>/dev/null | grep -q 'Status: install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # The real gRPC client of the once-per-run check.
  if ! "$BENCH/.venv/bin/python" -c 'import grpc' 2>/dev/null; then
    echo "== creating mesh/bench/.venv with grpcio"
    if ! python3 -m venv "$BENCH/.venv" 2>/dev/null; then
      # Debian's own python3 keeps venv in a package of its own.
      local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
      python3 -m venv "$BENCH/.venv"
    fi
    "$BENCH/.venv/bin/pip" install -q --disable-pip-version-check 'grpcio>=1.60'
  fi
}

prepare_inputs() {
  mkdir -p "$OUT/tls"
  python3 "$BENCH/tools/make_bodies.py" "$OUT/bodies"
  if [ ! -f "$OUT/tls/server.pem" ]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 -subj /CN=localhost \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
      -keyout "$OUT/tls/server.key" -out "$OUT/tls/server.pem" 2>/dev/null
  fi
}

cd "$ROOT"
mkdir -p "$OUT"
# Packages and the check's venv are installed even with --no-build: they are not builds, and a fresh
# machine with prebuilt servers needs them all the same.
install_packages
if [ "$build" = 1 ]; then
  echo "== building the load client"
  make -s -C "$BENCH/loadgen"
fi
prepare_inputs

server_args=()
for entry in "${SERVERS[@]}"; do
  IFS='|' read -r name build_command server_command tls_args <<<"$entry"
  binary="${server_command%% *}"
  if [ "$build" = 1 ]; then
    echo "== building $name: $build_command"
    if ! $build_command >"$OUT/build-$name.log" 2>&1; then
      echo "!! skipping $name: its build failed (last lines of $OUT/build-$name.log below)"
      tail -5 "$OUT/build-$name.log" | sed 's/^/   /'
      continue
    fi
  fi
  if [ ! -x "$binary" ]; then
    echo "!! skipping $name: $binary does not exist"
    continue
  fi
  server_args+=(--server "$name|$ROOT/$server_command|$tls_args")
done
if [ ${#server_args[@]} -eq 0 ]; then
  echo "no server to benchmark" >&2
  exit 1
fi

# 1,000 idle connections need as many descriptors in the server and the load client.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 2100 ]; then
  echo "!! only $(ulimit -n) file descriptors: the idle-1000 scenario will fail" >&2
fi

echo "== running: $rounds round(s), ${duration}s per run"
exec python3 "$BENCH/tools/bench.py" --out "$OUT" --rounds "$rounds" --duration "$duration" --warmup "$warmup" \
  ${only:+--only "$only"} "${server_args[@]}"
