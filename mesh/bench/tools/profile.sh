#!/usr/bin/env bash
# CPU per unary call of one server under h2load -c 50 -m 20, the way the note's profile figures were taken:
# the server on CPU 0, h2load on CPU 1, 1 s of warm-up, then N calls (default 100,000) while perf stat
# (and, with `record`, perf record -g) watches the server. Prints CPU µs per call from /proc (utime +
# stime, and the two apart) and from perf's task-clock, context switches per call, and the load average.
#
# usage: mesh/bench/tools/profile.sh NAME "SERVER COMMAND WITHOUT --port" [record]
#   e.g. mesh/bench/tools/profile.sh ours ".build/release/interop-server --host 127.0.0.1" record
#        mesh/bench/tools/profile.sh cpp mesh/bench/cpp-server/build/cpp-server
# env: N (calls), FREQ (perf record's sampling rate), BODY (a file of mesh/bench/out/bodies, default
# unary-0.bin), CONNS and STREAMS (h2load -c and -m, default 50 and 20), TLS_FLAGS (the server's TLS flags, as
# run.sh's TLS row gives them: h2load then speaks https). Also prints the server's busy
# share (its CPU time over h2load's wall time). Output: mesh/bench/out/profile-NAME/ (perf.data,
# stat.txt, h2load.txt). Needs the bodies of run.sh (mesh/bench/out/bodies) and perf, h2load, taskset.
set -euo pipefail
name=$1; command=$2; mode=${3:-stat}
bench="$(cd "$(dirname "$0")/.." && pwd)"
out="$bench/out/profile-$name"; mkdir -p "$out"
[ -f "$bench/out/bodies/unary-0.bin" ] || python3 "$bench/tools/make_bodies.py" "$bench/out/bodies"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# TLS_FLAGS: the server's own TLS flags (run.sh's fourth column); h2load then speaks https.
scheme=http; [ -n "${TLS_FLAGS:-}" ] && scheme=https
taskset -c 0 $command --port "$port" ${TLS_FLAGS:-} > "$out/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
url="$scheme://127.0.0.1:$port/grpc.testing.TestService/UnaryCall"
body="$bench/out/bodies/${BODY:-unary-0.bin}"; conns=${CONNS:-50}; streams=${STREAMS:-20}
load() { taskset -c 1 h2load "$@" -c "$conns" -m "$streams" -d "$body" -H 'content-type: application/grpc' -H 'te: trailers' "$url"; }
load -D 1 > /dev/null
before=$(awk '{print $14, $15}' "/proc/$pid/stat"); start=$(date +%s.%N)
# perf watches the server for exactly as long as h2load runs (h2load is its workload).
if [ "$mode" = record ]; then
  perf record -F "${FREQ:-2000}" -g -p "$pid" -o "$out/perf.data" -- \
    perf stat -e task-clock,context-switches -p "$pid" -o "$out/stat.txt" -- \
    taskset -c 1 h2load -n "${N:-100000}" -c "$conns" -m "$streams" -d "$body" -H 'content-type: application/grpc' \
      -H 'te: trailers' "$url" > "$out/h2load.txt" 2> "$out/record.log"
else
  perf stat -e task-clock,context-switches -p "$pid" -o "$out/stat.txt" -- \
    taskset -c 1 h2load -n "${N:-100000}" -c "$conns" -m "$streams" -d "$body" -H 'content-type: application/grpc' \
      -H 'te: trailers' "$url" > "$out/h2load.txt"
fi
after=$(awk '{print $14, $15}' "/proc/$pid/stat"); end=$(date +%s.%N)
calls=$(grep -oP '\d+(?= succeeded)' "$out/h2load.txt")
clock=$(awk '/task-clock/ {gsub(",", "", $1); print $1}' "$out/stat.txt")
switches=$(awk '/context-switches/ {gsub(",", "", $1); print $1}' "$out/stat.txt")
python3 - "$name" "$calls" "$before" "$after" "$clock" "$switches" "$(cut -d' ' -f1-3 /proc/loadavg)" "$start" "$end" <<'PY'
import os, sys
name, calls, before, after, clock, switches, load, start, end = sys.argv[1:]
calls = int(calls); tick = os.sysconf("SC_CLK_TCK"); wall = float(end) - float(start)
# utime and stime in ticks: the user/system split says how much of a call is the kernel's.
(user0, system0), (user1, system1) = (map(int, before.split()), map(int, after.split()))
user, system = (user1 - user0) / tick, (system1 - system0) / tick
cpu = user + system
print(f"{name}: {calls} calls, {calls / wall:,.0f}/s, server busy {cpu / wall:.0%}; CPU {cpu * 1e6 / calls:.2f} µs/call (/proc), "
      f"{float(clock) * 1000 / calls:.2f} µs/call (perf task-clock); "
      f"{int(switches) / calls:.3f} context switches/call; user {user * 1e6 / calls:.2f} + system {system * 1e6 / calls:.2f} µs/call; "
      f"load average {load}")
PY
