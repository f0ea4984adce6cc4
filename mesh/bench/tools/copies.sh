#!/usr/bin/env bash
# Bytes copied per unary call by one server (memcpy and memmove through the PLT, counted by the copies.c
# LD_PRELOAD shim): load-independent, like counts.sh. The server runs on CPU 0, h2load on CPU 1; W calls of
# warm-up, then N calls counted.
#
# usage: mesh/bench/tools/copies.sh NAME "SERVER COMMAND WITHOUT --port"
#   e.g. BODY=unary-65536.bin CONNS=10 STREAMS=10 mesh/bench/tools/copies.sh ours ".build/release/interop-server --host 127.0.0.1"
# env: N (default 20,000), W (default 2,000), BODY (a file of mesh/bench/out/bodies, default unary-0.bin), CONNS and
# STREAMS (h2load -c and -m, default 50 and 20). Output: mesh/bench/out/copies-NAME/ (copies.txt, h2load.txt).
# Then, per call site of copies of 4 KiB or more (copies.txt.callers), its bytes per call and the function that
# copied (addr2line; Swift names through `swift demangle` when it is installed). On stop27, 64 KiB calls: the
# request's payload out of the message (protobuf-c unpack) and the request's DATA into the deframer's message.
set -euo pipefail
name=$1; command=$2
bench="$(cd "$(dirname "$0")/.." && pwd)"
out="$bench/out/copies-$name"; rm -rf "$out"; mkdir -p "$out"
[ -f "$bench/out/bodies/unary-0.bin" ] || python3 "$bench/tools/make_bodies.py" "$bench/out/bodies"
cc -O2 -shared -fPIC -o "$out/copies.so" "$bench/tools/copies.c" -ldl
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
COPIES_OUT="$out/copies.txt" LD_PRELOAD="$out/copies.so" taskset -c 0 $command --port "$port" > "$out/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
load() {
  taskset -c 1 h2load -n "$1" -c "${CONNS:-50}" -m "${STREAMS:-20}" -d "$bench/out/bodies/${BODY:-unary-0.bin}" \
    -H 'content-type: application/grpc' -H 'te: trailers' "http://127.0.0.1:$port/grpc.testing.TestService/UnaryCall"
}
load "${W:-2000}" > /dev/null
kill -USR2 $pid; sleep 0.5
load "${N:-20000}" > "$out/h2load.txt"
kill -USR2 $pid; sleep 0.5
calls=$(grep -oP '\d+(?= succeeded)' "$out/h2load.txt")
tail -1 "$out/copies.txt" | awk -v name="$name" -v calls="$calls" '{printf "%s: %d calls; per call %.1f copies, %.0f bytes; of them %.2f of 4 KiB or more, %.0f bytes\n", name, calls, $2 / calls, $4 / calls, $6 / calls, $8 / calls}'
demangle() { if command -v swift > /dev/null; then swift demangle --simplified --compact; else cat; fi; }
sort -k6,6nr "$out/copies.txt.callers" 2>/dev/null | while read -r file offset _ count _ copied; do
  # The outermost function of the inlined chain at that address (the innermost is the copy itself).
  function=$( [ -f "$file" ] && addr2line -f -i -e "$file" "$offset" 2>/dev/null | awk 'NR % 2 == 1' | tail -1 | demangle \
    | cut -c1-140 || echo '?')
  awk -v calls="$calls" -v n="$count" -v b="$copied" -v where="$(basename "$file")+$offset" -v what="$function" \
    'BEGIN {printf "  %8.0f bytes/call in %5.2f copies  %s  %s\n", b / calls, n / calls, where, what}'
done
