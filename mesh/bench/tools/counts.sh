#!/usr/bin/env bash
# Counts per unary call of one server that do not depend on the machine's load: malloc, free, Swift
# object allocations, retains, releases and task switches, counted exactly with uprobes (perf stat)
# while h2load (-c 50 -m 20, CPU 1) makes N calls to the server (CPU 0), after W calls of warm-up.
# (valgrind 3.19 cannot run the Swift 6.3 binaries: it rejects their DWARF 5 and crashes on them
# without it, so this, not callgrind, is the load-independent figure for our server.)
#
# usage: mesh/bench/tools/counts.sh NAME "SERVER COMMAND WITHOUT --port"
#   e.g. mesh/bench/tools/counts.sh ours ".build/release/interop-server --host 127.0.0.1"
#        mesh/bench/tools/counts.sh cpp mesh/bench/cpp-server/build/cpp-server
# env: N (default 20,000), W (default 2,000), BODY (a file of mesh/bench/out/bodies, default unary-0.bin),
# TLS_FLAGS (the server's TLS flags, as run.sh gives them: h2load then speaks https). Adds the uprobes it needs and removes them at the end.
# Output: mesh/bench/out/counts-NAME/ (stat.txt, h2load.txt). Needs perf with uprobes, h2load, taskset.
set -euo pipefail
name=$1; command=$2
bench="$(cd "$(dirname "$0")/.." && pwd)"
out="$bench/out/counts-$name"; rm -rf "$out"; mkdir -p "$out"
[ -f "$bench/out/bodies/unary-0.bin" ] || python3 "$bench/tools/make_bodies.py" "$bench/out/bodies"
libc=$(ldconfig -p | awk '/libc.so.6 .*x86-64/ {print $NF; exit}')
swiftlib=$(dirname "$(command -v swift)")/../lib/swift/linux
events=(probe_libc:malloc probe_libc:free)
probes=("$libc malloc" "$libc free")
if [ -f "$swiftlib/libswiftCore.so" ]; then
  events+=(probe_libswiftCore:swift_allocObject probe_libswiftCore:swift_retain probe_libswiftCore:swift_release
           probe_libswift_Concurrency:swift_task_switch)
  probes+=("$swiftlib/libswiftCore.so swift_allocObject" "$swiftlib/libswiftCore.so swift_retain"
           "$swiftlib/libswiftCore.so swift_release" "$swiftlib/libswift_Concurrency.so swift_task_switch")
fi
added=()
for probe in "${probes[@]}"; do
  read -r library function <<<"$probe"
  if perf probe -x "$library" -a "$function" > /dev/null 2>&1; then added+=("$probe"); fi
done
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# TLS_FLAGS: the server's own TLS flags (run.sh's fourth column); h2load then speaks https.
scheme=http; [ -n "${TLS_FLAGS:-}" ] && scheme=https
taskset -c 0 $command --port "$port" ${TLS_FLAGS:-} > "$out/server.log" 2>&1 &
pid=$!
cleanup() {
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  for probe in "${added[@]}"; do
    read -r library function <<<"$probe"
    perf probe -d "probe_$(basename "$library" | sed 's/\.so.*//; s/[^A-Za-z0-9_]/_/g'):$function" > /dev/null 2>&1 || true
  done
}
trap cleanup EXIT
for _ in $(seq 100); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
load() {
  taskset -c 1 h2load -n "$1" -c 50 -m 20 -d "$bench/out/bodies/$body" -H 'content-type: application/grpc' \
    -H 'te: trailers' "$scheme://127.0.0.1:$port/grpc.testing.TestService/UnaryCall"
}
body=${BODY:-unary-0.bin}
load "${W:-2000}" > /dev/null
events_arg=$(IFS=,; echo "${events[*]}")
perf stat -e "$events_arg" -p "$pid" -o "$out/stat.txt" -- bash -c "$(declare -f load); port=$port bench=$bench body=$body scheme=$scheme; load ${N:-20000}" > "$out/h2load.txt" 2>&1 || true
calls=$(grep -oP '\d+(?= succeeded)' "$out/h2load.txt")
echo -n "$name: $calls calls;"
awk -v calls="$calls" '/probe_/ {gsub(",", "", $1); n = split($2, parts, ":"); printf " %s %.1f", parts[n], $1 / calls} END {print " per call"}' "$out/stat.txt"
