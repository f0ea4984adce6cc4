#!/usr/bin/env bash
# System calls per unary call of one server, by kind (read/write/sendmsg/recvmsg/epoll_wait/futex...,
# counted exactly by perf's syscall tracepoints: load-independent), with its CPU per call from /proc split
# into user and system time (load-dependent). The server runs on CPU 0, h2load on CPU 1; W calls of
# warm-up, then N calls counted. Polls (epoll_wait with a zero timeout) are counted apart from waits.
#
# usage: mesh/bench/tools/syscalls.sh NAME "SERVER COMMAND WITHOUT --port"
#   e.g. BODY=unary-64k.bin CONNS=10 STREAMS=10 mesh/bench/tools/syscalls.sh ours ".build/release/interop-server --host 127.0.0.1"
#        BODY=unary-64k.bin CONNS=10 STREAMS=10 mesh/bench/tools/syscalls.sh cpp mesh/bench/cpp-server/build/cpp-server
# env: N (default 30,000), W (default 2,000), BODY (a file of mesh/bench/out/bodies, default unary-0.bin), CONNS
# and STREAMS (h2load -c and -m, default 50 and 20). Output: mesh/bench/out/syscalls-NAME/ (stat.txt, h2load.txt).
set -euo pipefail
name=$1; command=$2
bench="$(cd "$(dirname "$0")/.." && pwd)"
out="$bench/out/syscalls-$name"; rm -rf "$out"; mkdir -p "$out"
[ -f "$bench/out/bodies/unary-0.bin" ] || python3 "$bench/tools/make_bodies.py" "$bench/out/bodies"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
taskset -c 0 $command --port "$port" > "$out/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
url="http://127.0.0.1:$port/grpc.testing.TestService/UnaryCall"
body="$bench/out/bodies/${BODY:-unary-0.bin}"; conns=${CONNS:-50}; streams=${STREAMS:-20}
taskset -c 1 h2load -n "${W:-2000}" -c "$conns" -m "$streams" -d "$body" -H 'content-type: application/grpc' \
  -H 'te: trailers' "$url" > /dev/null
events=()
for call in read write readv writev recvmsg sendmsg recvfrom sendto epoll_wait epoll_pwait futex; do
  events+=(-e "syscalls:sys_enter_$call")
done
before=$(awk '{print $14, $15}' "/proc/$pid/stat")
perf stat "${events[@]}" -e syscalls:sys_enter_epoll_wait --filter 'timeout == 0' -e raw_syscalls:sys_enter \
  -e context-switches -p "$pid" -x, -o "$out/stat.txt" -- \
  taskset -c 1 h2load -n "${N:-30000}" -c "$conns" -m "$streams" -d "$body" -H 'content-type: application/grpc' \
    -H 'te: trailers' "$url" > "$out/h2load.txt"
after=$(awk '{print $14, $15}' "/proc/$pid/stat")
calls=$(grep -oP '\d+(?= succeeded)' "$out/h2load.txt")
hz=$(getconf CLK_TCK)
python3 - "$name" "$calls" "$hz" "$before" "$after" "$out/stat.txt" <<'EOF'
import sys
name, calls, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
(u0, s0), (u1, s1) = (map(int, sys.argv[i].split()) for i in (4, 5))
user, system = (u1 - u0) / hz * 1e6 / calls, (s1 - s0) / hz * 1e6 / calls
print(f"{name}: {calls} calls; CPU {user + system:.1f} µs/call (user {user:.1f} + system {system:.1f})")
seen = set()
for line in open(sys.argv[6]):
    fields = line.strip().split(",")
    if len(fields) < 3 or not fields[0].replace(".", "").isdigit():
        continue
    event = fields[2].replace("syscalls:sys_enter_", "").replace("raw_syscalls:sys_enter", "all system calls")
    if event in seen:
        event += " (timeout 0: polls)"
    seen.add(event)
    if float(fields[0]) > 0:
        print(f"  {event:32} {float(fields[0]) / calls:8.3f} per call")
EOF
