#!/usr/bin/env bash
# The gateway benchmark of issue 9: unary calls through `mesh serve gateway` (h2c in, JWT check + local rate
# limit + routing, h2c out) beside nghttpx as a plain h2c proxy, both on CPU 0, and the upstream called
# directly as the baseline. Prints a Markdown table (README.md says how each figure is taken).
#
# usage: mesh/bench/gateway/run.sh [--no-build] [--rounds N] [--duration SEC] [--no-auth] [--gateway-in-process]
#   default: 1 round of 5-second runs per load (about 2 minutes once built)
# Only 127.0.0.1 is used. Not part of the test command.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
build=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    -h|--help) sed -n 2,7p "$0"; exit 0 ;;
    *) args+=("$1") ;;
  esac
  shift
done

missing=()
for p in nghttp2-proxy libnghttp2-dev libmimalloc-dev util-linux make pkg-config; do
  dpkg -s "$p" 2>/dev/null | grep -q 'Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cd "$ROOT"
if [ "$build" = 1 ]; then
  echo "== building (release): mesh, mesh-gateway, interop-server, GatewayBenchAuth, loadgen" >&2
  swift build -c release -j 2 --product mesh >&2
  # What `mesh serve gateway` execs when it sits beside `mesh` (the gateway alone, its idle RSS).
  swift build -c release -j 2 --product mesh-gateway >&2
  swift build -c release -j 2 --product interop-server >&2
  swift build -c release -j 2 --product GatewayBenchAuth >&2
  make -s -C mesh/bench/loadgen >&2
fi
exec python3 "$HERE/bench.py" "${args[@]}"
